package org.newsdesk.corpus;

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
import java.util.Optional;
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

  private final long maxFileBytes;
  private final Map<String, ArticleParser> parsers;
  private final ArticleAssembler assembler = new ArticleAssembler();

  /** Creates a reader with the default size limit of {@value #DEFAULT_MAX_FILE_BYTES} bytes per file. */
  public CorpusReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /** Creates a reader that truncates files larger than {@code maxFileBytes} to that many bytes, with a warning. */
  public CorpusReader(long maxFileBytes) {
    // Arrays hold at most Integer.MAX_VALUE - 8 bytes on common JVMs.
    if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": "
          + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
    ArticleParser html = new HtmlParser();
    this.parsers = Map.of("txt", new PlainTextParser(), "md", new MarkdownParser(), "html", html, "htm", html,
        "jsonl", new JsonLinesParser());
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
      int accepted = 0;
      for (Article article : readFile(path, file, problems)) {
        String earlier = seenIds.putIfAbsent(article.id(), file);
        if (earlier != null) {
          problems.accept(new CorpusProblem(file, 0, "duplicate article id '" + article.id()
              + "' (first read from " + earlier + "), skipped"));
          continue;
        }
        sink.accept(article);
        accepted++;
      }
      articles += accepted;
      read += accepted > 0 ? 1 : 0;
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

  /** Reads the articles of one file; every failure becomes a problem and an empty result. */
  private List<Article> readFile(Path path, String file, Problems problems) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    ArticleParser parser = dot > 0 ? parsers.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)) : null;
    if (parser == null) {
      LOG.info("Skipping {}: unsupported file type", file);
      return List.of();
    }
    try {
      SourceText source = new SourceText(file, name.substring(0, dot), load(path, file, problems));
      List<Article> articles = new ArrayList<>();
      for (ArticleDraft draft : parser.parse(source, problems)) {
        assembler.assemble(draft, file, problems).ifPresent(articles::add);
      }
      return articles;
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
    return List.of();
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
      problems.accept(new CorpusProblem(file, 0, "file has " + size + " bytes, truncated to " + maxFileBytes));
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
