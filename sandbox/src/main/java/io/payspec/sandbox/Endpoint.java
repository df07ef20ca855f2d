package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.util.List;

/**
 * One served operation: checks the credentials, reads the body into the generated request type,
 * runs the generated validator, and answers with the documented failure or a fresh success.
 */
final class Endpoint {
  private final Operation<?, ?> operation;
  private final OperationKey key;
  private final Authenticator authenticator;
  private final BodyReader reader;
  private final SuccessBodies successBodies;
  private final Fresh fresh;

  Endpoint(Operation<?, ?> operation, Authenticator authenticator, BodyReader reader,
      SuccessBodies successBodies, Fresh fresh) {
    this.operation = operation;
    this.key = OperationKey.of(operation);
    this.authenticator = authenticator;
    this.reader = reader;
    this.successBodies = successBodies;
    this.fresh = fresh;
  }

  Operation<?, ?> operation() {
    return operation;
  }

  OperationKey key() {
    return key;
  }

  /**
   * The answer to one request. Header credentials are checked first; body credentials once the body is
   * known to be a JSON object (a malformed body is answered as such).
   */
  Reply answer(Headers headers, byte[] bytes) {
    if (authenticator.inHeader() && !authenticator.acceptsHeaders(headers)) {
      return AuthFailures.refused(operation);
    }
    List<Violation> violations;
    ObjectNode body;
    try {
      body = reader.object(bytes);
      if (!authenticator.inHeader() && !authenticator.acceptsBody(body)) {
        return AuthFailures.refused(operation);
      }
      authenticator.strip(body);
      violations = validate(operation, body);
    } catch (RejectedBody rejected) {
      return ErrorReplies.invalid(operation, rejected.violations());
    }
    if (!violations.isEmpty()) {
      return ErrorReplies.invalid(operation, violations);
    }
    ObjectNode payload = successBodies.payload(key, new RequestValues(operation, body), fresh);
    return Reply.json(200, Envelopes.success(Envelopes.of(operation), payload));
  }

  private <Q> List<Violation> validate(Operation<Q, ?> typed, ObjectNode body) throws RejectedBody {
    return typed.validator().apply(reader.request(body, typed.requestType()));
  }
}
