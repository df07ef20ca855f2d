package io.payspec.contract;

import io.payspec.runtime.meta.RequestExampleInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented rule of every request field, from the metadata ({@link FieldConstraints}, required
 * marks, enum values), is enforced by the generated validator on the operation's documented request:
 * the documented request is valid and reads back equal from its own JSON; each rule broken on its own
 * is reported at the field's wire path with the rule's name; every required field left out is reported
 * at once.
 */
class RequestRulesContractTest {
  @TestFactory
  Stream<DynamicTest> everyDocumentedRuleIsChecked() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      if (Documentation.requests(operation).isEmpty()) {
        continue;
      }
      String name = Installed.name(operation);
      tests.add(DynamicTest.dynamicTest(name + " documented requests are valid and read back equal", () -> {
        for (RequestExampleInfo sample : Documentation.requests(operation)) {
          Object request = ExampleRequests.typed(operation, sample, JsonAssert.MAPPER);
          assertEquals(List.of(), validate(operation, request), sample.name());
          Object again = JsonAssert.MAPPER.readerFor(operation.requestType())
              .readValue(JsonAssert.MAPPER.writeValueAsString(request));
          assertEquals(request, again, sample.name() + " read back from its JSON");
        }
      }));
      List<String> required = operation.requestFields().stream()
          .filter(field -> field.required() && field.topLevel() && field.signature() == null)
          .map(FieldInfo::path).toList();
      if (!required.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(name + " every missing required field is reported at once", () -> {
          ObjectNode values = Installed.firstRequestValues(operation);
          required.forEach(values::remove);
          List<String> reported = violations(operation, values).stream()
              .filter(v -> v.rule().equals("required")).map(Violation::path).toList();
          assertTrue(reported.containsAll(required), "required " + required + ", reported " + reported);
        }));
      }
      for (FieldInfo field : operation.requestFields()) {
        if (field.signature() != null || field.map()) {
          continue;
        }
        for (Broken broken : broken(field)) {
          tests.add(DynamicTest.dynamicTest(name + " " + field.path() + " " + broken.words(), () -> {
            ObjectNode values = Installed.firstRequestValues(operation);
            broken.apply().accept(values);
            List<Violation> violations = violations(operation, values);
            assertTrue(violations.stream().anyMatch(v -> v.rule().equals(broken.rule())
                    && (v.path().equals(field.path()) || v.path().startsWith(field.path() + "["))),
                field.path() + " " + broken.words() + ": expected rule " + broken.rule() + ", got " + violations
                    + " for " + values);
          }));
        }
      }
    }
    return tests.stream();
  }

  /** One way to break a rule. */
  private record Broken(String words, String rule, Consumer<ObjectNode> apply) {}

  private static List<Broken> broken(FieldInfo field) {
    List<Broken> broken = new ArrayList<>();
    FieldConstraints rules = field.constraints();
    String path = field.path();
    boolean number = !field.list() && (field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.INTEGER);
    if (number && rules.min() != null) {
      BigDecimal below = rules.minExclusive() ? rules.min() : rules.min().subtract(BigDecimal.ONE);
      broken.add(new Broken("below its minimum (" + below.toPlainString() + ")", "range",
          values -> set(values, path, number(field, below))));
    }
    if (number && rules.max() != null) {
      BigDecimal above = rules.max().add(BigDecimal.ONE);
      broken.add(new Broken("above its maximum (" + above.toPlainString() + ")", "range",
          values -> set(values, path, number(field, above))));
    }
    if (!field.list() && field.kind() == FieldKind.STRING && rules.maxLength() != null) {
      broken.add(new Broken("longer than " + rules.maxLength(), "max_length",
          values -> set(values, path, JsonAssert.MAPPER.getNodeFactory().textNode("x".repeat(rules.maxLength() + 1)))));
    }
    if (!field.list() && field.kind() == FieldKind.STRING && rules.email()) {
      broken.add(new Broken("not an e-mail address", "email",
          values -> set(values, path, JsonAssert.MAPPER.getNodeFactory().textNode("not-an-address"))));
    }
    if (!field.list() && field.kind() == FieldKind.STRING && rules.url()) {
      broken.add(new Broken("not a URL", "url",
          values -> set(values, path, JsonAssert.MAPPER.getNodeFactory().textNode("not a url"))));
    }
    if (field.list() && rules.minSize() != null && rules.minSize() > 0) {
      broken.add(new Broken("with fewer than " + rules.minSize() + " elements", "size",
          values -> set(values, path, sized(values, path, rules.minSize() - 1))));
    }
    if (field.list() && rules.maxSize() != null && field.kind() != FieldKind.OBJECT) {
      broken.add(new Broken("with more than " + rules.maxSize() + " elements", "size",
          values -> set(values, path, sized(values, path, rules.maxSize() + 1))));
    }
    return broken;
  }

  /** A number as the field's kind writes it: an integer without a fraction. */
  private static JsonNode number(FieldInfo field, BigDecimal value) {
    return field.kind() == FieldKind.INTEGER
        ? JsonAssert.MAPPER.getNodeFactory().numberNode(value.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger())
        : JsonAssert.MAPPER.getNodeFactory().numberNode(value);
  }

  /** A list of {@code size} elements, copies of the documented first element (or a placeholder). */
  private static ArrayNode sized(ObjectNode values, String path, int size) {
    JsonNode documented = at(values, path);
    JsonNode element = documented != null && documented.isArray() && !documented.isEmpty()
        ? documented.get(0) : JsonAssert.MAPPER.getNodeFactory().textNode("x");
    ArrayNode list = JsonAssert.MAPPER.createArrayNode();
    for (int i = 0; i < size; i++) {
      list.add(element.deepCopy());
    }
    return list;
  }

  private static JsonNode at(JsonNode values, String path) {
    JsonNode node = values;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node;
  }

  /** Sets a value at a dotted path, creating the objects on the way. */
  private static void set(ObjectNode values, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode node = values;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = node.get(parts[i]);
      node = next instanceof ObjectNode object ? object : node.putObject(parts[i]);
    }
    node.set(parts[parts.length - 1], value);
  }

  private static List<Violation> violations(Operation<?, ?> operation, ObjectNode values) {
    return validate(operation, ExampleRequests.typed(operation, values, JsonAssert.MAPPER));
  }

  @SuppressWarnings("unchecked")
  private static <Q> List<Violation> validate(Operation<Q, ?> operation, Object request) {
    return operation.validator().apply((Q) request);
  }
}
