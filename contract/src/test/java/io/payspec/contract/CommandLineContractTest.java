package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.cli.Main;
import io.payspec.runtime.meta.Operation;
import io.payspec.sandbox.Documentation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every installed operation works from the command line against the in-process sandbox:
 * {@code payspec <provider> <version> <operation> --sandbox} with one option per value of its first
 * documented request ({@code --add-fields.time-to-pay.hours 24}, lists comma-separated) exits 0 and
 * prints the response.
 */
class CommandLineContractTest {
  @TestFactory
  Stream<DynamicTest> everyOperationRunsFromTheCommandLine() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      if (Documentation.requests(operation).isEmpty()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(Installed.name(operation), () -> {
        List<String> args = new ArrayList<>(List.of(operation.provider().id(), operation.version(),
            kebab(operation.name()), "--sandbox"));
        args.addAll(options(Installed.firstRequestValues(operation), ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
          code = Main.run(args.toArray(String[]::new), o, e, Map.of());
        }
        String printed = "payspec " + String.join(" ", args) + "\n--- out:\n" + out.toString(StandardCharsets.UTF_8)
            + "\n--- err:\n" + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertFalse(out.toString(StandardCharsets.UTF_8).isBlank(), printed);
      }));
    }
    return tests.stream();
  }

  /** One option per value: the wire path with {@code _} as {@code -}, lists comma-separated. */
  static List<String> options(JsonNode values, String prefix) {
    List<String> options = new ArrayList<>();
    values.properties().forEach(member -> {
      String path = prefix + member.getKey();
      JsonNode value = member.getValue();
      if (value.isObject()) {
        options.addAll(options(value, path + "."));
      } else if (value.isArray()) {
        options.add("--" + path.replace('_', '-'));
        options.add(StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
            .collect(Collectors.joining(",")));
      } else if (!value.isNull()) {
        options.add("--" + path.replace('_', '-'));
        options.add(value.asText());
      }
    });
    return options;
  }

  /** {@code createInvoice} as {@code create-invoice}. */
  static String kebab(String camelCase) {
    return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }
}
