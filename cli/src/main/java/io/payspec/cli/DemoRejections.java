package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.validation.Violation;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Requests that break documented rules, derived per provider version: its first documented create
 * request, with a few of its values changed in ways the generated validator refuses (a required field
 * left out, a number made negative, a text that is no e-mail address or URL), found by trying each
 * change on its own and keeping those the validator refuses. What a client refuses to send.
 */
final class DemoRejections {
  /** How many changes one rejected request combines. */
  private static final int CHANGES = 3;

  private DemoRejections() {}

  /**
   * One refused request.
   *
   * @param title what the request does wrong
   * @param violations what the generated validator found
   */
  record Rejection(String title, List<Violation> violations) {}

  /** One change of a documented request, described in words. */
  private record Change(String path, String words, Function<ObjectNode, ObjectNode> apply) {}

  static List<Rejection> all(List<ProviderModule> modules) {
    ObjectMapper mapper = Json.mapper();
    List<Rejection> rejections = new ArrayList<>();
    for (ProviderModule module : modules) {
      Set<String> versions = new HashSet<>();
      for (Operation<?, ?> operation : module.operations()) {
        if (!operation.name().startsWith("create") || Documentation.requests(operation).isEmpty()
            || !versions.add(operation.version())) {
          continue;
        }
        Rejection rejection = reject(operation, mapper);
        if (rejection != null) {
          rejections.add(rejection);
        }
      }
    }
    return rejections;
  }

  private static Rejection reject(Operation<?, ?> operation, ObjectMapper mapper) {
    ObjectNode documented = ExampleRequests.values(operation, Documentation.requests(operation).get(0), mapper);
    List<Change> refused = new ArrayList<>();
    Set<String> touched = new HashSet<>();
    for (Change change : changes(operation, documented)) {
      // One change per field: "with amount -5, without amount" would show only the second.
      if (refused.size() < CHANGES && !touched.contains(change.path()) && !violations(operation, change.apply().apply(documented.deepCopy()), mapper).isEmpty()) {
        refused.add(change);
        touched.add(change.path());
      }
    }
    if (refused.isEmpty()) {
      return null;
    }
    ObjectNode broken = documented.deepCopy();
    for (Change change : refused) {
      broken = change.apply().apply(broken);
    }
    List<Violation> violations = violations(operation, broken, mapper);
    return violations.isEmpty() ? null : new Rejection(operation.displayName() + " (its documented request) "
        + String.join(", ", refused.stream().map(Change::words).toList()), violations);
  }

  private static List<Change> changes(Operation<?, ?> operation, ObjectNode documented) {
    List<Change> changes = new ArrayList<>();
    for (FieldInfo field : operation.requestFields()) {
      JsonNode value = at(documented, field.path());
      if (field.list() || value == null || !value.isValueNode()) {
        continue;
      }
      if (field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.INTEGER) {
        changes.add(new Change(field.path(), "with " + field.path() + " -5", values -> set(values, field.path(), "-5", true)));
      } else if (field.kind() == FieldKind.STRING) {
        changes.add(new Change(field.path(), "with " + field.path() + " 'not an address'",
            values -> set(values, field.path(), "not an address", false)));
      }
    }
    for (FieldInfo field : operation.requestFields()) {
      if (field.required() && !field.path().contains(".") && documented.has(field.path())) {
        changes.add(new Change(field.path(), "without " + field.path(), values -> {
          values.remove(field.path());
          return values;
        }));
      }
    }
    return changes;
  }

  private static List<Violation> violations(Operation<?, ?> operation, ObjectNode values, ObjectMapper mapper) {
    return validate(operation, values, mapper);
  }

  private static <Q> List<Violation> validate(Operation<Q, ?> operation, ObjectNode values, ObjectMapper mapper) {
    Q request;
    try {
      request = ExampleRequests.typed(operation, values, mapper);
    } catch (RuntimeException unreadable) {
      return List.of();
    }
    return operation.validator().apply(request);
  }

  private static JsonNode at(JsonNode values, String path) {
    JsonNode node = values;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node;
  }

  private static ObjectNode set(ObjectNode values, String path, String text, boolean number) {
    String[] parts = path.split("\\.");
    JsonNode node = values;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.get(parts[i]);
    }
    if (node instanceof ObjectNode parent) {
      if (number) {
        parent.put(parts[parts.length - 1], new java.math.BigDecimal(text));
      } else {
        parent.put(parts[parts.length - 1], text);
      }
    }
    return values;
  }
}
