package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir
  Path dir;

  private Settings fromFile(String properties) throws IOException {
    return Settings.load(Files.writeString(dir.resolve("newsdesk.properties"), properties), Map.of());
  }

  @Test
  void load_noFileNoEnvironment_hasTheBundledDefaults() throws IOException {
    Settings s = fromFile("");

    assertThat(s.integer("answer.evidence")).isEqualTo(5);
    assertThat(s.decimal("answer.threshold")).isEqualTo(0.20);
    assertThat(s.path("index.dir")).isEqualTo(Path.of("index"));
    assertThat(Settings.defaults().string("corpus.dir")).isEqualTo("corpus");
  }

  @Test
  void load_fileValue_overridesTheBundledDefault() throws IOException {
    assertThat(fromFile("answer.evidence = 3\n").integer("answer.evidence")).isEqualTo(3);
  }

  @Test
  void load_environmentVariable_overridesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("newsdesk.properties"), "answer.evidence=3\n");

    Settings s = Settings.load(file, Map.of("NEWSDESK_ANSWER_EVIDENCE", " 7 ", "NEWSDESK_INDEX_DIR", "elsewhere/idx"));

    assertThat(s.integer("answer.evidence")).isEqualTo(7);
    assertThat(s.string("index.dir")).isEqualTo("elsewhere/idx");
  }

  @Test
  void load_blankOrUnrelatedEnvironmentVariables_changeNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("newsdesk.properties"), "answer.evidence=3\n");

    Settings s = Settings.load(file, Map.of("NEWSDESK_ANSWER_EVIDENCE", "  ", "NEWSDESK_NOT_A_SETTING", "1"));

    assertThat(s.integer("answer.evidence")).isEqualTo(3);
    assertThat(s.optional("not.a.setting")).isNull();
  }

  @Test
  void load_missingConfigFile_throwsConfigExceptionNamingIt() {
    Path missing = dir.resolve("nope.properties");

    assertThatThrownBy(() -> Settings.load(missing, Map.of())).isInstanceOf(ConfigException.class)
        .hasMessage("setting config = '" + missing + "': no such file")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("config"));
  }

  @Test
  void envName_key_isPrefixedUpperCaseWithUnderscores() {
    assertThat(Settings.envName("index.dir")).isEqualTo("NEWSDESK_INDEX_DIR");
    assertThat(Settings.envName("telegram.rate-limit")).isEqualTo("NEWSDESK_TELEGRAM_RATE_LIMIT");
  }

  @Test
  void with_value_returnsACopyAndLeavesTheOriginalAlone() throws IOException {
    Settings original = fromFile("answer.evidence=3\n");

    Settings changed = original.with("answer.evidence", 4).with("new.key", Path.of("a", "b"));

    assertThat(changed.integer("answer.evidence")).isEqualTo(4);
    assertThat(changed.path("new.key")).isEqualTo(Path.of("a", "b"));
    assertThat(original.integer("answer.evidence")).isEqualTo(3);
    assertThat(original.optional("new.key")).isNull();
  }

  @Test
  void with_nullValue_leavesTheSettingUnchanged() throws IOException {
    Settings s = fromFile("answer.evidence=3\n");

    assertThat(s.with("answer.evidence", null)).isSameAs(s);
  }

  @Test
  void typedGetters_validValues_areParsed() throws IOException {
    Settings s = fromFile("""
        a.int = 42
        a.long = 8000000000
        a.decimal = 0.25
        a.yes = Yes
        a.off = off
        a.duration = PT10M
        a.list = one, two ,, three
        a.ids = -100123, 42
        a.blank =
        """);

    assertThat(s.integer("a.int")).isEqualTo(42);
    assertThat(s.longValue("a.long")).isEqualTo(8_000_000_000L);
    assertThat(s.decimal("a.decimal")).isEqualTo(0.25);
    assertThat(s.flag("a.yes")).isTrue();
    assertThat(s.flag("a.off")).isFalse();
    assertThat(s.duration("a.duration")).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.list("a.list")).containsExactly("one", "two", "three");
    assertThat(s.list("a.missing")).isEmpty();
    assertThat(s.longList("a.ids")).containsExactly(-100123L, 42L);
    assertThat(s.optional("a.blank")).isNull();
    assertThat(s.string("a.blank")).isEmpty();
  }

  @Test
  void typedGetters_badValues_throwConfigExceptionWithKeyValueAndReason() throws IOException {
    Settings s = fromFile("""
        answer.threshold = abc
        answer.evidence = five
        corpus.maxFileBytes = 1e6
        a.flag = maybe
        a.duration = 10 minutes
        a.ids = 1, two
        """);

    assertThatThrownBy(() -> s.decimal("answer.threshold")).isInstanceOf(ConfigException.class)
        .hasMessage("setting answer.threshold = 'abc': not a number");
    assertThatThrownBy(() -> s.integer("answer.evidence"))
        .hasMessage("setting answer.evidence = 'five': not a whole number");
    assertThatThrownBy(() -> s.longValue("corpus.maxFileBytes"))
        .hasMessage("setting corpus.maxFileBytes = '1e6': not a whole number");
    assertThatThrownBy(() -> s.flag("a.flag")).hasMessage("setting a.flag = 'maybe': expected true or false");
    assertThatThrownBy(() -> s.duration("a.duration"))
        .hasMessage("setting a.duration = '10 minutes': not an ISO-8601 duration such as PT10M");
    assertThatThrownBy(() -> s.longList("a.ids")).hasMessage("setting a.ids = 'two': not a whole number");
    assertThatThrownBy(() -> s.integer("answer.evidence")).isInstanceOfSatisfying(ConfigException.class, e -> {
      assertThat(e.key()).isEqualTo("answer.evidence");
      assertThat(e.value()).isEqualTo("five");
    });
  }

  @Test
  void string_missingKey_throwsConfigExceptionSayingWhereToAddIt() throws IOException {
    Settings s = fromFile("");

    assertThatThrownBy(() -> s.string("no.such.key")).isInstanceOfSatisfying(ConfigException.class, e -> {
      assertThat(e).hasMessage("setting no.such.key: missing; add it to config/newsdesk.properties");
      assertThat(e.value()).isNull();
    });
  }
}
