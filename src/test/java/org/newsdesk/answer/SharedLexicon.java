package org.newsdesk.answer;

/** Holds the one WordNet lexicon every test in the JVM shares, loaded on first use. */
public final class SharedLexicon {

  private SharedLexicon() {
  }

  /** Returns the shared lexicon, loading WordNet on the first call. */
  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  /** Initialization-on-demand holder: the JVM loads WordNet once, thread-safely, when first touched. */
  private static final class Holder {
    private static final Lexicon INSTANCE = new Lexicon();
  }
}
