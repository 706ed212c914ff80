package org.newsdesk.bench;

import java.util.List;

/** The benchmark's result types, written as JSON and rendered as Markdown by {@link BenchReport}. */
public final class BenchResults {

  private BenchResults() {
  }

  /**
   * One indexing run.
   *
   * @param label    what was indexed
   * @param threads  annotation threads ({@code index.threads})
   * @param articles articles annotated
   * @param tokens   tokens annotated
   * @param seconds  wall-clock seconds, commit included
   */
  public record Indexing(String label, int threads, int articles, long tokens, double seconds) {

    /** Returns articles per second. */
    public double articlesPerSecond() {
      return seconds == 0 ? 0 : articles / seconds;
    }

    /** Returns tokens per second. */
    public double tokensPerSecond() {
      return seconds == 0 ? 0 : tokens / seconds;
    }
  }

  /**
   * Answering from several threads at once.
   *
   * @param threads    threads asking
   * @param answers    answers produced
   * @param seconds    wall-clock seconds
   * @param latency    per-answer latency under that load
   * @param failures   answers that threw
   * @param mismatches answers whose text differed from the single-threaded answer to the same question
   */
  public record Concurrency(int threads, int answers, double seconds, Latency latency, int failures,
                            int mismatches) {

    /** Returns answers per second. */
    public double answersPerSecond() {
      return seconds == 0 ? 0 : answers / seconds;
    }
  }

  /**
   * Startup of a fresh process to its first answer.
   *
   * @param label   which case (existing index, no index)
   * @param seconds process start to the first answer line on its output
   */
  public record Startup(String label, double seconds) {
  }

  /**
   * Everything measured on one corpus.
   *
   * @param corpus          the corpus's name (bundled, or generated-N)
   * @param articles        articles in the index
   * @param sentences       sentences (passages) in the index
   * @param questions       distinct questions asked per pass
   * @param indexing        the build of this index (in its own process), or null when an existing one was reused
   * @param uncached        answering latency without the cache
   * @param bm25            bare Lucene BM25 top-k latency on the same index and questions
   * @param cached          answering latency with every question already in the cache
   * @param concurrency     throughput and latency at several thread counts
   * @param heapAfterLoad   live heap bytes with pipeline and index loaded, after GC
   * @param peakResident    peak resident set bytes of the measuring process (VmHWM)
   * @param startups        fresh-process startups to the first answer
   */
  public record CorpusRun(String corpus, int articles, int sentences, int questions, Indexing indexing,
                          Latency uncached, Latency bm25, Latency cached, List<Concurrency> concurrency,
                          long heapAfterLoad, long peakResident, List<Startup> startups) {

    /** Returns median answer latency over median BM25 latency. */
    public double medianRatio() {
      return bm25.medianMs() == 0 ? 0 : uncached.medianMs() / bm25.medianMs();
    }

    /** Returns p99 answer latency over p99 BM25 latency. */
    public double p99Ratio() {
      return bm25.p99Ms() == 0 ? 0 : uncached.p99Ms() / bm25.p99Ms();
    }

    /** Returns a copy with the index build and the startups, both measured in other processes. */
    public CorpusRun with(Indexing build, List<Startup> measured) {
      return new CorpusRun(corpus, articles, sentences, questions, build, uncached, bm25, cached, concurrency,
          heapAfterLoad, peakResident, List.copyOf(measured));
    }
  }

  /**
   * A whole benchmark run.
   *
   * @param startedAt      ISO instant the run started
   * @param machine        cores, memory and Java of the machine
   * @param settings       the settings that shape the figures (candidates, threads, repeats, k)
   * @param corpora        one entry per corpus size
   * @param indexingSample indexing throughput on a sample with one thread and with all cores
   */
  public record Run(String startedAt, String machine, String settings, List<CorpusRun> corpora,
                    List<Indexing> indexingSample) {
  }
}
