// SPDX-License-Identifier: Apache-2.0
package dev.curate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * readability4j on the jsoup it was built with (1.11.2), loaded in a class loader of its own so that
 * it does not meet our jsoup 1.21.2. The jars are copied by the build to {@code
 * <build dir>/peer-lib/readability4j-jsoup1.11/}.
 */
final class IsolatedReadability4j {
  static final String DIR = "peer-lib/readability4j-jsoup1.11";

  private IsolatedReadability4j() {}

  /** The contender, or null if the build did not copy its jars (as before {@code package}). */
  static Contender create(String name) {
    Path dir = locate();
    if (dir == null) {
      return null;
    }
    try {
      List<URL> urls = new ArrayList<>();
      try (Stream<Path> s = Files.list(dir)) {
        for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
      ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> readability = loader.loadClass("net.dankito.readability4j.extended.Readability4JExtended");
      Class<?> article = loader.loadClass("net.dankito.readability4j.Article");
      MethodHandle init =
          lookup.findConstructor(readability, MethodType.methodType(void.class, String.class, String.class));
      MethodHandle parse = lookup.findVirtual(readability, "parse", MethodType.methodType(article));
      MethodHandle text = lookup.findVirtual(article, "getTextContent", MethodType.methodType(String.class));
      return Contender.of(
          name,
          p -> {
            try {
              String t = (String) text.invoke(parse.invoke(init.invoke(p.url(), p.html())));
              return t == null ? 0 : t.length();
            } catch (Exception | Error e) {
              throw e;
            } catch (Throwable t) {
              throw new IllegalStateException(t);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("readability4j in " + dir + ": " + e, e);
    }
  }

  /** {@value #DIR} beside this module's jar or classes folder, if it holds any jar. */
  private static Path locate() {
    try {
      URL where = IsolatedReadability4j.class.getProtectionDomain().getCodeSource().getLocation();
      Path dir = Path.of(where.toURI()).getParent().resolve(DIR);
      try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
        return s.anyMatch(p -> p.toString().endsWith(".jar")) ? dir : null;
      }
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return null;
    }
  }
}
