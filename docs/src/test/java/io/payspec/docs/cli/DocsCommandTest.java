package io.payspec.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.docs.ProviderDocs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DocsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String page(String name) {
    return ProviderDocs.resource(name).toString();
  }

  @Test
  void anEndpointTheSpecLacksIsNonBreaking() {
    Result breaking = run("check", page("new-endpoint.md"));
    assertEquals(0, breaking.code(), breaking.err());
    assertTrue(breaking.out().contains("new-endpoint.md: POST https://api.example.com/v1/things/create (not in the spec)"),
        breaking.out());
    assertTrue(breaking.out().contains("non-breaking    endpoint endpoint added"), breaking.out());
    assertEquals(1, run("check", page("new-endpoint.md"), "--fail-on", "any").code());
  }

  @Test
  void aBreakingChangeFailsTheCheck() {
    Result r = run("check", page("cc-v2-field-added.md"), "--fail-on", "breaking");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("breaking        request  field added `payer_name`: page payer_name (string, required), spec absent (line 28)"),
        r.out());
  }

  @Test
  void jsonOutputIsMachineReadable() throws Exception {
    Result r = run("check", "--format", "json", page("cc-v2-currency-dropped.md"));
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode endpoint = root.get("endpoints").get(0);
    assertEquals("CryptoCloud v2 createInvoice", endpoint.get("spec").asText());
    boolean found = false;
    for (JsonNode d : endpoint.get("differences")) {
      if (d.get("kind").asText().equals("enum_values_removed") && d.get("field").asText().equals("currency")) {
        assertEquals("breaking", d.get("severity").asText());
        assertEquals("GBP", d.get("spec").asText());
        found = true;
      }
    }
    assertTrue(found, r.out());
  }

  @Test
  void markdownOutputIsATablePerEndpoint() {
    Result r = run("check", "--format", "markdown", page("np-bounds-changed.md"));
    assertTrue(r.out().startsWith("# Documentation check"), r.out());
    assertTrue(r.out().contains("| status | where | difference | line | why |"), r.out());
    assertTrue(r.out().contains("bounds changed `expires_time`: page [30..720]"), r.out());
  }

  @Test
  void aMalformedPageIsOneLineNamingFileAndLineAndExitsTwo() {
    Result r = run("check", page("np-tab-not-closed.md"));
    assertEquals(2, r.code());
    assertEquals("payspec docs check: np-tab-not-closed.md:28: {% tab title=\"200\" %} is not closed with {% endtab %}"
        + " before the next tab on line 53", r.err().strip());
    assertFalse(r.err().contains("Exception") || r.out().contains("\tat "), r.err());
  }

  @Test
  void aPageWithoutAnEndpointIsSaidSoAndComparesNothing() {
    Result r = run("check", ProviderDocs.page("cryptocloud-v2-authorization.en.md").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("payspec docs check: cryptocloud-v2-authorization.en.md: describes no endpoint"), r.err());
    assertTrue(r.out().contains("in 0 endpoint(s)"), r.out());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, run("check").code());
    assertEquals(2, run("check", "--format", "xml", page("new-endpoint.md")).code());
    assertEquals(2, run("check", "--fail-on", "never", page("new-endpoint.md")).code());
    assertEquals(2, run().code());
    Result missing = run("check", "no-such-page.md");
    assertEquals(2, missing.code());
    assertEquals("payspec docs check: no-such-page.md:1: no such file", missing.err().strip());
  }

  @Test
  void scaffoldWritesTheProviderAndTheEndpoint(@TempDir Path out) throws Exception {
    Result r = run("scaffold", page("new-endpoint.md"), "--out", out.toString(), "--package", "draft.example");
    assertEquals(0, r.code(), r.err());
    String endpoint = Files.readString(out.resolve("draft/example/ExampleV1CreateThing.java"));
    assertTrue(endpoint.contains("@Field(value = \"name\", required = true, description = \"Name of the thing\")"), endpoint);
    assertTrue(endpoint.contains("enum Kind {"), endpoint);
    assertTrue(Files.readString(out.resolve("draft/example/Example.java")).contains("baseUrl = \"https://api.example.com\""));
    assertEquals(2, run("scaffold", page("new-endpoint.md"), "--endpoint", "2").code());
  }
}
