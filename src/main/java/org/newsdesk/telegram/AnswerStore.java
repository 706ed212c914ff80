package org.newsdesk.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.util.Optional;
import org.newsdesk.answer.Answer;

/**
 * Recent answers by an opaque short id, so their buttons can still show more sources, context and take votes;
 * bounded in size and age, after which the buttons report that the answer has expired.
 */
final class AnswerStore {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final SecureRandom random = new SecureRandom();
  private final Cache<String, Stored> answers;
  private final Cache<String, Boolean> votes;

  /** Creates a store sized and aged from {@code config}. */
  AnswerStore(BotConfig config) {
    this.answers = Caffeine.newBuilder()
        .maximumSize(config.answerCacheSize())
        .expireAfterWrite(config.answerCacheTtl())
        .build();
    this.votes = Caffeine.newBuilder()
        .maximumSize(config.answerCacheSize() * 4L)
        .expireAfterWrite(config.answerCacheTtl())
        .build();
  }

  /**
   * An answer as it was given in one chat.
   *
   * @param id     the opaque id in the buttons
   * @param chatId the chat it was given in; buttons pressed elsewhere are rejected
   * @param answer the answer
   */
  record Stored(String id, long chatId, Answer answer) {
  }

  /** Keeps {@code answer}, given in {@code chatId}, and returns its new id. */
  String put(long chatId, Answer answer) {
    String id = newId();
    answers.put(id, new Stored(id, chatId, answer));
    return id;
  }

  /** Returns the answer {@code id} if it is still kept and was given in {@code chatId}. */
  Optional<Stored> get(String id, long chatId) {
    Stored stored = answers.getIfPresent(id);
    return stored != null && stored.chatId() == chatId ? Optional.of(stored) : Optional.empty();
  }

  /** Records that {@code userId} voted on answer {@code id}; returns false when they had already voted. */
  boolean firstVote(String id, long userId) {
    return votes.asMap().putIfAbsent(id + "/" + userId, Boolean.TRUE) == null;
  }

  private String newId() {
    char[] id = new char[CallbackData.ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(id);
  }
}
