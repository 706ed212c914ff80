package org.newsdesk.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes to text: strict UTF-8, or windows-1252 when the bytes look like legacy 8-bit text.
 *
 * <p>Fallback rule: a file that is not valid UTF-8 is decoded as windows-1252 only when it has no byte that
 * windows-1252 leaves unassigned and at most {@link #MAX_LEGACY_HIGH_SHARE} of its bytes are above 0x7F, which is how
 * Western legacy text looks (mostly ASCII with some accented letters and smart quotes). Anything else is rejected.
 */
final class TextDecoder {

  /** Charset used for legacy 8-bit text; a superset of ISO-8859-1's printable range. */
  static final Charset LEGACY = Charset.forName("windows-1252");
  /** Share of C0 control bytes (other than tab, newline, form feed, carriage return) above which a file is binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  /** Text pasted from terminals or old editors carries a stray control byte or two; binary has many. */
  private static final int MIN_BINARY_CONTROLS = 3;
  /** Legacy Western text is mostly ASCII; a higher share of bytes above 0x7F suggests another encoding or binary. */
  private static final double MAX_LEGACY_HIGH_SHARE = 0.3;

  /**
   * The decoded text and the charset that decoded it.
   *
   * @param text    decoded text with any byte-order mark removed
   * @param charset the charset used
   */
  record Decoded(String text, Charset charset) {
  }

  private TextDecoder() {
  }

  /**
   * Decodes {@code bytes}; when {@code truncated}, an incomplete UTF-8 sequence cut at the end is dropped.
   *
   * @throws MalformedFileException when the bytes are binary or neither UTF-8 nor plausible legacy text
   */
  static Decoded decode(byte[] bytes, boolean truncated) throws MalformedFileException {
    checkNotBinary(bytes, bytes.length);
    int length = truncated ? completeUtf8Length(bytes) : bytes.length;
    Decoded decoded = decodeText(bytes, length);
    if (decoded == null) {
      int badByte = firstInvalidUtf8(bytes, length);
      throw new MalformedFileException(lineAt(bytes, badByte),
          "invalid UTF-8 at byte " + badByte + " and not plausible " + LEGACY.name() + " text");
    }
    return decoded;
  }

  /**
   * Decodes one line of a file read line by line (JSON Lines), by the same rule as a whole file: lines of one feed
   * written at different times can come in different encodings.
   *
   * @throws MalformedFileException (line 0) when the line is neither UTF-8 nor plausible legacy text
   */
  static Decoded decodeLine(byte[] bytes, int length) throws MalformedFileException {
    Decoded decoded = decodeText(bytes, length);
    if (decoded == null) {
      throw new MalformedFileException(0, "invalid UTF-8 at byte " + firstInvalidUtf8(bytes, length)
          + " of the line and not plausible " + LEGACY.name() + " text");
    }
    return decoded;
  }

  /**
   * Rejects bytes that look binary: a NUL byte, or more than a few control characters.
   *
   * @throws MalformedFileException (line 0) naming what gave the bytes away
   */
  static void checkNotBinary(byte[] bytes, int length) throws MalformedFileException {
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new MalformedFileException(0, "binary file (NUL byte at " + i + ")");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        controls++;
      }
    }
    if (controls >= MIN_BINARY_CONTROLS && controls > MAX_CONTROL_SHARE * length) {
      throw new MalformedFileException(0, "binary file (" + controls + " control bytes in " + length + ")");
    }
  }

  /** Decodes the first {@code length} bytes as strict UTF-8, else as legacy text when plausible; null otherwise. */
  private static Decoded decodeText(byte[] bytes, int length) {
    CharBuffer out = CharBuffer.allocate(length + 1);
    if (!utf8(bytes, length, out).isError()) {
      return new Decoded(stripBom(out.flip().toString()), StandardCharsets.UTF_8);
    }
    if (looksLikeLegacyText(bytes, length)) {
      return new Decoded(stripBom(new String(bytes, 0, length, LEGACY)), LEGACY);
    }
    return null;
  }

  private static CoderResult utf8(byte[] bytes, int length, CharBuffer out) {
    return utf8(ByteBuffer.wrap(bytes, 0, length), out);
  }

  private static CoderResult utf8(ByteBuffer in, CharBuffer out) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? result : decoder.flush(out);
  }

  /** Returns the offset of the first byte that is not valid UTF-8 (decoding again: only on the failure path). */
  private static int firstInvalidUtf8(byte[] bytes, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    utf8(in, CharBuffer.allocate(length + 1));
    return in.position();
  }

  private static boolean looksLikeLegacyText(byte[] bytes, int length) {
    int high = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      // These five code points are unassigned in windows-1252, so real legacy text never contains them.
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return false;
      }
      if (b > 0x7F) {
        high++;
      }
    }
    return high <= MAX_LEGACY_HIGH_SHARE * length;
  }

  /** Returns the length of {@code bytes} without a trailing UTF-8 sequence cut short by truncation. */
  private static int completeUtf8Length(byte[] bytes) {
    int end = bytes.length;
    // A UTF-8 sequence is at most 4 bytes, so only the last 3 can belong to an incomplete one.
    for (int back = 1; back <= Math.min(3, end); back++) {
      int b = bytes[end - back] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue;
      }
      int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      return needed > back ? end - back : end;
    }
    return end;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
