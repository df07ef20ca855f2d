package io.payspec.docs.spec;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs page examples through one operation's generated types, as the client would: a request example
 * is read into the typed request (without its credentials), validated, and written back; a success
 * response is unwrapped from its envelope and decoded.
 */
final class OperationExamples implements ExampleCheck {
  private final Operation<?, ?> operation;
  private final List<String> credentialFields;
  private final ObjectMapper mapper = Json.mapper();

  OperationExamples(Operation<?, ?> operation, List<String> credentialFields) {
    this.operation = operation;
    this.credentialFields = List.copyOf(credentialFields);
  }

  @Override
  public List<ExampleProblem> request(JsonNode body) {
    return check(operation, body);
  }

  private <Q> List<ExampleProblem> check(Operation<Q, ?> op, JsonNode body) {
    List<ExampleProblem> problems = new ArrayList<>();
    if (!(body instanceof ObjectNode object)) {
      problems.add(new ExampleProblem("", "is not a JSON object", false));
      return problems;
    }
    ObjectNode sent = object.deepCopy();
    credentialFields.forEach(sent::remove);
    Q request;
    try {
      request = mapper.treeToValue(sent, op.requestType());
    } catch (JsonMappingException e) {
      String path = Json.wirePath("", e.getPath());
      problems.add(new ExampleProblem(path, "does not decode: " + e.getOriginalMessage().lines().findFirst().orElse(""), false));
      return problems;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(new ExampleProblem("", "does not decode: " + e.getOriginalMessage(), false));
      return problems;
    }
    for (Violation v : op.validator().apply(request)) {
      problems.add(new ExampleProblem(v.path(), "breaks a rule: " + v.message(), true));
    }
    JsonNode written = mapper.valueToTree(request);
    unknown("", sent, written, problems);
    return problems;
  }

  private static void unknown(String prefix, JsonNode sent, JsonNode written, List<ExampleProblem> problems) {
    if (!sent.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode out = written == null ? null : written.get(e.getKey());
      String path = prefix + e.getKey();
      if (out == null && !e.getValue().isNull()) {
        problems.add(new ExampleProblem(path, "is sent by the example but the spec has no such field: the client cannot send it", true));
      } else if (out != null) {
        unknown(path + ".", e.getValue(), out, problems);
      }
    }
  }

  @Override
  public List<ExampleProblem> response(int status, JsonNode body) {
    List<ExampleProblem> problems = new ArrayList<>();
    Operation.EnvelopeInfo envelope = operation.envelope();
    JsonNode payload = body;
    if (envelope != null && envelope.kind() == EnvelopeKind.STATUS_AND_RESULT) {
      JsonNode statusValue = body.get(envelope.statusField());
      if (statusValue == null || !envelope.successValue().equals(statusValue.asText())) {
        problems.add(new ExampleProblem(envelope.statusField(), "is not \"" + envelope.successValue()
            + "\": the client reads this example as an error, not a success", true));
        return problems;
      }
      if (envelope.resultField() != null && !envelope.resultField().isEmpty()) {
        payload = body.get(envelope.resultField());
        if (payload == null) {
          problems.add(new ExampleProblem(envelope.resultField(), "is missing: nothing to decode", false));
          return problems;
        }
      }
    } else if (envelope != null && envelope.kind() == EnvelopeKind.ERROR_FLAG) {
      JsonNode flag = body.get(envelope.errorFlagField());
      if (flag != null && flag.asBoolean(false)) {
        problems.add(new ExampleProblem(envelope.errorFlagField(), "is true: the client reads this example as an error", true));
        return problems;
      }
    }
    try {
      mapper.treeToValue(payload, mapper.getTypeFactory().constructType(payloadType(payload)));
    } catch (JsonMappingException e) {
      problems.add(new ExampleProblem(Json.wirePath("", e.getPath()),
          "does not decode: " + e.getOriginalMessage().lines().findFirst().orElse(""), false));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(new ExampleProblem("", "does not decode: " + e.getOriginalMessage(), false));
    }
    return problems;
  }

  private java.lang.reflect.Type payloadType(JsonNode payload) {
    if (payload.isArray()) {
      return mapper.getTypeFactory().constructCollectionType(List.class, operation.responseType());
    }
    return operation.responseType();
  }
}
