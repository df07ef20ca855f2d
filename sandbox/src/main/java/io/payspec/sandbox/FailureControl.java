package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.payspec.runtime.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The control endpoint {@value #PATH}, for injecting failures from any language or the command line:
 *
 * <ul>
 *   <li>{@code POST} {@code {"kind": "rate_limited", "retry_after": 7}}: the next call fails so
 *       ({@code "times": n} for the next n calls, {@code "always": true} until cleared);
 *   <li>{@code DELETE}: clears every injected failure.
 * </ul>
 *
 * The kinds and their fields are those of {@link Failure#fromJson} (calls) and
 * {@link NotificationFailure#fromJson} (notifications: {@code notification_twice},
 * {@code notification_late}, {@code notification_held}). Answers 204, or 400 naming the problem.
 */
final class FailureControl {
  static final String PATH = "/_payspec/failures";
  private static final int MAX_BODY_BYTES = 4096;
  private static final int MAX_TIMES = 100;

  private FailureControl() {}

  static RawReply answer(HttpExchange exchange, Failures failures, ObjectMapper mapper) throws IOException {
    switch (exchange.getRequestMethod()) {
      case "DELETE" -> {
        failures.clear();
        return new RawReply(204, "application/json", new byte[0], Map.of());
      }
      case "POST" -> {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        try {
          if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("the body must be at most " + MAX_BODY_BYTES + " bytes");
          }
          JsonNode json = Json.readTree(mapper, body);
          if (!(json instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the body must be a JSON object");
          }
          NotificationFailure notification = NotificationFailure.fromJson(object);
          Failure failure = notification == null ? Failure.fromJson(object) : null;
          if (object.path("always").asBoolean(false)) {
            if (notification != null) {
              failures.failNotificationsAlways(notification);
            } else {
              failures.failAlways(failure);
            }
          } else {
            int times = object.path("times").asInt(1);
            if (times < 1 || times > MAX_TIMES) {
              throw new IllegalArgumentException("times must be between 1 and " + MAX_TIMES);
            }
            for (int i = 0; i < times; i++) {
              if (notification != null) {
                failures.failNextNotification(notification);
              } else {
                failures.failNext(failure);
              }
            }
          }
          return new RawReply(204, "application/json", new byte[0], Map.of());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
          String reason = e instanceof IOException ? "the body is not valid JSON" : e.getMessage();
          return RawReply.json(400, JsonNodeFactory.instance.objectNode().put("detail", reason), Map.of());
        }
      }
      default -> {
        return RawReply.json(405, JsonNodeFactory.instance.objectNode().put("detail", "Method Not Allowed"),
            Map.of("Allow", "POST, DELETE"));
      }
    }
  }
}
