package org.newsdesk.nlp;

/** Holds the one CoreNLP pipeline every test in the JVM shares, loaded on first use. */
public final class SharedPipeline {

  private SharedPipeline() {
  }

  /** Returns the shared pipeline, loading the models on the first call. */
  public static NlpPipeline get() {
    return Holder.INSTANCE;
  }

  /** Initialization-on-demand holder: the JVM runs the load once, thread-safely, when first touched. */
  private static final class Holder {
    private static final NlpPipeline INSTANCE = new NlpPipeline();
  }
}
