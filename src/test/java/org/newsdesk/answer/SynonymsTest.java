package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {

  @Test
  void parse_group_eachMemberHasTheOthers() {
    Synonyms synonyms = Synonyms.parse(List.of("strike, walkout, stoppage"));

    assertThat(synonyms.of("strike")).containsExactlyInAnyOrder("walkout", "stoppage");
    assertThat(synonyms.of("walkout")).containsExactlyInAnyOrder("strike", "stoppage");
    assertThat(synonyms.of("stoppage")).containsExactlyInAnyOrder("strike", "walkout");
  }

  @Test
  void parse_comments_areIgnored() {
    Synonyms synonyms = Synonyms.parse(List.of("# plant, factory", "deal, agreement # accord, pact", "", "   "));

    assertThat(synonyms.of("plant")).isEmpty();
    assertThat(synonyms.of("deal")).containsExactly("agreement");
    assertThat(synonyms.of("accord")).isEmpty();
  }

  @Test
  void parse_multiWordMember_isSplitIntoItsWords() {
    Synonyms synonyms = Synonyms.parse(List.of("CFO, Chief Financial Officer"));

    assertThat(synonyms.of("cfo")).containsExactlyInAnyOrder("chief", "financial", "officer");
    assertThat(synonyms.of("officer")).contains("cfo");
  }

  @Test
  void parse_wordInTwoGroups_gathersBoth() {
    Synonyms synonyms = Synonyms.parse(List.of("ceo, boss, head", "president, leader, head"));

    assertThat(synonyms.of("head")).containsExactlyInAnyOrder("ceo", "boss", "president", "leader");
    assertThat(synonyms.of("ceo")).doesNotContain("president");
  }

  @Test
  void parse_oneWayLine_expandsOnlyFromTheLeft() {
    Synonyms synonyms = Synonyms.parse(List.of("run, lead => chief executive, leader"));

    assertThat(synonyms.of("run")).containsExactlyInAnyOrder("chief", "executive", "leader");
    assertThat(synonyms.of("lead")).containsExactlyInAnyOrder("chief", "executive", "leader");
    assertThat(synonyms.of("executive")).isEmpty();
    assertThat(synonyms.of("leader")).isEmpty();
  }

  @Test
  void of_unknownTerm_isEmpty() {
    assertThat(Synonyms.parse(List.of("pay, wage")).of("bonus")).isEmpty();
    assertThat(Synonyms.none().of("pay")).isEmpty();
  }

  @Test
  void read_file_parsesItsLines(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("synonyms.txt"), "# news\nfine, penalty\n", StandardCharsets.UTF_8);

    assertThat(Synonyms.read(file).of("penalty")).containsExactly("fine");
  }

  @Test
  void read_missingFile_meansNoSynonyms(@TempDir Path dir) {
    assertThat(Synonyms.read(dir.resolve("absent.txt")).of("strike")).isEmpty();
    assertThat(Synonyms.read(null).of("strike")).isEmpty();
  }
}
