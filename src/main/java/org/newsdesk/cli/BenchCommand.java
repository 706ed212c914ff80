package org.newsdesk.cli;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.bench.BenchReport;
import org.newsdesk.bench.BenchResults.Concurrency;
import org.newsdesk.bench.BenchResults.CorpusRun;
import org.newsdesk.bench.BenchResults.Indexing;
import org.newsdesk.bench.BenchResults.Run;
import org.newsdesk.bench.BenchResults.Startup;
import org.newsdesk.bench.CorpusGenerator;
import org.newsdesk.bench.Latency;
import org.newsdesk.bench.MemoryProbe;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Settings;
import org.newsdesk.eval.GoldQuestion;
import org.newsdesk.eval.GoldQuestions;
import org.newsdesk.index.IndexSummary;
import org.newsdesk.search.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench}: answering latency (uncached, cached, against bare BM25), concurrency, indexing throughput,
 * startup and memory on the bundled corpus and on generated corpora; each corpus is measured in its own JVM so
 * its memory figures are its own.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure answering, indexing, startup and memory; writes bench-<time>.md and .json.")
final class BenchCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  @Mixin
  CommonOptions options;

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Corpus sizes in articles; 0 is the configured corpus (default: ${DEFAULT-VALUE}).",
      defaultValue = "0,1000")
  List<Integer> sizes;

  @Option(names = "--questions", paramLabel = "FILE", description = "Question files (JSON Lines with \"question\"); "
      + "default: the dev set and the seed questions.")
  List<Path> questionFiles;

  @Option(names = "--source", paramLabel = "DIR",
      description = "Real articles the generated corpora are made from (default: corpus.dir and the dev corpus).")
  List<Path> sources;

  @Option(names = "--repeats", defaultValue = "3", description = "Timed passes over the questions (default: 3).")
  int repeats;

  @Option(names = "--warmup", defaultValue = "3",
      description = "Untimed passes over the questions first, so the JIT has compiled the hot paths (default: 3).")
  int warmup;

  @Option(names = "--threads", split = ",", defaultValue = "1,2,4",
      description = "Thread counts for concurrent answering (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--index-sample", defaultValue = "300",
      description = "Generated articles indexed with one thread and with all cores; 0 skips it (default: 300).")
  int indexSample;

  @Option(names = "--no-startup", description = "Skip the fresh-process startup measurements.")
  boolean noStartup;

  @Option(names = "--child", hidden = true, description = "Internal: measure one corpus size in this JVM.")
  Integer child;

  @Option(names = "--child-out", hidden = true)
  Path childOut;

  @Option(names = "--child-indexing", hidden = true)
  boolean childIndexing;

  @Option(names = "--child-build", hidden = true)
  boolean childBuild;

  @Override
  public Integer call() throws Exception {
    Settings settings = options.settings();
    Path benchDir = settings.path("bench.dir");
    if (childIndexing) {
      BenchReport.writeJson(childOut, new IndexingSample(indexingSample(settings, benchDir)));
      return 0;
    }
    if (child != null && childBuild) {
      BenchReport.writeJson(childOut, new IndexingSample(build(settings, benchDir, child)));
      return 0;
    }
    if (child != null) {
      BenchReport.writeJson(childOut, measure(settings, benchDir, child));
      return 0;
    }
    return orchestrate(settings, benchDir);
  }

  /** The figures of the indexing-sample child, wrapped so the JSON has one root object. */
  record IndexingSample(List<Indexing> runs) {
  }

  private int orchestrate(Settings settings, Path benchDir) throws IOException, InterruptedException {
    Instant started = Instant.now();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<CorpusRun> runs = new ArrayList<>();
    for (int size : sizes) {
      if (size > 0) {
        generate(settings, benchDir, size);
      }
      // The index is built in a JVM of its own, so serving is measured the way a restarted bot serves.
      Path built = benchDir.resolve("runs").resolve("build-" + size + ".json");
      runChild(List.of("--child", Integer.toString(size), "--child-build", "--child-out", built.toString()));
      List<Indexing> build = BenchReport.readJson(built, IndexingSample.class).runs();
      Path out = benchDir.resolve("runs").resolve("corpus-" + size + ".json");
      runChild(List.of("--child", Integer.toString(size), "--child-out", out.toString()));
      CorpusRun run = BenchReport.readJson(out, CorpusRun.class)
          .with(build.isEmpty() ? null : build.get(0), noStartup ? List.of() : startups(settings, benchDir, size));
      runs.add(run);
      System.out.printf("%s: uncached median %.2f ms, p99 %.2f ms; BM25 median %.2f ms; cached median %.1f µs%n",
          run.corpus(), run.uncached().medianMs(), run.uncached().p99Ms(), run.bm25().medianMs(),
          run.cached().medianMs() * 1000);
    }
    List<Indexing> sample = List.of();
    if (indexSample > 0) {
      Path out = benchDir.resolve("runs").resolve("indexing-sample.json");
      runChild(List.of("--child-indexing", "--child-out", out.toString()));
      sample = BenchReport.readJson(out, IndexingSample.class).runs();
    }
    // The load average says whether something else competed for the cores while this ran.
    String machine = String.format(Locale.ROOT, "%s; load average %.2f at start, %.2f at end", machine(), loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Run run = new Run(started.toString(), machine, describe(settings), runs, sample);
    String stamp = STAMP.format(started);
    Path md = benchDir.resolve("bench-" + stamp + ".md");
    Path json = benchDir.resolve("bench-" + stamp + ".json");
    BenchReport.writeMarkdown(md, run);
    BenchReport.writeJson(json, run);
    System.out.println();
    System.out.println(BenchReport.markdown(run));
    System.out.println("wrote " + md + " and " + json);
    return 0;
  }

  /** Generates the corpus of {@code size} articles unless it is already there. */
  private void generate(Settings settings, Path benchDir, int size) {
    Path dir = corpusDir(settings, benchDir, size);
    Path done = dir.resolve(".complete");
    if (Files.exists(done)) {
      return;
    }
    CorpusGenerator generator = CorpusGenerator.from(sourceDirs(settings));
    long start = System.nanoTime();
    generator.write(dir, size, settings.longValue("bench.seed"));
    try {
      Files.writeString(done, generator.describe() + "\n");
    } catch (IOException e) {
      throw new Main.UserError("cannot write " + done + ": " + e.getMessage());
    }
    System.out.printf("generated %,d articles in %s from %s (%.1f s)%n", size, dir, generator.describe(),
        (System.nanoTime() - start) / 1e9);
  }

  /** Brings the index of one corpus size up to date; returns its build figures, or nothing when it was current. */
  private List<Indexing> build(Settings base, Path benchDir, int size) {
    Settings settings = sized(base, benchDir, size);
    try (Engine engine = Engine.load(settings)) {
      IndexSummary s = engine.updateIndex(System.out, false);
      return s.annotated() == 0 ? List.of() : List.of(new Indexing(corpusName(base, size) + " (build)",
          threadsOf(settings), s.annotated(), s.tokens(), s.seconds()));
    } catch (IOException e) {
      throw new Main.UserError("closing the index failed: " + e.getMessage());
    }
  }

  private Settings sized(Settings base, Path benchDir, int size) {
    return base.with("corpus.dir", corpusDir(base, benchDir, size)).with("index.dir", indexDir(base, benchDir, size));
  }

  private static String corpusName(Settings base, int size) {
    return size == 0 ? base.path("corpus.dir").toString() : "generated-" + size;
  }

  /** Measures one corpus size in this JVM with its index built: load, latency, cache, concurrency and memory. */
  private CorpusRun measure(Settings base, Path benchDir, int size) {
    Settings settings = sized(base, benchDir, size);
    String name = corpusName(base, size);
    List<String> questions = questions();
    int k = settings.integer("bench.bm25k");
    try (Engine engine = Engine.load(settings)) {
      engine.updateIndex(System.out, false);
      Answerer answerer = engine.answerer();
      PassageIndex index = engine.index();
      Map<String, String> expected = new ConcurrentHashMap<>();
      for (int r = 0; r < Math.max(1, warmup); r++) {
        for (String q : questions) {
          expected.put(q, String.valueOf(answerer.answer(q).text()));
          index.bm25(q, k);
        }
      }
      long heap = MemoryProbe.heapAfterGc();
      long[] answerNanos = new long[questions.size() * repeats];
      long[] bm25Nanos = new long[answerNanos.length];
      int n = 0;
      for (int r = 0; r < repeats; r++) {
        for (String q : questions) {
          // Interleaved so drift (JIT, GC, the machine) affects both sides alike.
          long t0 = System.nanoTime();
          answerer.answer(q);
          long t1 = System.nanoTime();
          index.bm25(q, k);
          long t2 = System.nanoTime();
          answerNanos[n] = t1 - t0;
          bm25Nanos[n++] = t2 - t1;
        }
      }
      Latency cached = cachedLatency(settings, answerer, index, questions);
      List<Concurrency> concurrency = new ArrayList<>();
      for (int t : threads) {
        concurrency.add(concurrent(answerer, questions, expected, t));
      }
      return new CorpusRun(name, index.stats().articles(), index.stats().sentences(), questions.size(), null,
          Latency.of(answerNanos), Latency.of(bm25Nanos), cached, concurrency, heap,
          MemoryProbe.peakResidentBytes(), List.of());
    } catch (IOException e) {
      throw new Main.UserError("closing the index failed: " + e.getMessage());
    }
  }

  private Latency cachedLatency(Settings settings, Answerer answerer, PassageIndex index, List<String> questions) {
    CachingAnswerer cache = new CachingAnswerer(answerer, () -> index.stats().generation(),
        CacheSettings.from(settings), Ticker.systemTicker());
    questions.forEach(cache::answer);
    // Warm the hit path itself, then time it over more passes: a hit takes microseconds.
    for (int r = 0; r < 5; r++) {
      questions.forEach(cache::answer);
    }
    int passes = Math.max(10, repeats * 5);
    long[] nanos = new long[questions.size() * passes];
    int n = 0;
    for (int r = 0; r < passes; r++) {
      for (String q : questions) {
        long t0 = System.nanoTime();
        cache.answer(q);
        nanos[n++] = System.nanoTime() - t0;
      }
    }
    LOG.info(cache.summary().describe());
    return Latency.of(nanos);
  }

  /** Every thread answers every question once, each in its own shuffled order. */
  private static Concurrency concurrent(Answerer answerer, List<String> questions, Map<String, String> expected,
                                        int threadCount) {
    ExecutorService pool = Executors.newFixedThreadPool(threadCount);
    long[] nanos = new long[questions.size() * threadCount];
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger mismatches = new AtomicInteger();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threadCount; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          List<String> order = new ArrayList<>(questions);
          Collections.shuffle(order, new Random(thread));
          for (int i = 0; i < order.size(); i++) {
            String q = order.get(i);
            long t0 = System.nanoTime();
            try {
              Answer a = answerer.answer(q);
              if (!Objects.equals(String.valueOf(a.text()), expected.get(q))) {
                mismatches.incrementAndGet();
              }
            } catch (RuntimeException e) {
              LOG.error("concurrent answer to '{}' failed", q, e);
              failures.incrementAndGet();
            }
            nanos[thread * questions.size() + i] = System.nanoTime() - t0;
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(1, TimeUnit.HOURS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring concurrency", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("concurrent answering did not finish", e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Concurrency(threadCount, nanos.length, seconds, Latency.of(nanos), failures.get(), mismatches.get());
  }

  /** Indexes the same generated sample with one thread and with every core, into fresh directories. */
  private List<Indexing> indexingSample(Settings base, Path benchDir) {
    Path sampleDir = benchDir.resolve("corpora").resolve("sample-" + indexSample);
    CorpusGenerator.from(sourceDirs(base)).write(sampleDir, indexSample, base.longValue("bench.seed") + 1);
    int cores = Runtime.getRuntime().availableProcessors();
    List<Indexing> runs = new ArrayList<>();
    // A small first pass so the JIT has compiled CoreNLP before either measured run.
    indexOnce(base, sampleDir, benchDir.resolve("indexes").resolve("warmup"), cores);
    for (int t : new LinkedHashSet<>(List.of(1, cores))) {
      IndexSummary s = indexOnce(base, sampleDir, benchDir.resolve("indexes").resolve("sample-threads-" + t), t);
      runs.add(new Indexing("sample of " + indexSample + " generated", t, s.annotated(), s.tokens(), s.seconds()));
    }
    return runs;
  }

  private static IndexSummary indexOnce(Settings base, Path corpus, Path indexDir, int threadCount) {
    deleteTree(indexDir);
    Settings s = base.with("corpus.dir", corpus).with("index.dir", indexDir).with("index.threads", threadCount);
    try (Engine engine = Engine.load(s)) {
      return engine.updateIndex(null, false);
    } catch (IOException e) {
      throw new Main.UserError("closing " + indexDir + " failed: " + e.getMessage());
    }
  }

  /** Starts a fresh process that asks one question and times it to its first output line. */
  private List<Startup> startups(Settings settings, Path benchDir, int size) throws IOException,
      InterruptedException {
    Path corpus = corpusDir(settings, benchDir, size);
    Path index = indexDir(settings, benchDir, size);
    List<Startup> list = new ArrayList<>();
    list.add(new Startup("existing index", timeToFirstAnswer(corpus, index)));
    if (size == 0) {
      Path fresh = benchDir.resolve("indexes").resolve("startup-fresh");
      deleteTree(fresh);
      list.add(new Startup("no index (builds it)", timeToFirstAnswer(corpus, fresh)));
    }
    return list;
  }

  private double timeToFirstAnswer(Path corpus, Path index) throws IOException, InterruptedException {
    List<String> command = javaCommand();
    command.addAll(List.of("ask", "--corpus", corpus.toString(), "--index", index.toString(),
        "Who is the UAW's top negotiator?"));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    double seconds = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      if (out.readLine() != null) {
        seconds = (System.nanoTime() - start) / 1e9;
      }
      // Drain the rest so the child is never blocked on a full pipe.
      out.transferTo(java.io.Writer.nullWriter());
    }
    if (p.waitFor() != 0 || seconds < 0) {
      throw new Main.UserError("the startup probe failed (exit " + p.exitValue() + ") for " + index);
    }
    return seconds;
  }

  private void runChild(List<String> childArgs) throws IOException, InterruptedException {
    List<String> command = javaCommand();
    command.add("bench");
    command.addAll(forwardedOptions());
    command.addAll(childArgs);
    Process p = new ProcessBuilder(command).inheritIO().start();
    int status = p.waitFor();
    if (status != 0) {
      throw new Main.UserError("the benchmark child " + childArgs + " failed with status " + status);
    }
  }

  /** Returns the options a child needs to measure the same way as this process was asked to. */
  private List<String> forwardedOptions() {
    List<String> args = new ArrayList<>();
    if (options.config != null) {
      args.addAll(List.of("--config", options.config.toString()));
    }
    if (options.corpus != null) {
      args.addAll(List.of("--corpus", options.corpus.toString()));
    }
    if (options.index != null) {
      args.addAll(List.of("--index", options.index.toString()));
    }
    for (Path q : questionFiles == null ? List.<Path>of() : questionFiles) {
      args.addAll(List.of("--questions", q.toString()));
    }
    for (Path s : sources == null ? List.<Path>of() : sources) {
      args.addAll(List.of("--source", s.toString()));
    }
    args.addAll(List.of("--repeats", Integer.toString(repeats), "--warmup", Integer.toString(warmup),
        "--index-sample", Integer.toString(indexSample),
        "--threads", String.join(",", threads.stream().map(String::valueOf).toList())));
    return args;
  }

  /** Returns this JVM's java command, heap options and class path, so children are measured alike. */
  private static List<String> javaCommand() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // A profiler or debugger attached to the parent must not be copied into the children.
      if (!arg.startsWith("-XX:StartFlightRecording") && !arg.startsWith("-agentlib")
          && !arg.startsWith("-javaagent")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    return command;
  }

  private List<String> questions() {
    List<Path> files = questionFiles != null ? questionFiles
        : List.of(Path.of("src/test/resources/devset/questions.jsonl"),
            Path.of("src/test/resources/eval/seed-questions.jsonl"));
    LinkedHashSet<String> list = new LinkedHashSet<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new Main.UserError("no such questions file: " + f + " (give --questions FILE)");
      }
      try {
        GoldQuestions.read(f).stream().map(GoldQuestion::question).forEach(list::add);
      } catch (IOException e) {
        throw new Main.UserError("cannot read " + f + ": " + e.getMessage());
      }
    }
    return List.copyOf(list);
  }

  private List<Path> sourceDirs(Settings settings) {
    if (sources != null && !sources.isEmpty()) {
      return sources;
    }
    LinkedHashSet<Path> dirs = new LinkedHashSet<>(List.of(settings.path("corpus.dir").toAbsolutePath().normalize()));
    Path dev = Path.of("src/test/resources/devset/corpus").toAbsolutePath().normalize();
    if (Files.isDirectory(dev)) {
      dirs.add(dev);
    }
    return List.copyOf(dirs);
  }

  /** Returns the corpus of a size: the configured one for 0, else the generated one. */
  private static Path corpusDir(Settings settings, Path benchDir, int size) {
    if (size == 0) {
      return settings.path("corpus.dir");
    }
    return benchDir.resolve("corpora").resolve("generated-" + size + "-seed" + settings.longValue("bench.seed"));
  }

  /** Returns the index of a size: the bench's own, so a corpus given with --corpus gets no index beside it. */
  private Path indexDir(Settings settings, Path benchDir, int size) {
    if (size == 0) {
      return options.index != null ? options.index
          : benchDir.resolve("indexes").resolve("corpus-"
              + settings.path("corpus.dir").normalize().toString().replaceAll("[^\\w.-]+", "-"));
    }
    return benchDir.resolve("indexes").resolve("generated-" + size);
  }

  private static int threadsOf(Settings settings) {
    int t = settings.integer("index.threads");
    return t > 0 ? t : Runtime.getRuntime().availableProcessors();
  }

  private String describe(Settings settings) {
    return String.format(Locale.ROOT, "search.candidates=%s, answer.evidence=%s, index.threads=%s, "
            + "bench.bm25k=%s, warm-up passes=%d, timed passes=%d, cache.maxSize=%s",
        settings.string("search.candidates"), settings.string("answer.evidence"), settings.string("index.threads"),
        settings.string("bench.bm25k"), warmup, repeats, settings.string("cache.maxSize"));
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%d cores, max heap %d MiB, Java %s, %s", rt.availableProcessors(),
        rt.maxMemory() / 1048576, System.getProperty("java.version"), System.getProperty("os.name"));
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new Main.UserError("cannot clear " + dir + ": " + e.getMessage());
    }
  }
}
