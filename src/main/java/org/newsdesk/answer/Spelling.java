package org.newsdesk.answer;

/** Spelling distance for telling typos from other words. */
final class Spelling {

  private Spelling() {
  }

  /** Returns true when {@code a} and {@code b} are equal or one insertion, deletion or substitution apart. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
      } else {
        if (++edits > 1) {
          return false;
        }
        if (a.length() == b.length() && i + 1 < a.length() && a.charAt(i) == b.charAt(j + 1)
            && a.charAt(i + 1) == b.charAt(j)) {
          // Two neighbouring letters swapped ("waht", "whta") are one slip of the fingers, as Damerau counts them.
          i += 2;
          j += 2;
        } else if (a.length() > b.length()) {
          i++;
        } else if (a.length() < b.length()) {
          j++;
        } else {
          i++;
          j++;
        }
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }}
