package org.newsdesk.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.nlp.Terms;

/**
 * Synonym groups from {@code config/synonyms.txt} (one comma-separated group per line, {@code #} comments): news
 * vocabulary and abbreviations WordNet lacks, editable without recompiling. A line {@code a, b => c, d} is one-way:
 * a question's {@code a} or {@code b} also finds {@code c} and {@code d}, but not the other way round ("who runs"
 * finds a chief executive; a question about a chief executive does not look for everything that runs).
 */
public final class Synonyms {

  private final Map<String, Set<String>> groups;

  private Synonyms(Map<String, Set<String>> groups) {
    this.groups = groups;
  }

  /** Returns no synonyms. */
  public static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /**
   * Reads synonym groups; single-word members only take part in term matching (multi-word members are split).
   *
   * @param file the synonyms file; a missing file means no synonyms
   * @return the synonyms
   */
  public static Synonyms read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return none();
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonyms from " + file, e);
    }
  }

  /** Parses synonym lines; see the class comment for the format. */
  public static Synonyms parse(List<String> lines) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (String line : lines) {
      String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      int arrow = content.indexOf("=>");
      if (arrow >= 0) {
        List<String> targets = members(content.substring(arrow + 2));
        for (String m : members(content.substring(0, arrow))) {
          Set<String> group = groups.computeIfAbsent(m, k -> new LinkedHashSet<>());
          targets.stream().filter(t -> !t.equals(m)).forEach(group::add);
        }
        continue;
      }
      List<String> members = members(content);
      for (String m : members) {
        Set<String> group = groups.computeIfAbsent(m, k -> new LinkedHashSet<>());
        for (String other : members) {
          if (!other.equals(m)) {
            group.add(other);
          }
        }
      }
    }
    return new Synonyms(groups);
  }

  /** The distinct terms of a comma-separated list; a several-word member gives each of its words. */
  private static List<String> members(String list) {
    List<String> members = new ArrayList<>();
    for (String member : list.split(",")) {
      String m = member.trim().toLowerCase(Locale.ROOT);
      if (!m.isEmpty()) {
        for (String word : m.split("\\s+")) {
          String term = Terms.normalize(word);
          if (term != null && !members.contains(term)) {
            members.add(term);
          }
        }
      }
    }
    return members;
  }

  /** Returns the configured synonyms of a term (empty when none). */
  public Set<String> of(String term) {
    return groups.getOrDefault(term, Set.of());
  }
}
