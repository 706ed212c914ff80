package org.newsdesk.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class BadInputTest {

  private static final String STORY = "The council approved the new budget on Monday, officials said.\n";

  @TempDir
  Path root;

  private CorpusProblem onlyProblem(CorpusFixture.Result result) {
    assertThat(result.scan().problems()).hasSize(1);
    return result.scan().problems().get(0);
  }

  @Test
  void read_emptyFile_skipsWithWarning() {
    CorpusFixture.write(root, "empty.txt", "");
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).isEmpty();
    assertThat(onlyProblem(result)).isEqualTo(new CorpusProblem("empty.txt", 0, "empty file"));
    assertThat(result.scan().filesSkipped()).isEqualTo(1);
  }

  @Test
  void read_whitespaceOnlyFile_skipsWithWarning() {
    CorpusFixture.write(root, "blank.md", " \n\t\n  \n");
    assertThat(onlyProblem(CorpusFixture.read(root)).reason()).isEqualTo("empty file (whitespace only)");
  }

  @Test
  void read_binaryFileWithNulBytes_skips() {
    CorpusFixture.write(root, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    CorpusProblem problem = onlyProblem(CorpusFixture.read(root));
    assertThat(problem.file()).isEqualTo("image.txt");
    assertThat(problem.reason()).startsWith("binary file (NUL byte");
  }

  @Test
  void read_fileFullOfControlBytes_skipsAsBinary() {
    CorpusFixture.write(root, "noise.txt", new byte[] {'a', 1, 2, 3, 4, 'b', 5, 6, 7, 8, 'c', 0x1B, 0x1C});
    assertThat(onlyProblem(CorpusFixture.read(root)).reason()).startsWith("binary file (10 control bytes");
  }

  @Test
  void read_invalidUtf8NotLegacyText_skipsNamingLineAndByte() {
    // 0x81 is unassigned in windows-1252, so these bytes are neither UTF-8 nor legacy text.
    CorpusFixture.write(root, "bad.txt", new byte[] {'O', 'k', '.', '\n', 'B', 'a', 'd', ' ', (byte) 0x81, '.'});
    CorpusProblem problem = onlyProblem(CorpusFixture.read(root));
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.reason()).startsWith("invalid UTF-8 at byte 8");
  }

  @Test
  void read_legacyWindows1252Text_decodedWithoutProblem() {
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'w', 'n', 'e', 'r', 's', ' ', 's', 'a', 'i', 'd', ' ',
        (byte) 0x93, 'y', 'e', 's', (byte) 0x94, '.'};
    CorpusFixture.write(root, "legacy.txt", bytes);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.only().paragraphs()).containsExactly("Café owners said “yes”.");
    assertThat(result.scan().problems()).isEmpty();
  }

  @Test
  void read_malformedJsonLines_skipsOnlyTheBadLines() {
    CorpusFixture.write(root, "feed.jsonl", String.join("\n",
        "{\"id\": \"good-1\", \"text\": \"The first story is fine.\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"no-text\"}",
        "{\"id\": \"blank-text\", \"text\": \"   \"}",
        "{\"id\": \"typed\", \"title\": 5, \"text\": \"Title has the wrong type.\"}",
        "[\"not\", \"an\", \"object\"]",
        "",
        "{\"text\": \"The last story is fine too.\"}"));
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).extracting(Article::id).containsExactly("good-1", "feed-8");
    assertThat(result.scan().problems()).extracting(CorpusProblem::file).containsOnly("feed.jsonl");
    assertThat(result.scan().problems()).extracting(CorpusProblem::line).containsExactly(2, 3, 4, 5, 6);
    assertThat(result.scan().problems().get(0).reason()).startsWith("bad JSON");
    assertThat(result.scan().problems().get(3).reason()).isEqualTo("\"title\" must be a string, not number");
    assertThat(result.scan().filesRead()).isEqualTo(1);
  }

  @Test
  void read_unterminatedFrontMatter_skipsFile() {
    CorpusFixture.write(root, "open.md", "---\ntitle: Never closed\n\nBody text follows here.\n");
    assertThat(onlyProblem(CorpusFixture.read(root)))
        .isEqualTo(new CorpusProblem("open.md", 1, "front matter opened with --- is never closed"));
  }

  @Test
  void read_invalidYamlFrontMatter_skipsFileNamingTheLine() {
    CorpusFixture.write(root, "yaml.md", "---\ntitle: Fine\ndate: [2019-01-01\n---\nBody text.\n");
    CorpusProblem problem = onlyProblem(CorpusFixture.read(root));
    assertThat(problem.reason()).startsWith("invalid YAML front matter")
        .contains("expected ',' or ']'").doesNotContain("\n", "^");
    assertThat(problem.line()).isBetween(3, 5);
  }

  @Test
  void read_frontMatterWithListTitle_skipsFile() {
    CorpusFixture.write(root, "list.md", "---\ntitle:\n  - one\n  - two\n---\nBody text.\n");
    assertThat(onlyProblem(CorpusFixture.read(root)).reason())
        .isEqualTo("front matter key 'title' must be a single value");
  }

  @Test
  void read_htmlWithoutBodyText_skips() {
    CorpusFixture.write(root, "empty.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav>"
        + "<script>x()</script></body></html>");
    assertThat(onlyProblem(CorpusFixture.read(root)))
        .isEqualTo(new CorpusProblem("empty.html", 0, "HTML page has no body text"));
  }

  @Test
  void read_deeplyNestedHtml_readsWithoutStackOverflow() {
    String html = "<div>".repeat(20_000) + "<p>The story sits deep inside the page.</p>" + "</div>".repeat(20_000);
    CorpusFixture.write(root, "deep.html", html);
    CorpusFixture.write(root, "other.txt", STORY);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).extracting(Article::id).containsExactly("deep", "other");
    assertThat(result.articles().get(0).paragraphs()).containsExactly("The story sits deep inside the page.");
  }

  @Test
  void read_fileThatCannotBeOpened_skipsWithReason() throws IOException {
    // A link to itself cannot be opened (too many levels of links): an IOException other than a missing file.
    Files.createSymbolicLink(root.resolve("self.txt"), Path.of("self.txt"));
    CorpusFixture.write(root, "ok.txt", STORY);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).extracting(Article::id).containsExactly("ok");
    assertThat(onlyProblem(result).file()).isEqualTo("self.txt");
    assertThat(onlyProblem(result).reason()).startsWith("cannot read");
  }

  @Test
  void read_fileWithoutReadPermission_skipsWithReason() throws IOException {
    Path locked = CorpusFixture.write(root, "locked.txt", STORY);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user");
    assertThat(onlyProblem(CorpusFixture.read(root)).reason()).startsWith("cannot read: access denied");
  }

  @Test
  void read_directoryWithoutPermission_reportedAndTheOtherFilesRead() throws IOException {
    CorpusFixture.write(root, "closed/inside.txt", STORY);
    CorpusFixture.write(root, "open.txt", STORY);
    Path closed = root.resolve("closed");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(closed), "permissions are not enforced for this user");
      CorpusFixture.Result result = CorpusFixture.read(root);
      assertThat(result.only().id()).isEqualTo("open");
      assertThat(onlyProblem(result).file()).isEqualTo("closed");
      assertThat(onlyProblem(result).reason()).startsWith("cannot list: access denied");
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void read_fileDeletedBetweenListingAndReading_skipsWithReason() {
    CorpusFixture.write(root, "a.txt", STORY);
    Path later = CorpusFixture.write(root, "b.txt", STORY);
    List<Article> articles = new ArrayList<>();
    CorpusScan scan = new CorpusReader().read(root, article -> {
      articles.add(article);
      deleteQuietly(later);
    });
    assertThat(articles).extracting(Article::id).containsExactly("a");
    assertThat(scan.problems()).containsExactly(
        new CorpusProblem("b.txt", 0, "file vanished before it could be read (or is a broken link)"));
    assertThat(scan.filesSeen()).isEqualTo(2);
    assertThat(scan.filesSkipped()).isEqualTo(1);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new AssertionError("could not delete " + file, e);
    }
  }

  @Test
  void read_symlinkLoop_reportedAndOtherFilesRead() throws IOException {
    CorpusFixture.write(root, "sub/story.txt", STORY);
    Files.createSymbolicLink(root.resolve("sub/back"), root);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).extracting(Article::file).containsExactly("sub/story.txt");
    assertThat(onlyProblem(result)).isEqualTo(new CorpusProblem("sub/back", 0, "symbolic link loop, not followed"));
  }

  @Test
  void read_brokenSymlink_skipsWithReason() throws IOException {
    Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("missing.txt"));
    assertThat(onlyProblem(CorpusFixture.read(root)).reason()).startsWith("file vanished");
  }

  @Test
  void read_duplicateIds_keepsFirstInPathOrder() {
    CorpusFixture.write(root, "b/story.txt", "The second copy of the story was filed later.\n");
    CorpusFixture.write(root, "a/story.txt", "The first copy of the story was filed first.\n");
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.only().file()).isEqualTo("a/story.txt");
    assertThat(onlyProblem(result)).isEqualTo(new CorpusProblem("b/story.txt", 0,
        "duplicate article id 'story' (first read from a/story.txt), skipped"));
    assertThat(result.scan()).extracting(CorpusScan::filesRead, CorpusScan::filesSkipped).containsExactly(1, 1);
  }

  @Test
  void read_unsupportedExtension_skippedWithoutProblem() {
    CorpusFixture.write(root, "notes.pdf", "%PDF-1.4");
    CorpusFixture.write(root, "README", "no extension");
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.scan()).isEqualTo(new CorpusScan(2, 0, 2, 0, List.of()));
  }

  @Test
  void read_hiddenFilesAndDirectories_ignored() {
    CorpusFixture.write(root, ".hidden.txt", STORY);
    CorpusFixture.write(root, ".git/objects/x.txt", STORY);
    CorpusFixture.write(root, "visible.txt", STORY);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.only().id()).isEqualTo("visible");
    assertThat(result.scan().filesSeen()).isEqualTo(1);
  }

  @Test
  void read_fileLargerThanLimit_truncatedWithWarning() {
    // "é" takes two bytes in UTF-8; a limit of 19 bytes cuts through it.
    CorpusFixture.write(root, "long.txt", "Prices rose in Orléans and kept rising for months.");
    CorpusFixture.Result result = CorpusFixture.read(new CorpusReader(19), root);
    assertThat(result.only().paragraphs()).containsExactly("Prices rose in Orl");
    assertThat(onlyProblem(result).reason()).isEqualTo("file has 51 bytes, truncated to 19");
  }

  @Test
  void read_storyMadeOnlyOfFurniture_reportsNoStoryText() {
    CorpusFixture.write(root, "promo.txt", "Subscribe to our newsletter!\n\nDownload your free sample today.\n");
    assertThat(onlyProblem(CorpusFixture.read(root)).reason())
        .isEqualTo("no story text left after cleaning (article promo)");
  }

  @Test
  void read_unrecognisedDate_keepsArticleWithoutDate() {
    CorpusFixture.write(root, "d.md", "---\ndate: sometime soon\n---\nThe fair opens next week.\n");
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.only().date()).isNull();
    assertThat(onlyProblem(result).reason()).startsWith("unrecognised date 'sometime soon'");
  }

  @Test
  void read_missingRoot_throwsCorpusExceptionWithPath() {
    Path missing = root.resolve("nope");
    assertThatThrownBy(() -> new CorpusReader().read(missing, a -> { }))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("does not exist")
        .satisfies(e -> assertThat(((CorpusException) e).path()).isEqualTo(missing));
  }

  @Test
  void read_rootIsAFile_throwsCorpusException() {
    Path file = CorpusFixture.write(root, "a.txt", STORY);
    assertThatThrownBy(() -> new CorpusReader().read(file, a -> { }))
        .isInstanceOf(CorpusException.class).hasMessageContaining("is not a directory");
  }

  @Test
  void constructor_nonPositiveLimit_throws() {
    assertThatThrownBy(() -> new CorpusReader(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxFileBytes");
  }

  @Test
  void read_mixedCorpus_badFilesDoNotStopTheOthers() throws IOException {
    CorpusFixture.copySeeds(root.resolve("seeds"));
    CorpusFixture.write(root, "a-empty.txt", "");
    CorpusFixture.write(root, "b-binary.html", new byte[] {0, 1, 2, 3});
    CorpusFixture.write(root, "c-feed.jsonl", "{\"text\": \"One good line.\"}\nnot json\n{\"text\": \"Two.\"}\n");
    CorpusFixture.write(root, "d-broken.md", "---\ntitle: x\n");
    CorpusFixture.write(root, "e-page.htm", "<article><p>A page with a story in it.</p></article>");
    CorpusFixture.write(root, "f-image.png", new byte[] {1, 2, 3});
    CorpusFixture.write(root, "g-good.md", "# Heading\n\nA markdown story.\n");
    Files.createSymbolicLink(root.resolve("h-loop"), root);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).extracting(Article::file).containsExactly("c-feed.jsonl", "c-feed.jsonl",
        "e-page.htm", "g-good.md", "seeds/000_51f3b879b6ccc8a6.txt", "seeds/001_4644e0534d745477.txt",
        "seeds/002_e5cd6bec359adce2.txt");
    assertThat(result.scan()).extracting(CorpusScan::filesSeen, CorpusScan::filesRead, CorpusScan::filesSkipped,
        CorpusScan::articles).containsExactly(10, 6, 4, 7);
    assertThat(result.scan().problems()).extracting(CorpusProblem::file)
        .containsExactlyInAnyOrder("h-loop", "a-empty.txt", "b-binary.html", "c-feed.jsonl", "d-broken.md");
  }

  @Test
  void read_problems_eachLoggedOnceAtWarnWithFileAndLine() {
    Logger logger = (Logger) LoggerFactory.getLogger(CorpusReader.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      CorpusFixture.write(root, "feed.jsonl", "{\"text\": \"Fine.\"}\n{oops\n");
      CorpusFixture.write(root, "empty.txt", "");
      CorpusFixture.write(root, "notes.docx", "x");
      CorpusFixture.read(root);
    } finally {
      logger.detachAppender(appender);
    }
    List<String> warnings = appender.list.stream().filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(warnings).hasSize(2);
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("empty.txt: empty file"));
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("feed.jsonl:2: bad JSON"));
    assertThat(appender.list.stream().filter(e -> e.getLevel() == Level.INFO)
        .map(ILoggingEvent::getFormattedMessage)).anySatisfy(m -> assertThat(m).contains("notes.docx"));
  }

  @Test
  void read_latin1NewsFile_decodesAccentedNamesAndMetadata() {
    String story = "GENEVA (Reuters) - Hélène Lefèvre, chief executive of Nestlé, said on Tuesday that the group "
        + "would move 300 jobs from Zürich to Genève.\n\nFrançois Dubé, a union official, called the plan "
        + "\"brutal\".\n";
    CorpusFixture.write(root, "latin1.txt", story.getBytes(StandardCharsets.ISO_8859_1));

    CorpusFixture.Result result = CorpusFixture.read(root);

    Article article = result.only();
    assertThat(article.source()).isEqualTo("Reuters");
    assertThat(article.dateline()).isEqualTo("GENEVA");
    assertThat(article.paragraphs()).containsExactly("Hélène Lefèvre, chief executive of Nestlé, said on Tuesday "
        + "that the group would move 300 jobs from Zürich to Genève.", "François Dubé, a union official, called "
        + "the plan \"brutal\".");
    assertThat(result.scan().problems()).isEmpty();
  }

  @Test
  void read_jsonLinesWithLatin1AndUtf8Lines_decodesEachLineByItself() {
    byte[] utf8 = "{\"id\": \"u\", \"text\": \"Zoë Müller won the race in Köln.\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "{\"id\": \"l\", \"text\": \"José Núñez opened the café in Málaga.\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] garbage = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0x81, (byte) 0x8D, '"', '}', '\n'};
    CorpusFixture.write(root, "mixed.jsonl", concat(utf8, latin1, garbage));

    CorpusFixture.Result result = CorpusFixture.read(root);

    assertThat(result.articles()).extracting(a -> a.paragraphs().get(0))
        .containsExactly("Zoë Müller won the race in Köln.", "José Núñez opened the café in Málaga.");
    assertThat(onlyProblem(result).line()).isEqualTo(3);
    assertThat(onlyProblem(result).reason()).startsWith("invalid UTF-8 at byte 9 of the line");
  }

  @Test
  void read_fiftyMegabyteTextFile_truncatedAtTheLimitWithAWarningNamingTheLine() throws IOException {
    // Generated, never committed: 50 MB of short paragraphs, each line 100 bytes.
    String paragraph = "The regional council discussed the harbour budget once again on Monday, its members told "
        + "reporters.\n";
    assertThat(paragraph).hasSize(100);
    Path big = root.resolve("big.txt");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
      byte[] line = paragraph.getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 500_000; i++) {
        out.write(line);
      }
    }
    CorpusFixture.write(root, "small.txt", STORY);
    long start = System.nanoTime();

    CorpusFixture.Result result = CorpusFixture.read(new CorpusReader(1_000_050), root);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(result.articles()).extracting(Article::id).containsExactly("big", "small");
    // 1,000,050 bytes keep 10,000 whole lines and 50 bytes of line 10,001, cut in the middle of a word.
    assertThat(result.articles().get(0).paragraphs()).hasSize(10_001)
        .endsWith("The regional council discussed the harbour budget");
    assertThat(onlyProblem(result)).isEqualTo(new CorpusProblem("big.txt", 10_001,
        "file has 50000000 bytes, truncated to 1000050"));
    assertThat(result.scan()).extracting(CorpusScan::filesRead, CorpusScan::filesSkipped).containsExactly(2, 0);
  }

  @Test
  void read_jsonLinesFileOf200000LinesWithMalformedOnes_readsEveryGoodLineAndNamesEachBadOne() throws IOException {
    Random random = new Random(20240301);
    Set<Integer> bad = new TreeSet<>();
    while (bad.size() < 40) {
      bad.add(1 + random.nextInt(200_000));
    }
    Path feed = root.resolve("feed.jsonl");
    // Short stories keep the test fast: reading costs about the same per article whatever its length.
    try (Writer out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
      for (int line = 1; line <= 200_000; line++) {
        out.write(bad.contains(line) ? "{\"id\": \"n" + line + "\", \"text\": \"cut off"
            : "{\"id\": \"n" + line + "\", \"title\": \"Item\", \"text\": \"Shares rose " + line % 97 + "%.\"}");
        out.write('\n');
      }
    }
    // The size limit applies to each line of a JSON Lines file, so a feed larger than it is read to the end.
    long limit = 1_000_000;
    assertThat(Files.size(feed)).isGreaterThan(5 * limit);
    int[] count = {0};
    String[] last = {null};

    CorpusScan scan = new CorpusReader(limit).read(root, article -> {
      count[0]++;
      last[0] = article.id();
    });

    assertThat(count[0]).isEqualTo(200_000 - 40);
    assertThat(last[0]).isEqualTo(bad.contains(200_000) ? "n199999" : "n200000");
    assertThat(scan).extracting(CorpusScan::filesSeen, CorpusScan::filesRead, CorpusScan::filesSkipped,
        CorpusScan::articles).containsExactly(1, 1, 0, 200_000 - 40);
    assertThat(scan.problems()).extracting(CorpusProblem::line).containsExactlyElementsOf(bad);
    assertThat(scan.problems()).allSatisfy(problem -> {
      assertThat(problem.file()).isEqualTo("feed.jsonl");
      assertThat(problem.reason()).startsWith("bad JSON");
    });
  }

  @Test
  void read_jsonLinesLineLongerThanTheLimit_skipsOnlyThatLine() {
    CorpusFixture.write(root, "feed.jsonl", String.join("\n",
        "{\"id\": \"short\", \"text\": \"A short story.\"}",
        "{\"id\": \"long\", \"text\": \"" + "word ".repeat(40) + "\"}",
        "{\"id\": \"after\", \"text\": \"The story after the long one.\"}"));

    CorpusFixture.Result result = CorpusFixture.read(new CorpusReader(100), root);

    assertThat(result.articles()).extracting(Article::id).containsExactly("short", "after");
    assertThat(onlyProblem(result)).isEqualTo(new CorpusProblem("feed.jsonl", 2,
        "line has 226 bytes, more than 100; skipped"));
  }

  @Test
  void read_binaryFileRenamedJsonl_skippedWithOneProblemNotOnePerLine() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[10] = 0;
    CorpusFixture.write(root, "dump.jsonl", bytes);

    CorpusProblem problem = onlyProblem(CorpusFixture.read(root));

    assertThat(problem.file()).isEqualTo("dump.jsonl");
    assertThat(problem.reason()).startsWith("binary file");
  }

  @Test
  void read_emptyAndBlankJsonLinesFiles_skipWithWarnings() {
    CorpusFixture.write(root, "a.jsonl", "");
    CorpusFixture.write(root, "b.jsonl", "\n  \r\n\n");

    CorpusFixture.Result result = CorpusFixture.read(root);

    assertThat(result.scan().problems()).containsExactly(new CorpusProblem("a.jsonl", 0, "empty file"),
        new CorpusProblem("b.jsonl", 0, "empty file (whitespace only)"));
    assertThat(result.scan().filesSkipped()).isEqualTo(2);
  }

  @Test
  void read_duplicateIdsAcrossJsonLinesFiles_keepsTheFirstAndNamesBothPlaces() {
    CorpusFixture.write(root, "a.jsonl", "{\"id\": \"x-1\", \"text\": \"First.\"}\n"
        + "{\"id\": \"vote\", \"text\": \"The council voted for the plan.\"}\n");
    CorpusFixture.write(root, "b.jsonl", "{\"id\": \"x-2\", \"text\": \"Second.\"}\n\n"
        + "{\"id\": \"vote\", \"text\": \"The council voted against the plan.\"}\n");
    CorpusFixture.write(root, "c/vote.txt", "The council postponed the vote.\n");

    CorpusFixture.Result result = CorpusFixture.read(root);

    assertThat(result.articles()).extracting(Article::id).containsExactly("x-1", "vote", "x-2");
    assertThat(result.articles().get(1).paragraphs()).containsExactly("The council voted for the plan.");
    assertThat(result.scan().problems()).containsExactly(
        new CorpusProblem("b.jsonl", 3, "duplicate article id 'vote' (first read from a.jsonl:2), skipped"),
        new CorpusProblem("c/vote.txt", 0, "duplicate article id 'vote' (first read from a.jsonl:2), skipped"));
    assertThat(result.scan()).extracting(CorpusScan::filesRead, CorpusScan::filesSkipped, CorpusScan::articles)
        .containsExactly(2, 1, 3);
  }

  @Test
  void read_sinkThrows_endsTheScanWithItsExceptionInsteadOfReportingTheFile() {
    CorpusFixture.write(root, "a.txt", STORY);
    CorpusFixture.write(root, "b.jsonl", "{\"text\": \"A feed story.\"}\n");
    IllegalStateException stop = new IllegalStateException("index closed");

    assertThatThrownBy(() -> new CorpusReader().read(root, article -> {
      if (article.file().equals("b.jsonl")) {
        throw stop;
      }
    })).isSameAs(stop);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
