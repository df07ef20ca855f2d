package io.payspec.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Documented examples made fresh without knowing the provider: ids, links, timestamps. */
class FreshExampleTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final FreshExample fresh = new FreshExample(new Fresh(Clock.fixed(NOW, ZoneOffset.UTC), new Random(7)));

  private JsonNode refresh(String json) throws Exception {
    return fresh.refresh(MAPPER.readTree(json));
  }

  @Test
  void identifiersGetNewValuesOfTheSameShapeAndLinksFollow() throws Exception {
    JsonNode out = refresh("{\"uuid\": \"INV-89UX09KA\", \"link\": \"https://pay.example/89UX09KA\","
        + " \"name\": \"89UX09KA shop\", \"id\": 1234567, \"order_id\": \"ORDER-1\"}");

    String uuid = out.get("uuid").asText();
    assertTrue(uuid.matches("INV-[A-Z0-9]{8}"), uuid);
    assertNotEquals("INV-89UX09KA", uuid);
    assertEquals("https://pay.example/" + uuid.substring(4), out.get("link").asText());
    assertEquals(uuid.substring(4) + " shop", out.get("name").asText());
    assertTrue(out.get("id").isIntegralNumber());
    assertEquals(7, out.get("id").asText().length());
    assertNotEquals(1234567, out.get("id").asLong());
  }

  @Test
  void uuidsAndLowerCaseIdsKeepTheirForm() throws Exception {
    JsonNode out = refresh("{\"uuid\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\","
        + " \"url\": \"https://pay.example/invoice/3fa85f64-5717-4562-b3fc-2c963f66afa6\","
        + " \"invoice_id\": \"123456789_abcdefghij\", \"pay\": \"https://pay.example/?i=123456789_abcdefghij\"}");

    String uuid = out.get("uuid").asText();
    assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), uuid);
    assertEquals("https://pay.example/invoice/" + uuid, out.get("url").asText());
    String id = out.get("invoice_id").asText();
    assertTrue(id.matches("\\d{9}_[a-z]{10}"), id);
    assertEquals("https://pay.example/?i=" + id, out.get("pay").asText());
  }

  @Test
  void timestampsMoveToNowKeepingTheirDistancesAndFormats() throws Exception {
    JsonNode out = refresh("{\"created\": \"2023-01-01 12:00:00.000000\", \"expiry_date\": \"2023-01-02 12:00:00.000000\","
        + " \"paid_at\": \"2023-01-01T12:30:00Z\", \"nested\": [{\"at\": \"2023-01-01T15:00:00+03:00\"}],"
        + " \"day\": \"02.01.2023\", \"amount\": \"100\"}");

    assertEquals("2026-03-01 10:00:00.000000", out.get("created").asText());
    assertEquals("2026-03-02 10:00:00.000000", out.get("expiry_date").asText());
    assertEquals("2026-03-01T10:30:00Z", out.get("paid_at").asText());
    assertEquals("2026-03-01T13:00:00+03:00", out.get("nested").get(0).get("at").asText());
    assertEquals("01.03.2026", out.get("day").asText());
    assertEquals("100", out.get("amount").asText());
  }

  @Test
  void listItemsAreRefreshedEachOnItsOwn() throws Exception {
    JsonNode out = refresh("[{\"id\": \"AAAA1111\"}, {\"id\": \"BBBB2222\"}]");

    assertNotEquals(out.get(0).get("id"), out.get(1).get("id"));
    assertTrue(out.get(0).get("id").asText().matches("[A-Z0-9]{8}"));
  }

  @Test
  void timestampShapesAreRecognised() {
    assertEquals(Instant.parse("2024-05-01T10:00:00.123456Z"), TimestampText.parse("2024-05-01T10:00:00.123456Z"));
    assertEquals(Instant.parse("2024-05-01T07:00:00Z"), TimestampText.parse("2024-05-01T10:00:00+0300"));
    assertEquals(Instant.parse("2024-05-01T00:00:00Z"), TimestampText.parse("2024-05-01"));
    assertEquals(Instant.parse("2024-05-01T10:00:00Z"), TimestampText.parse("01.05.2024 10:00"));
    assertNull(TimestampText.parse("INV-2024"));
    assertNull(TimestampText.parse("2024-13-45"));
    assertEquals("2024-05-01T13:00:00+0300", TimestampText.format("2020-01-01T00:00:00+0300",
        Instant.parse("2024-05-01T10:00:00Z")));
  }

  @Test
  void pathTemplatesMatchOneSegmentPerPlaceholder() {
    PathTemplate template = new PathTemplate("/invoice/{identifier}/transactions");

    assertEquals(Map.of("identifier", "INV 1"), template.match("/invoice/INV%201/transactions"));
    assertNull(template.match("/invoice//transactions"));
    assertNull(template.match("/invoice/1/transactions/"));
    assertNull(template.match("/invoice/1"));
    assertEquals(Map.of(), new PathTemplate("/v3/invoice/create/").match("/v3/invoice/create/"));
    assertNull(new PathTemplate("/v3/invoice/create/").match("/v3/invoice/create"));
  }
}
