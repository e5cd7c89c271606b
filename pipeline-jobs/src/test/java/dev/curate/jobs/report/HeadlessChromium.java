// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loads a page in headless Chromium (Debian package {@code chromium}) and returns the DOM after
 * its scripts ran. A missing browser is installed by {@code bin/setup-test-deps}; if that cannot
 * be done the test fails naming the script: a report whose charts were never drawn must not pass
 * as tested.
 */
final class HeadlessChromium {
  static final String SETUP = "bin/setup-test-deps";
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

  private HeadlessChromium() {}

  static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
    Path browser = find();
    Path stderr = Files.createTempFile(profile.getParent(), "chromium", ".log");
    Process p = new ProcessBuilder(
            browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
        .redirectError(stderr.toFile())
        .start();
    p.getOutputStream().close();
    byte[] dom = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s on " + page);
    }
    if (p.exitValue() != 0 || dom.length == 0) {
      fail("chromium exited with " + p.exitValue() + " on " + page + ":\n" + Files.readString(stderr));
    }
    return new String(dom, StandardCharsets.UTF_8);
  }

  /** The browser on PATH; when there is none, runs the setup script once and looks again. */
  private static synchronized Path find() throws IOException, InterruptedException {
    Path found = onPath();
    if (found != null) {
      return found;
    }
    // surefire runs in the module directory; the script is at the repository root.
    Path script = Path.of("..", SETUP).toAbsolutePath().normalize();
    String log = "";
    if (Files.isExecutable(script)) {
      Path out = Files.createTempFile("setup-test-deps", ".log");
      Process p = new ProcessBuilder(script.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      boolean done = p.waitFor(15, TimeUnit.MINUTES);
      log = (done ? "exit " + p.exitValue() : "timed out") + ": " + Files.readString(out);
      found = onPath();
    }
    if (found == null) {
      fail("headless Chromium is not installed (none of " + NAMES + " on PATH) and " + SETUP
          + " could not install it; run " + SETUP + " as root (it installs the Debian package chromium and the"
          + " notebook tools; .ci/run calls it)" + (log.isEmpty() ? "" : "\n" + SETUP + " said " + log));
    }
    return found;
  }

  private static Path onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }
}
