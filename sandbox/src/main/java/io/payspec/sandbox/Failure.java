package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A failure the sandbox answers with instead of serving a request, so that a shop can test how it
 * handles them. Inject one with {@link Sandbox#failNext(Failure)} (the next call),
 * {@link Sandbox#failAlways(Failure)} (every call until {@link Sandbox#clearFailures()}), the JUnit
 * extension's {@link SandboxFailure} annotation (one test), or the control endpoint
 * {@code POST /_payspec/failures} (any language, {@code ./payspec sandbox}).
 *
 * @param kind what happens
 * @param status the HTTP status sent ({@code 0} for {@link Kind#TIMEOUT}: nothing is sent)
 * @param retryAfter the {@code Retry-After} of {@link Kind#RATE_LIMITED}, or null
 * @param message the provider's message of {@link Kind#REJECTED}, or null
 * @param hold how long {@link Kind#TIMEOUT} holds the answer back, or null
 */
public record Failure(Kind kind, int status, Duration retryAfter, String message, Duration hold) {
  /** The kinds of injected failures. */
  public enum Kind {
    /** No answer until the hold is over (or the sandbox closes): the client's timeout fires. */
    TIMEOUT,
    /** HTTP 429 with a {@code Retry-After} header, in seconds. */
    RATE_LIMITED,
    /** A 5xx with a JSON body. */
    SERVER_ERROR,
    /** An HTML error page, as a proxy in front of the provider sends it. */
    HTML_PAGE,
    /** The provider refuses the request in its documented error shape, with a message. */
    REJECTED
  }

  /** Checks the values. */
  public Failure {
    Objects.requireNonNull(kind, "kind");
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
    }
  }

  /** No answer for a minute, or until the sandbox closes. */
  public static Failure timeout() {
    return timeout(Duration.ofMinutes(1));
  }

  /** No answer for this long, or until the sandbox closes. */
  public static Failure timeout(Duration hold) {
    return new Failure(Kind.TIMEOUT, 0, null, null, Objects.requireNonNull(hold, "hold"));
  }

  /** HTTP 429 {@code Retry-After: <seconds>}. */
  public static Failure rateLimited(Duration retryAfter) {
    return new Failure(Kind.RATE_LIMITED, 429, Objects.requireNonNull(retryAfter, "retryAfter"), null, null);
  }

  /** A 5xx status with a JSON body. */
  public static Failure serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("a server error is a 5xx status, was " + status);
    }
    return new Failure(Kind.SERVER_ERROR, status, null, null, null);
  }

  /** An HTML page with this status (a proxy's 502, a maintenance page). */
  public static Failure htmlPage(int status) {
    return new Failure(Kind.HTML_PAGE, status, null, null, null);
  }

  /** The provider rejects the request with this message, in its documented error shape and status. */
  public static Failure rejected(String message) {
    return new Failure(Kind.REJECTED, 0, null, Objects.requireNonNull(message, "message"), null);
  }

  /**
   * Reads a failure from the control endpoint's JSON: {@code {"kind": "rate_limited", "retry_after": 7}},
   * {@code {"kind": "server_error", "status": 503}}, {@code {"kind": "html_page", "status": 502}},
   * {@code {"kind": "rejected", "message": "..."}}, {@code {"kind": "timeout", "hold": 30}} (seconds).
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  static Failure fromJson(ObjectNode json) {
    String kind = json.path("kind").asText("");
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "timeout" -> timeout(Duration.ofSeconds(json.path("hold").asLong(60)));
      case "rate_limited" -> rateLimited(Duration.ofSeconds(json.path("retry_after").asLong(1)));
      case "server_error" -> serverError(json.path("status").asInt(503));
      case "html_page" -> htmlPage(json.path("status").asInt(502));
      case "rejected" -> rejected(json.path("message").asText("rejected by the sandbox"));
      default -> throw new IllegalArgumentException("kind must be one of timeout, rate_limited, server_error, "
          + "html_page, rejected, notification_twice, notification_late, notification_held; was '" + kind.substring(0, Math.min(kind.length(), 40)) + "'");
    };
  }

  /** The answer to a request for {@code operation}; null for {@link Kind#TIMEOUT}. */
  RawReply reply(Operation<?, ?> operation) {
    return switch (kind) {
      case TIMEOUT -> null;
      case RATE_LIMITED -> RawReply.json(429, JsonNodeFactory.instance.objectNode().put("detail", "Too Many Requests"),
          Map.of("Retry-After", Long.toString(retryAfter.toSeconds())));
      case SERVER_ERROR -> RawReply.json(status, JsonNodeFactory.instance.objectNode()
          .put("detail", "Service Unavailable (injected by the sandbox)"), Map.of());
      case HTML_PAGE -> new RawReply(status, "text/html; charset=utf-8",
          ("<html><head><title>" + status + " Error</title></head><body><center><h1>" + status
              + " Error</h1></center><hr><center>nginx</center></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Map.of());
      case REJECTED -> operation == null
          ? RawReply.json(400, JsonNodeFactory.instance.objectNode().put("detail", message), Map.of())
          : RawReply.of(ErrorReplies.invalid(operation, List.of(new Violation("", "rejected", message))));
    };
  }
}
