package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The example line of {@code payspec --help}, derived from the installed providers: the first provider's
 * newest create operation against the sandbox, with the plain top-level values of its first documented
 * request ({@code payspec acme v2 create-invoice --sandbox --amount '200 USD' --label 'Order #123'}).
 */
final class HelpExample {
  /** Options shown at most, so that the line stays readable. */
  static final int MAX_OPTIONS = 4;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/@+=-]+");

  private HelpExample() {}

  /** The example, or empty when no installed operation has a documented request. */
  static Optional<String> of(Catalog catalog) {
    for (ProviderModule module : catalog.modules()) {
      Optional<Operation<?, ?>> documented = module.operations().stream()
          .filter(operation -> !Documentation.requests(operation).isEmpty())
          .max(Comparator.<Operation<?, ?>, Boolean>comparing(operation -> operation.name().startsWith("create"))
              .thenComparing(Operation::version));
      if (documented.isPresent()) {
        return Optional.of(line(documented.get()));
      }
    }
    return Optional.empty();
  }

  private static String line(Operation<?, ?> operation) {
    StringBuilder line = new StringBuilder("payspec ").append(operation.provider().id()).append(' ')
        .append(operation.version()).append(' ').append(Catalog.kebab(operation.name())).append(" --sandbox");
    ObjectNode values = ExampleRequests.values(operation, Documentation.requests(operation).get(0), Json.mapper());
    int shown = 0;
    for (Iterator<Map.Entry<String, JsonNode>> fields = values.fields(); fields.hasNext() && shown < MAX_OPTIONS; ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isValueNode() && !value.isNull() && topLevelField(operation, field.getKey())) {
        line.append(' ').append(Catalog.optionName(field.getKey())).append(' ').append(quoted(value.asText()));
        shown++;
      }
    }
    return line.toString();
  }

  private static boolean topLevelField(Operation<?, ?> operation, String wireName) {
    return operation.requestFields().stream().map(FieldInfo::path).anyMatch(wireName::equals)
        && !operation.provider().auth().credentialNames().contains(wireName);
  }

  /** The value as one shell word: as it is when plain, else in single quotes. */
  static String quoted(String value) {
    return PLAIN.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
  }
}
