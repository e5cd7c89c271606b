// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  @TempDir Path dir;

  @Test
  void filesAndDirectoriesGetTheSamePermissionsAsWithHadoopsOwnLocalFileSystem() throws Exception {
    for (String umask : new String[] {"022", "077", "002"}) {
      Configuration conf = new Configuration(false);
      conf.set("fs.permissions.umask-mode", umask);
      FileSystem ours = new NioLocalFileSystem();
      ours.initialize(URI.create("file:///"), conf);
      FileSystem stock = new LocalFileSystem();
      stock.initialize(URI.create("file:///"), conf);
      Path a = dir.resolve("ours-" + umask);
      Path b = dir.resolve("stock-" + umask);
      for (var e : new Object[][] {{ours, a}, {stock, b}}) {
        FileSystem fs = (FileSystem) e[0];
        Path root = (Path) e[1];
        fs.mkdirs(new org.apache.hadoop.fs.Path(root.resolve("x/y").toUri()));
        fs.create(new org.apache.hadoop.fs.Path(root.resolve("x/y/part-0").toUri())).close();
        fs.create(new org.apache.hadoop.fs.Path(root.resolve("x/other").toUri())).close();
        fs.setPermission(new org.apache.hadoop.fs.Path(root.resolve("x/other").toUri()), new FsPermission((short) 0640));
      }
      for (String f : new String[] {"x", "x/y", "x/y/part-0", "x/y/.part-0.crc", "x/other"}) {
        assertEquals(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(b.resolve(f))),
            PosixFilePermissions.toString(Files.getPosixFilePermissions(a.resolve(f))),
            f + " under umask " + umask);
      }
    }
  }

  @Test
  void everyModeBitMapsToItsPosixPermission() {
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(NioLocalFileSystem.Raw.permissions(0755)));
    assertEquals("rw-r-----", PosixFilePermissions.toString(NioLocalFileSystem.Raw.permissions(0640)));
    assertEquals("--x-w-r--", PosixFilePermissions.toString(NioLocalFileSystem.Raw.permissions(0124)));
    assertEquals("---------", PosixFilePermissions.toString(NioLocalFileSystem.Raw.permissions(0)));
  }

  @Test
  void curateSessionsUseItForLocalFiles() throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), SparkTestSession.get().sparkContext().hadoopConfiguration());
    assertInstanceOf(NioLocalFileSystem.class, fs);
  }
}
