package org.newsdesk.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every article of a corpus directory ({@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .jsonl}),
 * cleaned and with metadata, reporting what it cannot read instead of stopping.
 *
 * <p>Files are read in the order of their path relative to the root; hidden files and directories (name starting
 * with '.') are ignored; symbolic links are followed, and loops among them are reported. An article whose id was
 * already read from an earlier file is reported and dropped. Not thread-safe: use one reader per thread.
 */
public final class CorpusReader {

  /** Default size limit, the same as {@code corpus.maxFileBytes} in the bundled settings. */
  public static final long DEFAULT_MAX_FILE_BYTES = 8_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
  /** How much of a JSON Lines file is checked for binary content before it is read line by line. */
  private static final int SNIFF_BYTES = 8192;

  private final long maxFileBytes;
  private final Map<String, ArticleParser> parsers;
  private final JsonLinesParser jsonLines = new JsonLinesParser();
  private final ArticleAssembler assembler = new ArticleAssembler();

  /** Creates a reader with the default size limit of {@value #DEFAULT_MAX_FILE_BYTES} bytes per file. */
  public CorpusReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * Creates a reader that truncates files larger than {@code maxFileBytes} to that many bytes, with a warning; in a
   * {@code .jsonl} file, streamed line by line, the limit applies to each line and a longer line is skipped.
   */
  public CorpusReader(long maxFileBytes) {
    // Arrays hold at most Integer.MAX_VALUE - 8 bytes on common JVMs.
    if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": "
          + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
    ArticleParser html = new HtmlParser();
    this.parsers = Map.of("txt", new PlainTextParser(), "md", new MarkdownParser(), "html", html, "htm", html);
  }

  /**
   * Reads every article under root recursively, in a stable order (sorted by relative path), passing each to sink.
   *
   * @param root corpus directory
   * @param sink receives each article once; an exception it throws ends the scan
   * @return counts and the problems met
   * @throws CorpusException only if root itself is unusable (missing, not a directory, unreadable)
   */
  public CorpusScan read(Path root, Consumer<Article> sink) {
    return read(root, sink, KnownFiles.NONE);
  }

  /**
   * Reads every article under root like {@link #read(Path, Consumer)}, but does not parse files that {@code known}
   * reports unchanged: their articles count as read without being passed to {@code sink}.
   *
   * @param root  corpus directory
   * @param sink  receives each article of each file that is read
   * @param known says which files the caller already holds unchanged
   * @return counts (unchanged files count as read, their articles as articles) and the problems met
   * @throws CorpusException only if root itself is unusable (missing, not a directory, unreadable)
   */
  public CorpusScan read(Path root, Consumer<Article> sink, KnownFiles known) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(known, "known");
    checkRoot(root);
    Problems problems = new Problems();
    List<Path> files = list(root, problems);
    // Where each id was first read: the file, and the line for a JSON Lines article.
    Map<String, String> seenIds = new HashMap<>();
    int read = 0;
    int articles = 0;
    for (Path path : files) {
      String file = relative(root, path);
      List<String> unchanged = unchangedIds(path, file, known);
      if (unchanged != null) {
        unchanged.forEach(id -> seenIds.putIfAbsent(id, file));
        articles += unchanged.size();
        read += unchanged.isEmpty() ? 0 : 1;
        continue;
      }
      int[] accepted = {0};
      int problemsBefore = problems.list.size();
      try {
        readFile(path, file, problems, (article, line) -> {
          String earlier = seenIds.putIfAbsent(article.id(), line > 0 ? file + ":" + line : file);
          if (earlier != null) {
            problems.accept(new CorpusProblem(file, line, "duplicate article id '" + article.id()
                + "' (first read from " + earlier + "), skipped"));
            return;
          }
          try {
            sink.accept(article);
          } catch (RuntimeException e) {
            throw new SinkFailure(e);
          }
          accepted[0]++;
        });
      } catch (SinkFailure e) {
        throw e.getCause();
      }
      known.read(file, List.copyOf(problems.list.subList(problemsBefore, problems.list.size())));
      articles += accepted[0];
      read += accepted[0] > 0 ? 1 : 0;
    }
    CorpusScan scan = new CorpusScan(files.size(), read, files.size() - read, articles, problems.list);
    LOG.info("Corpus {}: {} files seen, {} read, {} skipped, {} articles, {} problems", root, scan.filesSeen(),
        scan.filesRead(), scan.filesSkipped(), scan.articles(), scan.problems().size());
    return scan;
  }

  /** Asks {@code known} about a file by its current size and time; null when it must be read (or cannot be stat'ed). */
  private static List<String> unchangedIds(Path path, String file, KnownFiles known) {
    if (known == KnownFiles.NONE) {
      return null;
    }
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      return known.unchanged(file, attrs.size(), attrs.lastModifiedTime().toMillis());
    } catch (IOException e) {
      // Reading it will report the problem properly.
      return null;
    }
  }

  private static void checkRoot(Path root) {
    if (!Files.exists(root)) {
      throw new CorpusException(root, "does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new CorpusException(root, "is not a directory");
    }
    if (!Files.isReadable(root)) {
      throw new CorpusException(root, "is not readable");
    }
  }

  /** Lists the regular, non-hidden files under {@code root}, sorted by relative path. */
  private static List<Path> list(Path root, Problems problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // A broken link is listed too, so that reading it reports the missing target.
              if (!isHidden(file) && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                String reason = e instanceof FileSystemLoopException
                    ? "symbolic link loop, not followed" : "cannot list: " + describe(e);
                problems.accept(new CorpusProblem(relative(root, file), 0, reason));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                problems.accept(new CorpusProblem(relative(root, dir), 0, "cannot list: " + describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new CorpusException(root, "cannot be listed: " + describe(e), e);
    }
    files.sort(Comparator.comparing(path -> relative(root, path)));
    return files;
  }

  /** Reads the articles of one file, passing each to {@code emit}; every failure becomes a problem. */
  private void readFile(Path path, String file, Problems problems, Emitter emit) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    ArticleParser parser = parsers.get(extension);
    boolean jsonLines = extension.equals("jsonl");
    if (parser == null && !jsonLines) {
      LOG.info("Skipping {}: unsupported file type", file);
      return;
    }
    String stem = name.substring(0, dot);
    try {
      if (jsonLines) {
        readJsonLines(path, file, stem, problems, emit);
        return;
      }
      SourceText source = new SourceText(file, stem, load(path, file, problems));
      for (ArticleDraft draft : parser.parse(source, problems)) {
        assembler.assemble(draft, file, problems).ifPresent(article -> emit.accept(article, draft.line()));
      }
    } catch (SinkFailure e) {
      throw e;
    } catch (MalformedFileException e) {
      problems.accept(new CorpusProblem(file, e.line(), e.reason()));
    } catch (NoSuchFileException e) {
      problems.accept(new CorpusProblem(file, 0, "file vanished before it could be read (or is a broken link)"));
    } catch (IOException e) {
      problems.accept(new CorpusProblem(file, 0, "cannot read: " + describe(e)));
    } catch (RuntimeException e) {
      // A parser bug or a pathological file must not end the scan; the stack trace goes to the log for a fix.
      problems.accept(new CorpusProblem(file, 0, "could not parse: " + e), e);
    }
  }

  /**
   * Streams a JSON Lines file: each line is decoded, parsed and assembled on its own, so a feed of any length is read
   * in bounded memory and a bad line (malformed, not text, longer than the limit) is reported and skipped alone.
   */
  private void readJsonLines(Path path, String file, String stem, Problems problems, Emitter emit)
      throws IOException, MalformedFileException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), SNIFF_BYTES)) {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      if (head.length == 0) {
        throw new MalformedFileException(0, "empty file");
      }
      // A binary file would otherwise be reported once per "line" it happens to contain.
      TextDecoder.checkNotBinary(head, head.length);
      in.reset();
      ByteLines lines = new ByteLines(in, (int) maxFileBytes);
      boolean anyText = false;
      boolean legacyLogged = false;
      while (nextLine(lines)) {
        int number = lines.number();
        if (lines.cut()) {
          anyText = true;
          problems.accept(new CorpusProblem(file, number, "line has " + lines.fullLength() + " bytes, more than "
              + maxFileBytes + "; skipped"));
          continue;
        }
        try {
          TextDecoder.Decoded decoded = TextDecoder.decodeLine(lines.bytes(), lines.length());
          if (decoded.text().isBlank()) {
            continue;
          }
          anyText = true;
          if (!legacyLogged && !decoded.charset().equals(StandardCharsets.UTF_8)) {
            legacyLogged = true;
            LOG.info("{}:{} is not valid UTF-8; read as {} legacy text", file, number, decoded.charset().name());
          }
          ArticleDraft draft = jsonLines.parseLine(stem, decoded.text(), number);
          assembler.assemble(draft, file, problems).ifPresent(article -> emit.accept(article, number));
        } catch (MalformedFileException e) {
          anyText = true;
          problems.accept(new CorpusProblem(file, number, e.reason()));
        }
      }
      if (!anyText) {
        throw new MalformedFileException(0, "empty file (whitespace only)");
      }
    }
  }

  /** Advances {@code lines}; a read failure midway names the line it stopped at (earlier lines stay read). */
  private static boolean nextLine(ByteLines lines) throws MalformedFileException {
    try {
      return lines.next();
    } catch (IOException e) {
      throw new MalformedFileException(lines.number() + 1, "cannot read further: " + describe(e));
    }
  }

  /** Reads and decodes at most {@code maxFileBytes} of the file; an empty or blank file is malformed. */
  private String load(Path path, String file, Problems problems) throws IOException, MalformedFileException {
    byte[] bytes;
    long size;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) maxFileBytes);
      size = bytes.length + in.skip(Long.MAX_VALUE);
    }
    boolean truncated = size > bytes.length;
    if (truncated) {
      // The line the cut falls in: the story ends there.
      problems.accept(new CorpusProblem(file, lineAt(bytes, bytes.length),
          "file has " + size + " bytes, truncated to " + maxFileBytes));
    }
    if (bytes.length == 0) {
      throw new MalformedFileException(0, "empty file");
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, truncated);
    if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
      LOG.info("{} is not valid UTF-8; read as {} legacy text", file, decoded.charset().name());
    }
    if (decoded.text().isBlank()) {
      throw new MalformedFileException(0, "empty file (whitespace only)");
    }
    return decoded.text();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path root, Path path) {
    String relative = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    return relative.isEmpty() ? "." : relative;
  }

  private static String describe(IOException e) {
    String kind = e instanceof AccessDeniedException ? "access denied" : e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }

  /** Receives each article read from a file with the line it starts on (0 when it is the whole file). */
  @FunctionalInterface
  private interface Emitter {

    /** Takes one article. */
    void accept(Article article, int line);
  }

  /** Carries an exception of the caller's sink through the per-file error handling, so that it ends the scan. */
  private static final class SinkFailure extends RuntimeException {

    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  /** Collects problems and logs each once at WARN. */
  private static final class Problems implements Consumer<CorpusProblem> {
    private final List<CorpusProblem> list = new ArrayList<>();

    @Override
    public void accept(CorpusProblem problem) {
      accept(problem, null);
    }

    /** Records {@code problem} and logs it once, with {@code cause}'s stack trace when there is one. */
    void accept(CorpusProblem problem, Throwable cause) {
      list.add(problem);
      LOG.warn("Corpus problem: {}", problem, cause);
    }
  }
}
