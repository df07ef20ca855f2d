package io.payspec.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's answers derived from documented examples and operation names alone, on a made-up
 * provider described by hand ({@link MadeUp#acme()}): fresh identifiers, echoed values, and state across create, get, list and
 * cancel, with path placeholders and query parameters.
 */
class DerivedAnswersTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private Sandbox sandbox;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().modules(List.of(MadeUp.acme())).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private JsonNode send(String method, String pathAndQuery, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
        .header("X-Key", sandbox.credentials("acme").get("api_key"))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    ObjectNode answer = (ObjectNode) MAPPER.readTree(response.body());
    answer.put("http_status", response.statusCode());
    return answer;
  }

  @Test
  void createdInvoicesAreFoundListedAndCancelled() throws Exception {
    JsonNode first = send("POST", "/invoices", "{\"amount\": 25.50}").get("result");
    JsonNode second = send("POST", "/invoices", "{\"amount\": 7}").get("result");
    String id = first.get("id").asText();

    assertTrue(id.matches("INV-[A-Z0-9]{8}"), id);
    assertNotEquals(id, second.get("id").asText());
    assertEquals("https://pay.acme.test/" + id.substring(4), first.get("link").asText());
    assertEquals("25.50", first.get("amount").asText(), "the request's value, in the example's type");
    assertEquals("created", first.get("status").asText());

    JsonNode found = send("GET", "/invoices/" + id, null);
    assertEquals(200, found.get("http_status").asInt());
    assertEquals(id, found.get("result").get("id").asText());
    assertEquals("created", found.get("result").get("status").asText(), "the created invoice, not the example's");
    assertEquals("25.50", found.get("result").get("amount").asText());
    assertEquals(first.get("created_at"), found.get("result").get("created_at"));

    JsonNode listed = send("GET", "/invoices?status=paid&status=created", null);
    assertEquals(2, listed.get("result").size());
    assertEquals(2, listed.get("count").asInt());
    assertEquals(id, listed.get("result").get(0).get("id").asText());

    JsonNode cancelled = send("POST", "/invoices/" + id + "/cancel", null);
    assertEquals(200, cancelled.get("http_status").asInt(), cancelled.toString());
    assertEquals("canceled", send("GET", "/invoices/" + id, null).get("result").get("status").asText());
    assertEquals("created", send("GET", "/invoices/" + second.get("id").asText(), null).get("result").get("status")
        .asText());
  }

  @Test
  void unknownIdentifiersGetTheDocumentedNotFoundButTheDocumentedExampleItsAnswer() throws Exception {
    JsonNode missing = send("GET", "/invoices/INV-NEVER000", null);
    assertEquals(404, missing.get("http_status").asInt());
    assertEquals("Invoice not found", missing.get("detail").asText());

    JsonNode documented = send("GET", "/invoices/INV-AAAA1111", null);
    assertEquals(200, documented.get("http_status").asInt());
    assertEquals("INV-AAAA1111", documented.get("result").get("id").asText(), "the page's id is echoed");
    assertEquals("paid", documented.get("result").get("status").asText());
  }

  @Test
  void placeholdersMatchOneSegmentAndOtherMethodsAreNotAllowed() throws Exception {
    assertEquals(404, send("GET", "/invoices/a/b", null).get("http_status").asInt());
    assertEquals(405, send("DELETE", "/invoices/x", null).get("http_status").asInt());
  }
}
