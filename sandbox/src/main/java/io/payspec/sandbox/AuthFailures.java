package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.meta.Operation;
import java.util.List;

/**
 * Answers a request with wrong or missing credentials as its provider documents, derived from the
 * operation's error description; the first rule that applies wins:
 *
 * <ul>
 *   <li>an {@code ERROR_FLAG} envelope: HTTP 200 {@code {"error": true, "errors": ["Invalid auth credentials"]}}
 *       (CrystalPay; the message is the operation's first authentication message);
 *   <li>authentication keys and {@code FIELD_MESSAGES}: HTTP 401
 *       {@code {"status": "error", "result": {"authorization": "Unauthorized request."}}} (CryptoCloud v2);
 *   <li>{@code MESSAGE}: HTTP 401 {@code {"message": "Unauthenticated."}} (CryptoCloud v1; the message is
 *       the operation's first authentication message);
 *   <li>otherwise HTTP 401 {@code {"detail": "Invalid API key"}} (NordPay).
 * </ul>
 */
final class AuthFailures {
  /** CryptoCloud v2's documented message under the {@code authorization} key. */
  static final String UNAUTHORIZED_REQUEST = "Unauthorized request.";
  /** CryptoCloud v1's documented body message; also the fallback of the {@code MESSAGE} shape. */
  static final String UNAUTHENTICATED = "Unauthenticated.";
  /** CrystalPay's documented message; also the fallback of the error list. */
  static final String INVALID_AUTH_CREDENTIALS = "Invalid auth credentials";
  /**
   * NordPay documents no body for refused credentials: this FastAPI-style {@code detail} is the
   * sandbox's own choice, in the shape of its other errors.
   */
  static final String INVALID_API_KEY = "Invalid API key";

  private AuthFailures() {}

  /** The answer to a request whose credentials were refused. */
  static Reply refused(Operation<?, ?> operation) {
    Operation.EnvelopeInfo envelope = Envelopes.of(operation);
    List<ErrorShape> shapes = operation.errors() == null ? List.of() : operation.errors().shapes();
    List<String> keys = operation.errors() == null ? List.of() : operation.errors().authenticationKeys();
    List<String> messages = operation.errors() == null ? List.of() : operation.errors().authenticationMessages();
    if (envelope.kind() == EnvelopeKind.ERROR_FLAG) {
      return Reply.json(200, Envelopes.errorList(envelope, List.of(first(messages, INVALID_AUTH_CREDENTIALS))));
    }
    if (!keys.isEmpty() && shapes.contains(ErrorShape.FIELD_MESSAGES)) {
      ObjectNode result = JsonNodeFactory.instance.objectNode().put(keys.get(0), UNAUTHORIZED_REQUEST);
      return Reply.json(401, Envelopes.fieldMessages(envelope, result));
    }
    if (shapes.contains(ErrorShape.MESSAGE)) {
      return Reply.json(401, JsonNodeFactory.instance.objectNode().put("message", first(messages, UNAUTHENTICATED)));
    }
    return Reply.json(401, JsonNodeFactory.instance.objectNode().put("detail", INVALID_API_KEY));
  }

  private static String first(List<String> messages, String fallback) {
    return messages.isEmpty() ? fallback : messages.get(0);
  }
}
