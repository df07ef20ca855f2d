package io.payspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.meta.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * Reads the provider's error messages out of a body, trying every documented {@link ErrorShape} in
 * order and keeping what each finds. A shape that does not match the body finds nothing.
 *
 * <p>Reading is bounded whatever the body holds: at most {@link #MAX_ERRORS} errors, each field,
 * message and type at most {@link #MAX_CHARS} characters, cut only after {@code clean} (the
 * redactor) has masked the whole text.
 */
final class ProviderErrors {
  /** The most errors read from one body. */
  static final int MAX_ERRORS = 20;
  /** The most characters of one error's field, message or type. */
  static final int MAX_CHARS = 300;

  private final List<ProviderError> errors = new ArrayList<>();
  private final UnaryOperator<String> clean;

  private ProviderErrors(UnaryOperator<String> clean) {
    this.clean = clean;
  }

  static List<ProviderError> read(List<ErrorShape> shapes, Operation.EnvelopeInfo envelope, JsonNode body) {
    return read(shapes, envelope, body, UnaryOperator.identity());
  }

  /** The errors of every shape, each text masked by {@code clean} and then bounded. */
  static List<ProviderError> read(
      List<ErrorShape> shapes, Operation.EnvelopeInfo envelope, JsonNode body, UnaryOperator<String> clean) {
    ProviderErrors reader = new ProviderErrors(clean);
    if (body == null || !body.isObject()) {
      return reader.errors;
    }
    for (ErrorShape shape : shapes) {
      switch (shape) {
        case FIELD_MESSAGES -> reader.fieldMessages(body.get(envelope.errorField()));
        case DETAIL -> reader.detail(body.get("detail"));
        case MESSAGE -> reader.message(body.get("message"));
        case ERROR_LIST -> reader.errorList(body.get(envelope.errorsField()));
        case ERROR_OBJECT -> reader.errorObject(body.get("error"));
      }
    }
    return List.copyOf(reader.errors);
  }

  /** Of the {@link #markerKeys}, those for which {@code true} means success ({@code "success": true}). */
  static final Set<String> SUCCESS_KEYS = Set.of("success");

  /**
   * The top-level keys that can mark a body as an error by themselves (see {@link #markedAsError}),
   * with the envelope's error flag: a plain success has each absent, {@code null}, {@code false} or
   * an empty array.
   */
  static Set<String> markerKeys(List<ErrorShape> shapes, Operation.EnvelopeInfo envelope) {
    Set<String> keys = new LinkedHashSet<>();
    for (ErrorShape shape : shapes) {
      switch (shape) {
        case ERROR_LIST -> keys.add(envelope.errorsField());
        case DETAIL -> keys.add("detail");
        case ERROR_OBJECT -> {
          keys.add("error");
          keys.add("success");
        }
        case MESSAGE, FIELD_MESSAGES -> { }
      }
    }
    if (envelope.kind() == EnvelopeKind.ERROR_FLAG) {
      keys.add(envelope.errorFlagField());
    }
    return keys;
  }

  /**
   * Every top-level key an error body of these shapes and this envelope uses: where
   * {@link #read} looks for messages, and the keys beside them ({@code "success"}, {@code "data"}
   * of an error object, the error flag). A success that has one of them also has a documented
   * field besides them, or it is an error.
   */
  static Set<String> errorKeys(List<ErrorShape> shapes, Operation.EnvelopeInfo envelope) {
    Set<String> keys = new LinkedHashSet<>(markerKeys(shapes, envelope));
    for (ErrorShape shape : shapes) {
      switch (shape) {
        case FIELD_MESSAGES -> keys.add(envelope.errorField());
        case MESSAGE -> keys.add("message");
        case ERROR_OBJECT -> keys.add("data");
        case ERROR_LIST, DETAIL -> { }
      }
    }
    if (envelope.kind() == EnvelopeKind.ERROR_FLAG) {
      keys.add(envelope.errorsField());
    }
    keys.remove("");
    return keys;
  }

  /**
   * Whether the body is marked as an error by a shape that can appear under HTTP 200 without any
   * envelope saying so: a non-empty error list, a {@code detail}, an error object, or (for
   * {@link ErrorShape#MESSAGE}) a {@code message} alone.
   */
  static boolean markedAsError(List<ErrorShape> shapes, Operation.EnvelopeInfo envelope, JsonNode body) {
    if (body == null || !body.isObject()) {
      return false;
    }
    for (ErrorShape shape : shapes) {
      boolean marked = switch (shape) {
        case ERROR_LIST -> body.path(envelope.errorsField()).isArray() && !body.path(envelope.errorsField()).isEmpty();
        case DETAIL -> body.hasNonNull("detail");
        case ERROR_OBJECT -> body.path("error").isObject()
            || (body.path("success").isBoolean() && !body.path("success").booleanValue());
        case MESSAGE, FIELD_MESSAGES -> false;
      };
      if (marked) {
        return true;
      }
    }
    return false;
  }

  private boolean full() {
    return errors.size() >= MAX_ERRORS;
  }

  private void add(String field, String message, String type) {
    if (message != null && !full()) {
      errors.add(new ProviderError(bound(field), bound(message), bound(type)));
    }
  }

  private String bound(String text) {
    if (text == null) {
      return null;
    }
    String masked = clean.apply(text);
    if (masked.length() <= MAX_CHARS) {
      return masked;
    }
    int end = Character.isHighSurrogate(masked.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return masked.substring(0, end) + "…";
  }

  /** {@code {"amount": "amount not passed."}}: one error per field; or a bare string. */
  private void fieldMessages(JsonNode result) {
    if (result == null) {
      return;
    }
    if (result.isTextual()) {
      add(null, result.asText(), null);
    } else if (result.isObject()) {
      for (Map.Entry<String, JsonNode> entry : result.properties()) {
        if (full()) {
          return;
        }
        add(entry.getKey(), text(entry.getValue()), null);
      }
    }
  }

  /** {@code "detail": "message"} or FastAPI's {@code "detail": [{"loc": [...], "msg", "type"}]}. */
  private void detail(JsonNode detail) {
    if (detail == null) {
      return;
    }
    if (detail.isTextual()) {
      add(null, detail.asText(), null);
      return;
    }
    if (!detail.isArray()) {
      return;
    }
    for (JsonNode item : detail) {
      if (full()) {
        return;
      }
      if (item.isObject()) {
        add(location(item.get("loc")), text(item.get("msg")), text(item.get("type")));
      } else {
        add(null, text(item), null);
      }
    }
  }

  /** {@code "message": "Unauthenticated."}. */
  private void message(JsonNode message) {
    if (message != null && message.isTextual()) {
      add(null, message.asText(), null);
    }
  }

  /** {@code "errors": ["`amount` field is required"]}; an object element gives its message or its JSON. */
  private void errorList(JsonNode list) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (JsonNode item : list) {
      if (full()) {
        return;
      }
      add(null, item.isObject() ? objectText(item) : text(item), null);
    }
  }

  /** {@code "error": {"type": "AUTH_ERROR", "details": "Invalid API key"}}, or {@code "error": "text"}. */
  private void errorObject(JsonNode error) {
    if (error == null) {
      return;
    }
    if (error.isTextual()) {
      add(null, error.asText(), null);
    } else if (error.isObject()) {
      String type = text(error.get("type"));
      String message = null;
      for (String key : List.of("details", "detail", "message", "msg")) {
        message = message == null ? text(error.get(key)) : message;
      }
      add(null, message != null ? message : type != null ? type : limitedJson(error), type);
    }
  }

  /** FastAPI's {@code loc}, {@code ["body", "amount"]}, as {@code amount}; null when empty. */
  private static String location(JsonNode loc) {
    if (loc == null || !loc.isArray()) {
      return null;
    }
    StringJoiner path = new StringJoiner(".");
    int index = 0;
    for (JsonNode element : loc) {
      if (index >= MAX_ERRORS) {
        path.add("…");
        break;
      }
      if (!(index == 0 && element.isTextual() && element.asText().equals("body"))) {
        path.add(element.isValueNode() ? element.asText() : "?");
      }
      index++;
    }
    return path.length() == 0 ? null : path.toString();
  }

  private static String objectText(JsonNode item) {
    for (String key : List.of("message", "msg", "text", "detail", "error")) {
      JsonNode value = item.get(key);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
    }
    return limitedJson(item);
  }

  /**
   * A scalar's text, an array's elements joined (at most {@link #MAX_ERRORS} of them), an object's
   * JSON (when it is small); null for JSON null.
   */
  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isArray()) {
      StringJoiner joined = new StringJoiner(", ");
      int count = 0;
      for (JsonNode element : node) {
        if (count++ >= MAX_ERRORS) {
          joined.add("…");
          break;
        }
        String text = element.isValueNode() ? text(element) : limitedJson(element);
        if (text != null) {
          joined.add(text);
        }
      }
      return joined.length() == 0 ? null : joined.toString();
    }
    return node.isValueNode() ? node.asText() : limitedJson(node);
  }

  /** The node's JSON when it has few elements, otherwise a placeholder; never a megabyte of text. */
  private static String limitedJson(JsonNode node) {
    return node.size() <= MAX_ERRORS && !hasLargeChild(node) ? node.toString() : "(" + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " of " + node.size() + " elements)";
  }

  private static boolean hasLargeChild(JsonNode node) {
    for (JsonNode child : node) {
      if (child.isContainerNode() && child.size() > 0) {
        return true;
      }
      if (child.isTextual() && child.textValue().length() > MAX_CHARS * 4) {
        return true;
      }
    }
    return false;
  }
}
