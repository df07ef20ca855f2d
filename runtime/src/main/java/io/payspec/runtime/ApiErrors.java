package io.payspec.runtime;

import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.NotFoundException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.RateLimitException;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.meta.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Decides which {@link ApiException} an answer is, and creates it. */
final class ApiErrors {
  private ApiErrors() {}

  /** The kinds of failed answers, with the words messages use for them. */
  enum Kind {
    AUTHENTICATION("authentication failed"),
    RATE_LIMIT("rate limited"),
    UNAVAILABLE("provider unavailable"),
    INVALID_REQUEST("invalid request"),
    NOT_FOUND("not found"),
    UNEXPECTED("unexpected response");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * Classifies a readable error answer; the first rule that matches wins: 401, 403 or an
   * authentication key or message; an error key or type the descriptor classes as rate limited,
   * unavailable or not found; 429; 5xx or a documented unavailable status; 404; any other 4xx, or a
   * 2xx carrying an error envelope; anything else is unexpected.
   */
  static Kind classify(int status, List<ProviderError> errors, Operation.ErrorInfo info, boolean errorEnvelope) {
    if (status == 401 || status == 403 || mentionsAuthentication(errors, info)) {
      return Kind.AUTHENTICATION;
    }
    if (hasKey(errors, info.rateLimitKeys())) {
      return Kind.RATE_LIMIT;
    }
    if (hasKey(errors, info.unavailableKeys())) {
      return Kind.UNAVAILABLE;
    }
    if (hasKey(errors, info.notFoundKeys())) {
      return Kind.NOT_FOUND;
    }
    Kind byStatus = byStatus(status, info);
    if (byStatus != null) {
      return byStatus;
    }
    if (status == 404) {
      return Kind.NOT_FOUND;
    }
    if (status / 100 == 4 || (status / 100 == 2 && errorEnvelope)) {
      return Kind.INVALID_REQUEST;
    }
    return Kind.UNEXPECTED;
  }

  /**
   * Classifies an answer whose body could not be read, from its status alone: 401 and 403, 429, 5xx
   * and documented unavailable statuses say what happened; anything else is unexpected.
   */
  static Kind classifyStatus(int status, Operation.ErrorInfo info) {
    if (status == 401 || status == 403) {
      return Kind.AUTHENTICATION;
    }
    Kind byStatus = byStatus(status, info);
    return byStatus == null ? Kind.UNEXPECTED : byStatus;
  }

  private static Kind byStatus(int status, Operation.ErrorInfo info) {
    if (status == 429) {
      return Kind.RATE_LIMIT;
    }
    if (status / 100 == 5 || info.unavailableStatuses().contains(status)) {
      return Kind.UNAVAILABLE;
    }
    return null;
  }

  /** Whether an error's field key or type is one of {@code keys} (ignoring case). */
  private static boolean hasKey(List<ProviderError> errors, List<String> keys) {
    if (keys.isEmpty()) {
      return false;
    }
    for (ProviderError error : errors) {
      if (keys.stream().anyMatch(key -> key.equalsIgnoreCase(error.field()) || key.equalsIgnoreCase(error.type()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsAuthentication(List<ProviderError> errors, Operation.ErrorInfo info) {
    for (ProviderError error : errors) {
      if (info.authenticationKeys().stream().anyMatch(key -> key.equalsIgnoreCase(error.field())
          || key.equalsIgnoreCase(error.type()))) {
        return true;
      }
      String message = error.message().toLowerCase(Locale.ROOT);
      if (info.authenticationMessages().stream()
          .anyMatch(known -> message.contains(known.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code amount: amount not passed.; shop_id: shop_id not passed.} */
  static String describe(List<ProviderError> errors) {
    return errors.stream()
        .map(error -> error.field() == null ? error.message() : error.field() + ": " + error.message())
        .collect(Collectors.joining("; "));
  }

  /** Creates the exception of a kind. */
  static ApiException create(
      Kind kind,
      String message,
      Operation<?, ?> operation,
      int status,
      String rawBody,
      List<ProviderError> errors,
      Duration retryAfter,
      Throwable cause) {
    String provider = operation.provider().name();
    String endpoint = operation.displayName();
    return switch (kind) {
      case AUTHENTICATION -> new AuthenticationException(message, provider, endpoint, status, rawBody, errors, cause);
      case RATE_LIMIT -> new RateLimitException(message, provider, endpoint, status, rawBody, errors, retryAfter, cause);
      case UNAVAILABLE -> new ProviderUnavailableException(message, provider, endpoint, status, rawBody, errors, cause);
      case INVALID_REQUEST -> new InvalidRequestException(message, provider, endpoint, status, rawBody, errors, cause);
      case NOT_FOUND -> new NotFoundException(message, provider, endpoint, status, rawBody, errors, cause);
      case UNEXPECTED -> new UnexpectedResponseException(message, provider, endpoint, status, rawBody, errors, cause);
    };
  }
}
