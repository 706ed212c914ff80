package org.newsdesk.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates whose answer is read one update at a time. TelegramBots reads the whole batch at once, so one update it
 * cannot parse would fail every poll at the same offset and the bot would never see another update; one without an
 * update id would end polling silently. Here such an update is skipped with a log line, and an empty update with its
 * id stands in for it so the next poll confirms it to Telegram.
 */
final class LenientGetUpdates extends GetUpdates {

  private static final Logger LOG = LoggerFactory.getLogger(LenientGetUpdates.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REASON_LENGTH = 200;

  /**
   * Creates the request.
   *
   * @param offset         the first update id wanted (one more than the last one received)
   * @param limit          most updates in one answer
   * @param timeout        seconds the Bot API may hold the request open
   * @param allowedUpdates the update types wanted
   */
  LenientGetUpdates(int offset, int limit, int timeout, List<String> allowedUpdates) {
    super(offset, limit, timeout, allowedUpdates);
  }

  /** Reads the updates in {@code answer}, skipping the ones that cannot be read; an error answer throws as usual. */
  @Override
  public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (JsonProcessingException e) {
      return super.deserializeResponse(answer);
    }
    JsonNode result = root == null ? null : root.get("result");
    if (result == null || !result.isArray() || !root.path("ok").asBoolean(false)) {
      return super.deserializeResponse(answer);
    }
    ArrayList<Update> updates = new ArrayList<>();
    for (JsonNode item : result) {
      JsonNode id = item.path("update_id");
      if (!id.canConvertToInt() || !id.isIntegralNumber()) {
        // Without an id it cannot be confirmed either; the next readable update's id confirms it.
        LOG.warn("an update without an update_id could not be read and is skipped");
        continue;
      }
      try {
        updates.add(super.deserializeResponse("{\"ok\":true,\"result\":[" + item + "]}").get(0));
      } catch (TelegramApiRequestException | RuntimeException e) {
        LOG.warn("update {} could not be read and is skipped: {}", id.asInt(), reason(e));
        Update placeholder = new Update();
        placeholder.setUpdateId(id.asInt());
        updates.add(placeholder);
      }
    }
    return updates;
  }

  /** Returns the first line of the innermost message, shortened: what the library could not make of the update. */
  private static String reason(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    String shown = root.getClass().getSimpleName() + ": " + message;
    return shown.length() > REASON_LENGTH ? shown.substring(0, REASON_LENGTH) + "…" : shown;
  }
}
