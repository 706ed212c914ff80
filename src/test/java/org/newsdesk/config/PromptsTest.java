package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

  @TempDir
  Path dir;

  private static String bundled(String name) throws IOException {
    try (InputStream in = PromptsTest.class.getResourceAsStream("/prompts/" + name + ".txt")) {
      assertThat(in).as("bundled prompt " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void get_fileOnDisk_winsOverTheBundledCopy() throws IOException {
    Files.writeString(dir.resolve("no-answer.txt"), "Nothing about that here.\n\n");

    assertThat(Prompts.from(dir).get("no-answer")).isEqualTo("Nothing about that here.");
  }

  @Test
  void get_fileMissingOnDisk_fallsBackToTheBundledCopy() throws IOException {
    assertThat(Prompts.from(dir).get("no-answer")).isEqualTo(bundled("no-answer").strip());
    assertThat(Prompts.from(null).get("no-answer")).isEqualTo(bundled("no-answer").strip());
  }

  @Test
  void get_placeholders_areFilledAndUnknownOnesKept() throws IOException {
    Files.writeString(dir.resolve("greeting.txt"), "Hello {name}, {count} new articles in {corpus}. {unset} $1 \\n");

    String text = Prompts.from(dir).get("greeting", "name", "A$h \\o/", "count", 3, "corpus", "news");

    assertThat(text).isEqualTo("Hello A$h \\o/, 3 new articles in news. {unset} $1 \\n");
  }

  @Test
  void get_bundledWelcome_fillsCorpusAndCount() {
    String welcome = Prompts.from(dir).get("welcome", "corpus", "corpus/", "count", 42);

    assertThat(welcome).contains("corpus/").contains("42").doesNotContain("{corpus}", "{count}");
  }

  @Test
  void get_unknownPrompt_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> Prompts.from(dir).get("no-such-prompt")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-prompt");
  }

  @Test
  void get_nameThatIsAPath_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> Prompts.from(dir).get("../config/newsdesk"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad prompt name");
  }

  @Test
  void get_oddNumberOfVariables_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> Prompts.from(dir).get("welcome", "corpus"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name/value pairs");
  }
}
