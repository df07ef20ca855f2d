package io.payspec.sandbox;

import io.payspec.runtime.meta.RequestExampleInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A documented request example as values and as the generated request type: its path's placeholders,
 * its query and its body gathered into one object by wire name ({@link RequestTree}), then read through
 * the request type's unvalidated JSON creator. The demo, the command line tests and the contract tests
 * build their requests this way.
 */
public final class ExampleRequests {
  private ExampleRequests() {}

  /** The example's values by wire name. */
  public static ObjectNode values(Operation<?, ?> operation, RequestExampleInfo sample, ObjectMapper mapper) {
    String path = sample.path().isEmpty() ? operation.path() : sample.path();
    Map<String, String> pathValues = new PathTemplate(operation.path()).match(path);
    ObjectNode body = null;
    if (!sample.body().isBlank()) {
      try {
        JsonNode tree = mapper.readTree(sample.body());
        if (!(tree instanceof ObjectNode object)) {
          throw new IllegalArgumentException(operation.displayName() + " example " + sample.name()
              + ": the body is not a JSON object");
        }
        body = object;
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(operation.displayName() + " example " + sample.name()
            + ": the body is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return RequestTree.of(operation, pathValues == null ? Map.of() : pathValues, sample.query(), body);
  }

  /** Values read into the generated request type, without validation. */
  public static <Q> Q typed(Operation<Q, ?> operation, ObjectNode values, ObjectMapper mapper) {
    try {
      return mapper.readerFor(operation.requestType())
          .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .readValue(values);
    } catch (IOException e) {
      throw new UncheckedIOException(operation.displayName() + ": the values do not make a request: "
          + e.getMessage(), e);
    }
  }

  /** The example as the generated request type. */
  public static <Q> Q typed(Operation<Q, ?> operation, RequestExampleInfo sample, ObjectMapper mapper) {
    return typed(operation, values(operation, sample, mapper), mapper);
  }
}
