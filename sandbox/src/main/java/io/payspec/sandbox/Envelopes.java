package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.Operation;
import java.util.List;

/** Wraps payloads and errors in an operation's documented envelope, with its field names. */
final class Envelopes {
  /** The value of the status field of a failed {@code STATUS_AND_RESULT} answer (CryptoCloud v2). */
  static final String ERROR_STATUS = "error";

  private Envelopes() {}

  /**
   * A success: the payload itself ({@code FLAT}); {@code {"status": "success", "result": payload}};
   * or {@code {"error": false, "errors": [], ...payload}}.
   */
  static ObjectNode success(Operation.EnvelopeInfo envelope, ObjectNode payload) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    switch (envelope.kind()) {
      case FLAT -> {
        return payload;
      }
      case STATUS_AND_RESULT -> {
        body.put(envelope.statusField(), envelope.successValue());
        body.set(envelope.resultField(), payload);
      }
      case ERROR_FLAG -> {
        body.put(envelope.errorFlagField(), false);
        body.putArray(envelope.errorsField());
        body.setAll(payload);
      }
    }
    return body;
  }

  /** {@code {"status": "error", "result": {field: message, ...}}}, under the envelope's error field. */
  static ObjectNode fieldMessages(Operation.EnvelopeInfo envelope, ObjectNode messages) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put(envelope.statusField(), ERROR_STATUS);
    body.set(envelope.errorField(), messages);
    return body;
  }

  /** {@code {"error": true, "errors": [message, ...]}}. */
  static ObjectNode errorList(Operation.EnvelopeInfo envelope, List<String> messages) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put(envelope.errorFlagField(), true);
    ArrayNode errors = body.putArray(envelope.errorsField());
    messages.forEach(errors::add);
    return body;
  }

  /** The operation's envelope; a flat one when it declares none. */
  static Operation.EnvelopeInfo of(Operation<?, ?> operation) {
    return operation.envelope() == null ? Operation.EnvelopeInfo.flat() : operation.envelope();
  }
}
