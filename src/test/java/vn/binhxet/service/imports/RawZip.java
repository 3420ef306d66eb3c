package vn.binhxet.service.imports;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip written byte by byte, so that a test can make what no well-behaved library writes: an entry
 * of gigabytes of zeros from a few megabytes, or one whose directory lies about its size.
 */
final class RawZip {
  private record Entry(String name, byte[] deflated, int crc, long size, int offset) {}

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Entry> entries = new ArrayList<>();

  /** An ordinary part, deflated. */
  RawZip add(String name, String content) {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(data);
    return add(name, deflate(data), (int) crc.getValue(), data.length);
  }

  /** A part written in UTF-16LE, as some producers write XML. */
  RawZip addUtf16(String name, String content) {
    byte[] data = content.getBytes(StandardCharsets.UTF_16LE);
    CRC32 crc = new CRC32();
    crc.update(data);
    return add(name, deflate(data), (int) crc.getValue(), data.length);
  }

  /**
   * A part of {@code megabytes} MB of zeros made by repeating one deflated block: gigabytes unpack
   * from about a kilobyte per megabyte. {@code declaredSize} is what the directory claims.
   */
  RawZip addZeros(String name, int megabytes, long declaredSize) {
    Deflater d = new Deflater(9, true);
    d.setInput(new byte[1 << 20]);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    int n;
    do {
      n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      block.write(buffer, 0, n);
    } while (n == buffer.length || !d.needsInput());
    d.end();
    byte[] one = block.toByteArray();
    ByteArrayOutputStream all = new ByteArrayOutputStream(one.length * megabytes + 2);
    for (int i = 0; i < megabytes; i++) {
      all.write(one, 0, one.length);
    }
    // An empty final block ends the stream.
    all.write(0x03);
    all.write(0x00);
    return add(name, all.toByteArray(), 0, declaredSize);
  }

  private RawZip add(String name, byte[] deflated, int crc, long size) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    Entry e = new Entry(name, deflated, crc, size, out.size());
    ByteBuffer h = le(30 + n.length);
    h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8);
    h.putShort((short) 0).putShort((short) 0x21).putInt(crc);
    h.putInt(deflated.length).putInt((int) size).putShort((short) n.length).putShort((short) 0);
    h.put(n);
    out.writeBytes(h.array());
    out.writeBytes(deflated);
    entries.add(e);
    return this;
  }

  byte[] bytes() {
    int directory = out.size();
    for (Entry e : entries) {
      byte[] n = e.name().getBytes(StandardCharsets.UTF_8);
      ByteBuffer c = le(46 + n.length);
      c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
      c.putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt(e.crc());
      c.putInt(e.deflated().length).putInt((int) e.size()).putShort((short) n.length);
      c.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0);
      c.putInt(0).putInt(e.offset()).put(n);
      out.writeBytes(c.array());
    }
    int size = out.size() - directory;
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) entries.size()).putShort((short) entries.size());
    end.putInt(size).putInt(directory).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!d.finished()) {
      out.write(buffer, 0, d.deflate(buffer));
    }
    d.end();
    return out.toByteArray();
  }
}
