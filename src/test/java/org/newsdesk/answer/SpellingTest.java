package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(textBlock = """
      what,   what,  true
      wht,    what,  true
      whaat,  what,  true
      whet,   what,  true
      waht,   what,  true
      whta,   what,  true
      hwo,    how,   true
      wtah,   what,  false
      wa,     what,  false
      tahw,   what,  false
      strike, strkie, true
      strike, srtkie, false
      """)
  void withinOneEdit_countsADroppedAddedChangedOrSwappedLetterAsOneEdit(String a, String b, boolean expected) {
    assertThat(Spelling.withinOneEdit(a, b)).isEqualTo(expected);
    assertThat(Spelling.withinOneEdit(b, a)).isEqualTo(expected);
  }
}
