package org.newsdesk.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Normalises text (NFC, one kind of space and newline, no control characters) and splits it into paragraphs. */
final class TextNormalizer {

  private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\n\\s*\n");

  private TextNormalizer() {
  }

  /** Returns {@code text} in NFC with '\n' line ends, Unicode spaces as ' ', runs of spaces collapsed, no controls. */
  static String normalize(String text) {
    String nfc = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (cp == '\t' || Character.isSpaceChar(cp)) {
        out.append(' ');
      } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
        // FORMAT covers invisible characters such as zero-width spaces, soft hyphens and byte-order marks.
        out.appendCodePoint(cp);
      }
    });
    String collapsed = SPACE_RUN.matcher(out).replaceAll(" ");
    return SPACE_AROUND_NEWLINE.matcher(collapsed).replaceAll("\n").strip();
  }

  /**
   * Splits normalised plain text into paragraphs: blank lines and single newlines both separate paragraphs, except
   * that a line starting with a lower-case letter continues the previous one (hard-wrapped text).
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINES.split(normalize(text))) {
      StringBuilder current = new StringBuilder();
      for (String line : block.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (current.length() > 0 && Character.isLowerCase(trimmed.codePointAt(0))) {
          current.append(' ').append(trimmed);
        } else {
          addIfNotBlank(paragraphs, current.toString());
          current.setLength(0);
          current.append(trimmed);
        }
      }
      addIfNotBlank(paragraphs, current.toString());
    }
    return paragraphs;
  }

  private static void addIfNotBlank(List<String> paragraphs, String paragraph) {
    if (!paragraph.isBlank()) {
      paragraphs.add(paragraph.strip());
    }
  }
}
