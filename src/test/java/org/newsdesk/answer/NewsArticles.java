package org.newsdesk.answer;

import static org.newsdesk.index.IndexFixture.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.corpus.Article;

/** Hand-written news articles, in the style of the seed corpus, whose facts the answer tests ask about. */
final class NewsArticles {

  /** A strike with counts, money, a range, a percentage, a person and an acronym. */
  static final Article STRIKE = article("halvorsen-strike", "Halvorsen Motors strike enters fourth week",
      LocalDate.of(2024, 5, 2),
      "The Northern Auto Union (NAU) said 15,000 workers at Halvorsen Motors walked off the job on April 8.",
      "The strike has cost Halvorsen more than $1 billion in lost production, analysts estimated.",
      "Union leader Marta Oyelaran said the key issue was pension protection.",
      "Halvorsen reported net income of $412 million for the first quarter.",
      "The company expects full-year revenue of $3.1 billion to $3.3 billion.",
      "Nearly 40% of the company's cars are built in Mexico.");
  /** A second report that repeats the strike's head count and names the union by its initials alone. */
  static final Article TALKS = article("halvorsen-talks", "Halvorsen and union resume talks",
      LocalDate.of(2024, 5, 6),
      "Talks between Halvorsen Motors and the Northern Auto Union resumed on Monday.",
      "The walkout by 15,000 Halvorsen workers has shut three plants.",
      "NAU negotiator Priya Raman said the two sides were still far apart.");
  /** An approximate count. */
  static final Article FERRY = article("ferry-strike", "Ferry strike strands travellers", LocalDate.of(2024, 4, 12),
      "The ferry strike left about 2,300 passengers stranded in Dover on Friday.",
      "The operator said services would resume on Sunday.");
  /** Two cities named as a list. */
  static final Article TRADE = article("trade-talks", "African trade talks to move", LocalDate.of(2024, 3, 1),
      "The trade talks will be held in Kigali and Abuja next month, the organisers said.",
      "Delegates from 40 countries are expected to attend.");
  /** A bridge story that never says who designed the bridge. */
  static final Article BRIDGE = article("tarrow-bridge", "New Tarrow bridge opens", LocalDate.of(2024, 2, 12),
      "The new Tarrow bridge opened to traffic after three years of construction.",
      "Drivers crossed the bridge in light rain, and cyclists will get their own lane next spring.");

  /** A storm near a town whose name, typed in lower case, looks like a plural ("hastings"). */
  static final Article CYCLONE = article("cyclone-nadia", "Cyclone Nadia floods coastal towns",
      LocalDate.of(2024, 1, 23),
      "Cyclone Nadia flooded about 1,400 homes near Hastings on Tuesday.",
      "Emergency crews evacuated two nursing homes.");

  /** Results that tie each figure to its year, one of them said relative to the article's date ("last year"). */
  static final Article PORTS = article("dunmore-results", "Dunmore Ports profit rises", LocalDate.of(2024, 3, 14),
      "Dunmore Ports reported a pre-tax profit of £84m last year, up 12% on 2022.",
      "The harbour operator handled 31 million tonnes of cargo.");

  /** A chain whose name, typed in lower case, loses its "s" to the lemmatizer and becomes its founder's name. */
  static final Article STORES = article("brookes-closures", "Brookes to close stores", LocalDate.of(2025, 7, 29),
      "The department store chain Brookes will close 12 of its 40 stores, the company said on Tuesday.",
      "Shares in Brookes fell 4% after the announcement.",
      "The closures leave Brookes with 28 stores.",
      "Unions said Brookes had not consulted them.",
      "The chain was founded by Edwin Brooke in 1881.");

  private NewsArticles() {
  }

  /** Returns the hand-written articles followed by the three seed articles. */
  static List<Article> withSeeds() {
    List<Article> all = new ArrayList<>(List.of(STRIKE, TALKS, FERRY, TRADE, BRIDGE, CYCLONE, PORTS, STORES));
    all.addAll(Desk.seeds());
    return all;
  }
}
