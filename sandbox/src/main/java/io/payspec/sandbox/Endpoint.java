package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.util.List;
import java.util.Map;

/**
 * One served operation: checks the credentials, reads the body into the generated request type,
 * runs the generated validator, and answers with the documented failure or a fresh success.
 */
final class Endpoint {
  private final Operation<?, ?> operation;
  private final OperationKey key;
  private final Authenticator authenticator;
  private final BodyReader reader;
  private final Map<String, String> credentials;
  private final Answers answers;

  Endpoint(Operation<?, ?> operation, Authenticator authenticator, Map<String, String> credentials, BodyReader reader,
      Answers answers) {
    this.operation = operation;
    this.credentials = credentials;
    this.key = OperationKey.of(operation);
    this.authenticator = authenticator;
    this.reader = reader;
    this.answers = answers;
  }

  Operation<?, ?> operation() {
    return operation;
  }

  OperationKey key() {
    return key;
  }

  /**
   * The answer to one request. Header credentials are checked first; body credentials once the body is
   * known to be a JSON object (a malformed body is answered as such). The values of the path's
   * placeholders and of the query join the body's ({@link RequestTree}); a request without a body (a
   * {@code GET}) has none.
   *
   * @param headers the request headers
   * @param pathValues decoded values of the path's placeholders
   * @param rawQuery the raw query string, or null
   * @param bytes the body
   */
  Reply answer(Headers headers, Map<String, String> pathValues, String rawQuery, byte[] bytes) {
    if (authenticator.inHeader() && !authenticator.acceptsHeaders(headers)) {
      return AuthFailures.refused(operation);
    }
    List<Violation> violations;
    ObjectNode body;
    try {
      body = bytes.length == 0 && !hasBody() ? JsonNodeFactory.instance.objectNode() : reader.object(bytes);
      if (!authenticator.inHeader() && !authenticator.acceptsBody(body)) {
        return AuthFailures.refused(operation);
      }
      if (!Signatures.valid(operation, body, credentials)) {
        return AuthFailures.refused(operation);
      }
      authenticator.strip(body);
      body = RequestTree.of(operation, pathValues, rawQuery, body);
      violations = validate(operation, body);
    } catch (RejectedBody rejected) {
      return ErrorReplies.invalid(operation, rejected.violations());
    }
    if (!violations.isEmpty()) {
      return ErrorReplies.invalid(operation, violations);
    }
    return answers.success(operation, body);
  }

  /** Whether requests carry a JSON body: some field travels in it, or credentials do. */
  private boolean hasBody() {
    return !authenticator.inHeader() || operation.requestFields().stream()
        .anyMatch(field -> Documentation.location(operation, field) == ParamIn.BODY);
  }

  private <Q> List<Violation> validate(Operation<Q, ?> typed, ObjectNode body) throws RejectedBody {
    return typed.validator().apply(reader.request(body, typed.requestType()));
  }
}
