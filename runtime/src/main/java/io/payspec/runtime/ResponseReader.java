package io.payspec.runtime;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ResponseShape;
import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.http.ResponseTooLargeException;
import io.payspec.runtime.http.TransportResponse;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Turns an HTTP answer into the operation's response type, or into the {@link ApiException} that says
 * why it is not one. A plain success (UTF-8, 2xx) is bound in one pass from its bytes by
 * {@link PlainSuccessReader}; any other body is read as a JSON tree: the documented envelope is
 * unwrapped and the payload decoded, or the provider's errors are read and classified.
 */
final class ResponseReader {
  private static final Operation.ErrorInfo NO_ERROR_INFO =
      new Operation.ErrorInfo(List.of(), List.of(), List.of(), List.of());

  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final Clock clock;
  private final PlainSuccessReader plain;

  ResponseReader(ObjectMapper mapper, Redactor redactor, Clock clock) {
    // Drift in a number field never fails a success: it reads as empty (see Json.forResponses).
    this.mapper = Json.forResponses(mapper);
    this.redactor = redactor;
    this.clock = clock;
    this.plain = new PlainSuccessReader(this.mapper);
  }

  /**
   * The decoded response.
   *
   * @throws ApiException when the answer is not a documented success
   */
  <R> R read(Operation<?, R> operation, TransportResponse response) {
    try {
      return readUnchecked(operation, response);
    } catch (ApiException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever a body does to the reading code, the caller sees a PayspecException.
      throw unexpected(operation, response, "the body could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private <R> R readUnchecked(Operation<?, R> operation, TransportResponse response) {
    Operation.EnvelopeInfo envelope = envelope(operation);
    String contentType = response.header("Content-Type").orElse(null);
    // A charset is a parameter after ';': without one the body is UTF-8, with no parsing.
    boolean utf8 = contentType == null || contentType.indexOf(';') < 0
        || BodyText.charset(contentType).equals(StandardCharsets.UTF_8);
    if (utf8 && response.status() / 100 == 2) {
      // One pass for a plain success; anything else is read again below, as a tree, and classified.
      R success = plain.read(operation, envelope, errorInfo(operation), response.body());
      if (success != null) {
        return success;
      }
    }
    String text = text(response);
    JsonNode body;
    try {
      // UTF-8 bodies are parsed from their bytes, so that error positions count bytes as sent.
      body = utf8
          ? Json.readTree(mapper, response.body())
          : Json.readTree(mapper, text);
    } catch (IOException e) {
      throw unreadable(operation, response, text, e);
    }
    if (body == null || body.isMissingNode()) {
      throw unreadable(operation, response, text, null);
    }
    boolean success = response.status() / 100 == 2
        && (!ProviderErrors.markedAsError(errorInfo(operation).shapes(), envelope, body)
            || documentedBesidesErrorKeys(operation, envelope, body));
    if (success) {
      switch (envelope.kind()) {
        case FLAT -> {
          if (documented(operation, body)) {
            return decode(operation, response, body, "");
          }
        }
        case STATUS_AND_RESULT -> {
          JsonNode status = body.get(envelope.statusField());
          if (status != null && status.isValueNode() && envelope.successValue().equals(status.asText())) {
            JsonNode payload = envelope.resultField().isEmpty() ? body : body.get(envelope.resultField());
            if (documented(operation, payload)) {
              return decode(operation, response, payload, envelope.resultField());
            }
          }
        }
        case ERROR_FLAG -> {
          if (!isSet(body.get(envelope.errorFlagField())) && documented(operation, body)) {
            return decode(operation, response, body, "");
          }
        }
      }
    }
    throw failed(operation, response, body, envelope);
  }

  /**
   * Whether a payload carries at least one property of the documented response: an empty or
   * shape-less object ({@code {}}, {@code {"detail": "..."}}) under HTTP 200 is not a success. A
   * payload that is not an object is left to {@link #decode}, which says so.
   */
  private static boolean documented(Operation<?, ?> operation, JsonNode payload) {
    if (payload == null || !payload.isObject() || operation.responseShape() != ResponseShape.OBJECT) {
      return true;
    }
    JsonPropertyOrder order = operation.responseType().getAnnotation(JsonPropertyOrder.class);
    if (order == null || order.value().length == 0) {
      return true;
    }
    for (String property : order.value()) {
      if (payload.has(property)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a flat success that looks like an error ({@code "detail"} next to the payload, as NordPay's
   * withdrawal confirmation answers) carries a documented field of the response besides the keys that
   * mark errors: then the marking key is part of the documented success, not an error.
   */
  private static boolean documentedBesidesErrorKeys(Operation<?, ?> operation, Operation.EnvelopeInfo envelope,
      JsonNode body) {
    if (envelope.kind() != EnvelopeKind.FLAT || !body.isObject() || operation.responseShape() != ResponseShape.OBJECT) {
      return false;
    }
    JsonPropertyOrder order = operation.responseType().getAnnotation(JsonPropertyOrder.class);
    if (order == null) {
      return false;
    }
    java.util.Set<String> errorKeys = ProviderErrors.errorKeys(errorInfo(operation).shapes(), envelope);
    for (String property : order.value()) {
      if (!errorKeys.contains(property) && body.has(property)) {
        return true;
      }
    }
    return false;
  }

  /** The exception for a body a transport refused for its size; classified by status alone. */
  ApiException tooLarge(Operation<?, ?> operation, ResponseTooLargeException refused) {
    ApiErrors.Kind kind = ApiErrors.classifyStatus(refused.status(), errorInfo(operation));
    return ApiErrors.create(kind, operation.displayName() + ": " + refused.getMessage(), operation,
        refused.status(), "", List.of(), null, refused);
  }

  private <R> R decode(Operation<?, R> operation, TransportResponse response, JsonNode payload, String path) {
    ResponseShape shape = operation.responseShape();
    boolean emptyArrayAsMap = shape == ResponseShape.MAP && payload != null && payload.isArray() && payload.isEmpty();
    boolean laidOut = payload != null && (shape == ResponseShape.LIST ? payload.isArray() : payload.isObject());
    if (!laidOut && !emptyArrayAsMap) {
      String where = path.isEmpty() ? "the body" : "\"" + path + "\"";
      String expected = shape == ResponseShape.LIST ? "a JSON array" : "a JSON object";
      throw unexpected(operation, response, where + " is not " + expected + ": " + snippet(response), null);
    }
    try {
      return mapper.treeToValue(emptyArrayAsMap ? mapper.createObjectNode() : payload, payloadType(operation));
    } catch (JsonProcessingException | RuntimeException e) {
      String at = e instanceof JsonMappingException mapping ? Json.wirePath(path, mapping.getPath()) : path;
      throw unexpected(operation, response, (at.isEmpty() ? "" : at + ": ") + reason(e), e);
    }
  }

  /** The Jackson type of the payload: the response class, a list of it or a map of names to it. */
  private JavaType payloadType(Operation<?, ?> operation) {
    TypeFactory types = mapper.getTypeFactory();
    return switch (operation.responseShape()) {
      case OBJECT -> types.constructType(operation.responseType());
      case LIST -> types.constructCollectionType(List.class, operation.responseType());
      case MAP -> types.constructMapType(LinkedHashMap.class, String.class, operation.responseType());
    };
  }

  private ApiException failed(
      Operation<?, ?> operation, TransportResponse response, JsonNode body, Operation.EnvelopeInfo envelope) {
    int status = response.status();
    Operation.ErrorInfo info = errorInfo(operation);
    List<ProviderError> errors = ProviderErrors.read(info.shapes(), envelope, body, redactor::redact);
    boolean marked = ProviderErrors.markedAsError(info.shapes(), envelope, body)
        || envelope.kind() == EnvelopeKind.ERROR_FLAG
        || (envelope.kind() == EnvelopeKind.STATUS_AND_RESULT && isPresent(body.get(envelope.statusField())));
    boolean errorEnvelope = marked || !errors.isEmpty();
    ApiErrors.Kind kind = ApiErrors.classify(status, errors, info, errorEnvelope);
    String detail;
    if (!errors.isEmpty()) {
      detail = ApiErrors.describe(errors);
    } else if (status / 100 == 2 && !errorEnvelope && envelope.kind() == EnvelopeKind.STATUS_AND_RESULT
        && !envelope.successValue().equals(body.path(envelope.statusField()).asText())) {
      detail = "no \"" + envelope.statusField() + "\": \"" + envelope.successValue() + "\" in the body: "
          + snippet(response);
    } else if (status / 100 == 2 && !errorEnvelope) {
      detail = "no field of the documented response in the body: " + snippet(response);
    } else {
      detail = snippet(response);
    }
    Duration retryAfter = retryAfter(kind, response);
    String message = operation.displayName() + ": HTTP " + status + " " + kind.label + ": " + detail
        + (retryAfter == null ? "" : " (retry after " + retryAfter + ")");
    return ApiErrors.create(kind, message, operation, status, rawBody(response), errors, retryAfter, null);
  }

  /** An empty or non-JSON body: classified by status alone, described with a snippet. */
  private ApiException unreadable(
      Operation<?, ?> operation, TransportResponse response, String body, IOException error) {
    int status = response.status();
    ApiErrors.Kind kind = ApiErrors.classifyStatus(status, errorInfo(operation));
    String text = redactor.redact(body);
    String problem;
    if (text.isBlank()) {
      problem = "empty body";
    } else {
      String trimmed = text.strip();
      String why = "";
      if (error != null && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
        why = error instanceof JsonEOFException ? ", truncated JSON"
            : error instanceof StreamConstraintsException ? ", JSON beyond the reading limits"
            : ", invalid JSON" + location(error);
      }
      // A header is the server's text like the body: masked before it is cut.
      String type = BodyText.mediaType(redactor.redact(response.header("Content-Type").orElse(null)));
      problem = "unexpected body (" + type + why + "): " + BodyText.snippet(text);
    }
    Duration retryAfter = retryAfter(kind, response);
    String message = operation.displayName() + ": HTTP " + status + " " + problem
        + (retryAfter == null ? "" : " (retry after " + retryAfter + ")");
    return ApiErrors.create(kind, message, operation, status, text, List.of(), retryAfter,
        redactor.detached(error));
  }

  private ApiException unexpected(
      Operation<?, ?> operation, TransportResponse response, String detail, Throwable cause) {
    String message = operation.displayName() + ": HTTP " + response.status() + " "
        + ApiErrors.Kind.UNEXPECTED.label + ": " + firstLine(redactor.redact(detail));
    return ApiErrors.create(ApiErrors.Kind.UNEXPECTED, message, operation, response.status(),
        rawBody(response), List.of(), null, redactor.detached(cause));
  }

  private Duration retryAfter(ApiErrors.Kind kind, TransportResponse response) {
    return kind == ApiErrors.Kind.RATE_LIMIT
        ? RetryAfter.parse(response.header("Retry-After").orElse(null), clock)
        : null;
  }

  private String rawBody(TransportResponse response) {
    return redactor.redact(text(response));
  }

  /** The body as text in its declared charset: what a reader of the exception would see. */
  private static String text(TransportResponse response) {
    return BodyText.decode(response.body(), response.header("Content-Type").orElse(null));
  }

  private String snippet(TransportResponse response) {
    return BodyText.snippet(rawBody(response));
  }

  private static Operation.EnvelopeInfo envelope(Operation<?, ?> operation) {
    return operation.envelope() == null ? Operation.EnvelopeInfo.flat() : operation.envelope();
  }

  private static Operation.ErrorInfo errorInfo(Operation<?, ?> operation) {
    return operation.errors() == null ? NO_ERROR_INFO : operation.errors();
  }

  /** An error flag: {@code true}, {@code "true"} or a non-zero number; absent or null is not set. */
  private static boolean isSet(JsonNode flag) {
    if (flag == null || flag.isNull()) {
      return false;
    }
    if (flag.isNumber()) {
      return flag.isIntegralNumber() ? flag.bigIntegerValue().signum() != 0 : flag.decimalValue().signum() != 0;
    }
    return flag.isBoolean() ? flag.booleanValue() : !flag.asText().equalsIgnoreCase("false");
  }

  private static boolean isPresent(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String reason(Exception error) {
    if (error instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null
        && instantiation.getCause().getMessage() != null) {
      return instantiation.getCause().getMessage();
    }
    if (error instanceof JsonProcessingException processing) {
      return processing.getOriginalMessage();
    }
    return String.valueOf(error.getMessage());
  }

  private static String location(IOException error) {
    if (error instanceof JsonProcessingException processing && processing.getLocation() != null) {
      JsonLocation location = processing.getLocation();
      return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
    return "";
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip();
    int newline = line.indexOf('\n');
    return BodyText.snippet(newline >= 0 ? line.substring(0, newline) : line);
  }
}
