package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers a rejected request (broken rules, malformed JSON, wrong JSON types) in the error shape its
 * operation documents, read from {@link Operation#errors()} and {@link Operation#envelope()}; the first
 * that applies wins:
 *
 * <ul>
 *   <li>an {@code ERROR_FLAG} envelope: HTTP 200 {@code {"error": true, "errors": ["`amount` is required", ...]}};
 *   <li>{@code FIELD_MESSAGES}: HTTP 400 {@code {"status": "error", "result": {"amount": "amount is required"}}},
 *       a problem of the whole body under {@code validate_error};
 *   <li>{@code DETAIL}: HTTP 422 {@code {"detail": [{"loc": ["body", "amount"], "msg": "...", "type": "value_error"}]}};
 *   <li>{@code ERROR_LIST}: as for the {@code ERROR_FLAG} envelope;
 *   <li>{@code MESSAGE}, or nothing documented: HTTP 400 {@code {"message": "amount is required; ..."}}.
 * </ul>
 * </ul>
 */
final class ErrorReplies {
  /** The rule of a {@link Violation} for a body that is not a JSON object. */
  static final String MALFORMED = "json";
  /** The rule of a {@link Violation} for a value of the wrong JSON type or format. */
  static final String WRONG_TYPE = "type";
  /** The key CryptoCloud v2 uses for a problem not tied to one field. */
  static final String BODY_KEY = "validate_error";

  private ErrorReplies() {}

  /** The answer to a request with these violations. */
  static Reply invalid(Operation<?, ?> operation, List<Violation> violations) {
    Operation.EnvelopeInfo envelope = Envelopes.of(operation);
    return switch (shape(operation)) {
      case ERROR_LIST -> Reply.json(200, Envelopes.errorList(envelope, violations.stream()
          .map(v -> v.path().isEmpty() ? v.message() : "`" + v.path() + "` " + v.message())
          .toList()));
      case FIELD_MESSAGES -> Reply.json(400, Envelopes.fieldMessages(envelope, fieldMessages(violations)));
      case DETAIL -> Reply.json(422, detail(violations));
      case MESSAGE -> Reply.json(400, JsonNodeFactory.instance.objectNode().put("message",
          violations.stream().map(ErrorReplies::sentence).collect(Collectors.joining("; "))));
      case ERROR_OBJECT -> Reply.json(200, errorObject("VALIDATION_ERROR",
          violations.stream().map(ErrorReplies::sentence).collect(Collectors.joining("; "))));
    };
  }

  /** {@code {"success": false, "data": null, "error": {"type": ..., "details": ...}}}. */
  static ObjectNode errorObject(String type, String details) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("success", false).putNull("data");
    body.putObject("error").put("type", type).put("details", details);
    return body;
  }

  /** The shape used for violations of this operation. */
  static ErrorShape shape(Operation<?, ?> operation) {
    List<ErrorShape> shapes = operation.errors() == null ? List.of() : operation.errors().shapes();
    if (Envelopes.of(operation).kind() == EnvelopeKind.ERROR_FLAG) {
      return ErrorShape.ERROR_LIST;
    }
    for (ErrorShape preferred : List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL, ErrorShape.ERROR_LIST)) {
      if (shapes.contains(preferred)) {
        return preferred;
      }
    }
    return ErrorShape.MESSAGE;
  }

  private static ObjectNode fieldMessages(List<Violation> violations) {
    ObjectNode messages = JsonNodeFactory.instance.objectNode();
    for (Violation violation : violations) {
      String key = violation.path().isEmpty() ? BODY_KEY : violation.path();
      String earlier = messages.path(key).asText("");
      messages.put(key, earlier.isEmpty() ? sentence(violation) : earlier + "; " + sentence(violation));
    }
    return messages;
  }

  private static ObjectNode detail(List<Violation> violations) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode detail = body.putArray("detail");
    for (Violation violation : violations) {
      ObjectNode item = detail.addObject();
      ArrayNode loc = item.putArray("loc").add("body");
      if (!violation.path().isEmpty() && !violation.path().contains("|")) {
        for (String part : violation.path().split("\\.")) {
          addPart(loc, part);
        }
      }
      item.put("msg", violation.message());
      item.put("type", switch (violation.rule()) {
        case MALFORMED -> "json_invalid";
        case WRONG_TYPE -> "type_error";
        default -> "value_error";
      });
    }
    return body;
  }

  /** {@code allowed_currencies[1]} is two parts of a location: the name and the index. */
  private static void addPart(ArrayNode loc, String part) {
    int bracket = part.indexOf('[');
    if (bracket < 0 || !part.endsWith("]")) {
      loc.add(part);
      return;
    }
    loc.add(part.substring(0, bracket));
    for (String index : part.substring(bracket + 1, part.length() - 1).split("\\]\\[")) {
      loc.add(Integer.parseInt(index));
    }
  }

  private static String sentence(Violation violation) {
    return violation.path().isEmpty() ? violation.message() : violation.path() + " " + violation.message();
  }
}
