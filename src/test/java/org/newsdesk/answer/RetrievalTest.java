package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrievalTest {

  @Test
  void retrieval_keywordsIterateInTheOrderTheyWereGiven() {
    Map<String, Double> idf = new LinkedHashMap<>();
    Map<String, Set<String>> expansions = new LinkedHashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    // Twenty keywords: an order kept by chance is a 1 in 20! event, so a per-run shuffle cannot pass unnoticed.
    for (int i = 0; i < 20; i++) {
      String kw = "keyword" + (char) ('a' + i);
      idf.put(kw, 1.0 + i);
      expansions.put(kw, Set.of(kw));
      unknown.add(kw);
    }

    Retrieval r = new Retrieval(List.of(), idf, expansions, unknown, unknown);

    assertThat(r.idf().keySet()).containsExactlyElementsOf(idf.keySet());
    assertThat(r.expansions().keySet()).containsExactlyElementsOf(idf.keySet());
    assertThat(r.unknown()).containsExactlyElementsOf(unknown);
    assertThat(r.fuzzy()).containsExactlyElementsOf(unknown);
  }
}
