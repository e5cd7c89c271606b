// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** Test helper: splits a .warc.gz into its gzip members, so one bad member cannot hide the rest. */
final class WarcMembers {
  private WarcMembers() {}

  /** One gzip member: where it starts, its bytes, and its inflated content (null if truncated). */
  record Member(long offset, byte[] raw, byte[] inflated) {}

  static List<Member> split(byte[] file) throws DataFormatException {
    List<Member> out = new ArrayList<>();
    int pos = 0;
    while (pos < file.length) {
      if ((file[pos] & 0xff) != 0x1f || (file[pos + 1] & 0xff) != 0x8b || file[pos + 3] != 0) {
        throw new IllegalStateException("no plain gzip header at " + pos);
      }
      Inflater inf = new Inflater(true);
      inf.setInput(file, pos + 10, file.length - pos - 10);
      java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      while (!inf.finished() && !inf.needsInput()) {
        int n = inf.inflate(buf);
        content.write(buf, 0, n);
      }
      if (!inf.finished()) {
        out.add(new Member(pos, Arrays.copyOfRange(file, pos, file.length), null));
        inf.end();
        break;
      }
      int end = file.length - inf.getRemaining() + 8; // + CRC32 and ISIZE
      inf.end();
      out.add(new Member(pos, Arrays.copyOfRange(file, pos, end), content.toByteArray()));
      pos = end;
    }
    return out;
  }

  /** The record in a gzip member, parsed by jwarc (which must detect the gzip itself). */
  static WarcRecord parse(byte[] raw) throws IOException {
    WarcReader reader = new WarcReader(new ByteArrayInputStream(raw));
    return reader.next().orElseThrow(() -> new IOException("no record"));
  }
}
