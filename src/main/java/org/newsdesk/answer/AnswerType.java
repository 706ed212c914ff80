package org.newsdesk.answer;

import java.util.Set;

/** What kind of answer a question expects, and which CoreNLP entity tags can supply it. */
public enum AnswerType {
  /** A person's name. */
  PERSON(Set.of("PERSON", "ORGANIZATION")),
  /** A company, union, agency or other organization. */
  ORGANIZATION(Set.of("ORGANIZATION", "LOCATION", "MISC", "PERSON")),
  /** A place. */
  LOCATION(Set.of("LOCATION", "ORGANIZATION", "MISC")),
  /** A date or time. */
  DATE(Set.of("DATE", "TIME")),
  /** A count or other quantity. */
  NUMBER(Set.of("NUMBER", "PERCENT", "MONEY")),
  /** An amount of money. */
  MONEY(Set.of("MONEY", "NUMBER")),
  /** A percentage. */
  PERCENT(Set.of("PERCENT", "NUMBER", "MONEY")),
  /** A length of time ("six weeks"). */
  DURATION(Set.of("NUMBER", "DATE", "DURATION")),
  /** A rank ("second"). */
  ORDINAL(Set.of("ORDINAL")),
  /** Any named thing for which/what questions whose class is not known: an entity or a noun phrase. */
  ENTITY(Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")),
  /** A descriptive answer: the best clause or sentence (why, how did X respond, what did X say). */
  DESCRIPTION(Set.of());

  private final Set<String> tags;

  AnswerType(Set<String> tags) {
    this.tags = tags;
  }

  /** Returns true when a mention with CoreNLP tag {@code nerTag} can answer this type. */
  public boolean accepts(String nerTag) {
    return tags.contains(nerTag);
  }

  /** Returns true when answers of this type are names, so noun phrases stand in where NER missed a name. */
  public boolean isNamed() {
    return this == PERSON || this == ORGANIZATION || this == LOCATION || this == ENTITY;
  }
}
