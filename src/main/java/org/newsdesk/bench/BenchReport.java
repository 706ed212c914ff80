package org.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.newsdesk.bench.BenchResults.Concurrency;
import org.newsdesk.bench.BenchResults.CorpusRun;
import org.newsdesk.bench.BenchResults.Indexing;
import org.newsdesk.bench.BenchResults.Run;
import org.newsdesk.bench.BenchResults.Startup;

/** Renders a benchmark run as Markdown tables and reads and writes it as JSON. */
public final class BenchReport {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchReport() {
  }

  /** Writes a value as indented JSON. */
  public static void writeJson(Path file, Object value) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(file.toFile(), value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads a value written by {@link #writeJson}. */
  public static <T> T readJson(Path file, Class<T> type) {
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes the Markdown report. */
  public static void writeMarkdown(Path file, Run run) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, markdown(run), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Returns the run as Markdown: one table per measurement, one row per corpus. */
  public static String markdown(Run run) {
    StringBuilder md = new StringBuilder();
    md.append("# newsdesk bench ").append(run.startedAt()).append("\n\n");
    md.append("Machine: ").append(run.machine()).append("  \nSettings: ").append(run.settings()).append("\n\n");
    md.append("## Answer latency (ms per question, pipeline loaded)\n\n");
    md.append("| corpus | articles | sentences | answers | uncached median | p95 | p99 | BM25 median | p95 | p99 "
        + "| answer/BM25 median | answer/BM25 p99 | cached median µs | cached p99 µs |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (CorpusRun c : run.corpora()) {
      md.append(row(c.corpus(), c.articles(), c.sentences(), c.uncached().count(),
          f(c.uncached().medianMs()), f(c.uncached().p95Ms()), f(c.uncached().p99Ms()),
          f(c.bm25().medianMs()), f(c.bm25().p95Ms()), f(c.bm25().p99Ms()),
          f1(c.medianRatio()) + "x", f1(c.p99Ratio()) + "x",
          f1(c.cached().medianMs() * 1000), f1(c.cached().p99Ms() * 1000)));
    }
    md.append("\n## Concurrent answering (uncached)\n\n");
    md.append("| corpus | threads | answers | answers/s | median ms | p99 ms | failures | differing answers |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for (CorpusRun c : run.corpora()) {
      for (Concurrency t : c.concurrency()) {
        md.append(row(c.corpus(), t.threads(), t.answers(), f1(t.answersPerSecond()), f(t.latency().medianMs()),
            f(t.latency().p99Ms()), t.failures(), t.mismatches()));
      }
    }
    md.append("\n## Indexing throughput (CoreNLP settings of the build)\n\n");
    md.append("| what | threads | articles | tokens | seconds | articles/s | tokens/s |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|\n");
    for (Indexing i : run.indexingSample()) {
      md.append(indexingRow(i));
    }
    for (CorpusRun c : run.corpora()) {
      if (c.indexing() != null) {
        md.append(indexingRow(c.indexing()));
      }
    }
    md.append("\n## Startup to first answer (fresh process) and memory\n\n");
    md.append("| corpus | startup | seconds | heap after load (MiB, after GC) | peak resident (MiB, VmHWM) |\n");
    md.append("|---|---|--:|--:|--:|\n");
    for (CorpusRun c : run.corpora()) {
      if (c.startups().isEmpty()) {
        md.append(row(c.corpus(), "not measured", "", mib(c.heapAfterLoad()), mib(c.peakResident())));
      }
      for (Startup s : c.startups()) {
        md.append(row(c.corpus(), s.label(), f1(s.seconds()), mib(c.heapAfterLoad()), mib(c.peakResident())));
      }
    }
    return md.toString();
  }

  private static String indexingRow(Indexing i) {
    return row(i.label(), i.threads(), i.articles(), String.format(Locale.ROOT, "%,d", i.tokens()), f1(i.seconds()),
        f1(i.articlesPerSecond()), String.format(Locale.ROOT, "%,.0f", i.tokensPerSecond()));
  }

  private static String row(Object... cells) {
    StringBuilder b = new StringBuilder("|");
    for (Object cell : cells) {
      b.append(' ').append(cell).append(" |");
    }
    return b.append('\n').toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String mib(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
  }
}
