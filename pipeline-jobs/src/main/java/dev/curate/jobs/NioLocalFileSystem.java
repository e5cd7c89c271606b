// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file://}, with its checksums), except that permissions are
 * set through {@code java.nio} instead of a {@code chmod} process.
 *
 * <p>Without Hadoop's native library (Spark's own distribution does not ship it, and neither do
 * we), {@link RawLocalFileSystem} runs {@code chmod} in a new process for every directory it
 * makes and every file it creates: about 28 processes for one dedup run on two tasks, each a
 * fork of the driver's JVM and a thread to read its output. {@link Sessions} installs this class
 * for {@code file://} unless the user names another ({@code spark.hadoop.fs.file.impl}); the
 * permissions it sets are the same.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw file system under the checksums. */
  static final class Raw extends RawLocalFileSystem {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      short mode = permission.toShort();
      // The sticky bit (and anything else java.nio cannot say) goes the original way.
      if (!POSIX || NativeIO.isAvailable() || (mode & ~0777) != 0) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), permissions(mode));
    }

    static Set<PosixFilePermission> permissions(int mode) {
      Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
      PosixFilePermission[] bits = { // from 0400 down to 0001
        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE
      };
      for (int i = 0; i < 9; i++) {
        if ((mode & (0400 >> i)) != 0) {
          s.add(bits[i]);
        }
      }
      return s;
    }
  }
}
