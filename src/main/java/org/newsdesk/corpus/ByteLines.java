package org.newsdesk.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, keeping at most a limit of each line's bytes, so a file of any
 * size is read in bounded memory. Lines end at '\n'; a '\r' before it is dropped. Not thread-safe.
 */
final class ByteLines {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int pos;
  private int end;
  private byte[] line = new byte[256];
  private int length;
  private long fullLength;
  private int number;

  /** Reads lines from {@code in}, keeping the first {@code maxLineBytes} bytes of each. */
  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; returns false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    fullLength = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        int n = in.read(buffer);
        if (n < 0) {
          if (!any) {
            return false;
          }
          break;
        }
        pos = 0;
        end = n;
        continue;
      }
      any = true;
      int newline = pos;
      while (newline < end && buffer[newline] != '\n') {
        newline++;
      }
      keep(pos, newline - pos);
      if (newline < end) {
        pos = newline + 1;
        break;
      }
      pos = end;
    }
    if (fullLength == length && length > 0 && line[length - 1] == '\r') {
      length--;
      fullLength--;
    }
    number++;
    return true;
  }

  /** Returns the kept bytes of the current line; valid up to {@link #length()} until the next call to next. */
  byte[] bytes() {
    return line;
  }

  /** Returns how many bytes of the current line were kept. */
  int length() {
    return length;
  }

  /** Returns how many bytes the current line really has, line break excluded. */
  long fullLength() {
    return fullLength;
  }

  /** Returns true when the current line was longer than the limit, so only its start was kept. */
  boolean cut() {
    return fullLength > length;
  }

  /** Returns the 1-based number of the current line. */
  int number() {
    return number;
  }

  private void keep(int from, int count) {
    fullLength += count;
    int room = maxLineBytes - length;
    int taken = Math.min(room, count);
    if (taken <= 0) {
      return;
    }
    if (length + taken > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, length + taken)));
    }
    System.arraycopy(buffer, from, line, length, taken);
    length += taken;
  }
}
