package org.newsdesk.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP clients the bot talks to the Bot API with: daemon threads, bounded waits, failures cleaned of the token
 * (it is part of every request URL), and error answers that are not the Bot API's JSON (an HTML page from a proxy in
 * front, say) turned into Bot API errors with the HTTP status as the error code. Then a call that fails without an
 * error code has had a successful HTTP answer, so it was carried out, which decides whether a message may be resent.
 */
final class BotHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final long LONGEST_ERROR_BODY = 64 * 1024;

  private BotHttp() {
  }

  /** Returns a client that waits up to {@code readTimeout} for an answer and keeps the token out of its failures. */
  static OkHttpClient client(Duration readTimeout, Redactor redactor) {
    // OkHttp's default dispatcher threads are not daemons and would hold the JVM for a minute after the last call.
    ExecutorService calls = Executors.newCachedThreadPool(ChatLanes.daemonThreads("newsdesk-telegram-http-"));
    return new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(calls))
        .connectTimeout(Duration.ofSeconds(15))
        .writeTimeout(Duration.ofSeconds(30))
        .readTimeout(readTimeout)
        .addInterceptor(chain -> {
          try {
            return asBotApiError(chain.proceed(chain.request()));
          } catch (IOException e) {
            throw redactor.cleanIo(e);
          }
        })
        .build();
  }

  /** Stops the client's threads and closes its idle connections. */
  static void release(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Returns {@code response}, or for an HTTP error without a Bot API error body, a Bot API error of its status. */
  static Response asBotApiError(Response response) throws IOException {
    if (response.isSuccessful() || isBotApiError(response.peekBody(LONGEST_ERROR_BODY).string())) {
      return response;
    }
    String description = ("HTTP " + response.code() + " " + response.message()).strip();
    String error = JSON.createObjectNode().put("ok", false).put("error_code", response.code())
        .put("description", description).toString();
    response.close();
    return response.newBuilder().body(ResponseBody.create(error, JSON_TYPE)).build();
  }

  private static boolean isBotApiError(String body) {
    try {
      JsonNode error = JSON.readTree(body);
      return error != null && error.path("error_code").isIntegralNumber();
    } catch (IOException e) {
      return false;
    }
  }
}
