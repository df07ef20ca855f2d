package io.payspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.meta.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the provider's error messages out of a body, trying every documented {@link ErrorShape} in
 * order and keeping what each finds. A shape that does not match the body finds nothing.
 */
final class ProviderErrors {
  private ProviderErrors() {}

  static List<ProviderError> read(List<ErrorShape> shapes, Operation.EnvelopeInfo envelope, JsonNode body) {
    List<ProviderError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return errors;
    }
    for (ErrorShape shape : shapes) {
      switch (shape) {
        case FIELD_MESSAGES -> fieldMessages(body.get(envelope.resultField()), errors);
        case DETAIL -> detail(body.get("detail"), errors);
        case MESSAGE -> message(body.get("message"), errors);
        case ERROR_LIST -> errorList(body.get(envelope.errorsField()), errors);
      }
    }
    return errors;
  }

  /** {@code {"amount": "amount not passed."}}: one error per field; or a bare string. */
  private static void fieldMessages(JsonNode result, List<ProviderError> errors) {
    if (result == null) {
      return;
    }
    if (result.isTextual()) {
      errors.add(ProviderError.of(result.asText()));
    } else if (result.isObject()) {
      for (Map.Entry<String, JsonNode> entry : result.properties()) {
        String text = text(entry.getValue());
        if (text != null) {
          errors.add(new ProviderError(entry.getKey(), text, null));
        }
      }
    }
  }

  /** {@code "detail": "message"} or FastAPI's {@code "detail": [{"loc": [...], "msg", "type"}]}. */
  private static void detail(JsonNode detail, List<ProviderError> errors) {
    if (detail == null) {
      return;
    }
    if (detail.isTextual()) {
      errors.add(ProviderError.of(detail.asText()));
      return;
    }
    if (!detail.isArray()) {
      return;
    }
    for (JsonNode item : detail) {
      if (item.isObject()) {
        String message = text(item.get("msg"));
        if (message != null) {
          errors.add(new ProviderError(location(item.get("loc")), message, text(item.get("type"))));
        }
      } else if (text(item) != null) {
        errors.add(ProviderError.of(text(item)));
      }
    }
  }

  /** {@code "message": "Unauthenticated."}. */
  private static void message(JsonNode message, List<ProviderError> errors) {
    if (message != null && message.isTextual()) {
      errors.add(ProviderError.of(message.asText()));
    }
  }

  /** {@code "errors": ["`amount` field is required"]}; an object element gives its message or its JSON. */
  private static void errorList(JsonNode list, List<ProviderError> errors) {
    if (list == null || !list.isArray()) {
      return;
    }
    for (JsonNode item : list) {
      String text = item.isObject() ? objectText(item) : text(item);
      if (text != null) {
        errors.add(ProviderError.of(text));
      }
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
      if (!(index == 0 && element.isTextual() && element.asText().equals("body"))) {
        path.add(element.asText());
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
    return item.toString();
  }

  /** A scalar's text, an array's elements joined, an object's JSON; null for JSON null. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isArray()) {
      StringJoiner joined = new StringJoiner(", ");
      for (JsonNode element : node) {
        String text = text(element);
        if (text != null) {
          joined.add(text);
        }
      }
      return joined.length() == 0 ? null : joined.toString();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
