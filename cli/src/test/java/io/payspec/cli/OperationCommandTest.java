package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.runtime.json.Json;
import io.payspec.sandbox.Sandbox;
import io.payspec.sandbox.SandboxExtension;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code payspec <provider> <version> create-invoice} against an in-process sandbox, for every endpoint version. */
@ExtendWith(SandboxExtension.class)
class OperationCommandTest {
  private final Sandbox sandbox;

  OperationCommandTest(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  static List<Endpoints.Case> endpoints() {
    return Endpoints.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void createsAnInvoiceAndPrintsItAsJson(Endpoints.Case endpoint) throws IOException {
    List<String> options = List.of("--base-url", sandbox.baseUrl(), "--json");
    Cli.Result result = Cli.run(Map.of(), endpoint.args(endpoint.valid(),
        concat(options, endpoint.credentials().apply(sandbox))));

    assertEquals(0, result.exitCode(), result.both());
    assertEquals("", result.err());
    JsonNode json = Json.mapper().readTree(result.out());
    assertAnswer(json);
    endpoint.checkJson().accept(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void printsAReadableSummaryByDefault(Endpoints.Case endpoint) {
    int before = sandbox.requests().count(endpoint.operation());
    Cli.Result result = Cli.run(Map.of(), endpoint.args(endpoint.valid(),
        concat(List.of("--base-url", sandbox.baseUrl()), endpoint.credentials().apply(sandbox))));

    assertEquals(0, result.exitCode(), result.both());
    assertTrue(result.out().lines().allMatch(line -> line.matches("[a-z_]+: +\\S.*")), result.out());
    assertEquals(before + 1, sandbox.requests().count(endpoint.operation()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void listsEveryViolationByWireNameAndSendsNothing(Endpoints.Case endpoint) {
    int before = sandbox.requests().total();
    Cli.Result result = Cli.run(Map.of(), endpoint.args(endpoint.invalid(),
        concat(List.of("--base-url", sandbox.baseUrl()), endpoint.credentials().apply(sandbox))));

    assertEquals(2, result.exitCode(), result.both());
    assertTrue(result.err().contains("nothing was sent"), result.err());
    for (String field : endpoint.violatedFields()) {
      assertTrue(result.err().contains("\n  " + field + ": "), field + " in\n" + result.err());
    }
    assertEquals(endpoint.violatedFields().size() + 1, result.err().lines().count(), result.err());
    assertEquals("", result.out());
    assertEquals(before, sandbox.requests().total(), "the sandbox saw no request");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void reportsTheProvidersRefusalWithExit3(Endpoints.Case endpoint) {
    Cli.Result result = Cli.run(Map.of(), endpoint.args(endpoint.valid(),
        concat(List.of("--base-url", sandbox.baseUrl()), endpoint.wrongCredentials())));

    assertEquals(3, result.exitCode(), result.both());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("payspec: " + endpoint.operation().displayName()), result.err());
    assertTrue(result.err().contains(endpoint.refusal()), result.err());
    assertEquals("", result.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void reportsAnUnreachableProviderWithExit4(Endpoints.Case endpoint) {
    Cli.Result result = Cli.run(Map.of(), endpoint.args(endpoint.valid(),
        concat(List.of("--base-url", ClosedPort.baseUrl()), endpoint.wrongCredentials())));

    assertEquals(4, result.exitCode(), result.both());
    assertTrue(result.err().startsWith("payspec: " + endpoint.operation().displayName()), result.err());
    assertEquals("", result.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void sendsToAnInProcessSandboxWithItsCredentials(Endpoints.Case endpoint) throws IOException {
    Cli.Result result = Cli.run(Map.of(), endpoint.args(endpoint.valid(), List.of("--sandbox", "--json")));

    assertEquals(0, result.exitCode(), result.both());
    assertAnswer(Json.mapper().readTree(result.out()));
  }

  /**
   * The sandbox's answer, derived from the documented success example: an object with the page's
   * identifier, made fresh (what each member holds is checked by the contract tests).
   */
  private static void assertAnswer(JsonNode json) {
    assertTrue(json.isObject() && !json.isEmpty(), json.toString());
    assertTrue(json.toString().matches(".*\"(id|uuid|invoice_id)\":.*"), json.toString());
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
