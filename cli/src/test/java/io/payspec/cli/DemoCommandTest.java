package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.Lifecycle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo walks a shop's day on every installed provider version, derived from the metadata: the
 * expected rows are derived here the same way (every lifecycle's create, lookups, lists and cancels),
 * so a new descriptor with examples shows up without touching the demo or this test.
 */
class DemoCommandTest {
  @Test
  void walksAShopsDayOnEveryProviderVersionAndShowsRefusedRequests() {
    Cli.Result result = Cli.run("demo");

    assertEquals(0, result.exitCode(), result.both());
    assertEquals("", result.err());
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.stream().anyMatch(line -> line.matches("  PROVIDER +VERSION +OPERATION +ID +STATUS +AMOUNT +PAY LINK")),
        result.out());
    int calls = 0;
    for (ProviderModule module : ProviderModule.installed()) {
      List<Lifecycle> lifecycles = Lifecycle.of(module.operations());
      for (Lifecycle lifecycle : lifecycles) {
        if (Documentation.requests(lifecycle.create()).isEmpty()) {
          continue;
        }
        String created = assertRow(lines, lifecycle.create(), "(\\S+)( .*)?");
        calls++;
        for (Operation<?, ?> get : documented(lifecycle.gets())) {
          assertRow(lines, get, Pattern.quote(created) + ".*");
          calls++;
        }
        for (Operation<?, ?> list : documented(lifecycle.lists())) {
          assertRow(lines, list, "[1-9]\\d* listed");
          calls++;
        }
        for (Operation<?, ?> cancel : documented(lifecycle.cancels())) {
          assertRow(lines, cancel, Pattern.quote(created) + ".*");
          calls++;
          for (Operation<?, ?> get : documented(lifecycle.gets())) {
            assertRow(lines, get, Pattern.quote(created) + " +(?i)cancel\\w*.*");
            calls++;
          }
        }
      }
    }
    assertTrue(calls > 0, "the demo makes calls: " + result.out());
    assertTrue(result.out().contains("Requests the generated clients refuse to send:"), result.out());
    assertTrue(result.out().lines().anyMatch(line -> line.matches("    - \\S+: .+")), "violations are listed: "
        + result.out());
    Matcher received = Pattern.compile("The sandbox received (\\d+) requests: the (\\d+) calls of the day, none of the"
        + " refused ones\\.").matcher(result.out());
    assertTrue(received.find(), result.out());
    assertEquals(received.group(1), received.group(2));
    assertTrue(Integer.parseInt(received.group(1)) >= calls, result.out());
    assertTrue(result.out().endsWith("Sandbox stopped." + System.lineSeparator()), result.out());
  }

  @Test
  void refusesArguments() {
    Cli.Result result = Cli.run("demo", "--fast");

    assertEquals(2, result.exitCode());
    assertEquals("payspec: unknown option --fast; see --help" + System.lineSeparator(), result.err());
  }

  private static List<Operation<?, ?>> documented(List<Operation<?, ?>> operations) {
    return operations.stream().filter(operation -> !Documentation.requests(operation).isEmpty()).toList();
  }

  /** Finds a row of the operation whose cells after the operation match; returns the pattern's first group. */
  private static String assertRow(List<String> lines, Operation<?, ?> operation, String rest) {
    Pattern row = Pattern.compile("  " + Pattern.quote(operation.provider().name()) + " +"
        + Pattern.quote(operation.version()) + " +" + Pattern.quote(operation.name()) + " +" + rest);
    for (String line : lines) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        return m.groupCount() > 0 && m.group(1) != null ? m.group(1) : "";
      }
    }
    throw new AssertionError(row + " in\n" + String.join("\n", lines));
  }
}
