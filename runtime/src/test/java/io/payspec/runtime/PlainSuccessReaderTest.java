package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.runtime.fixtures.ErrorFlagInvoice;
import io.payspec.runtime.fixtures.ResultStyleInvoice;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader binds plain successes and declines everything else, so that the tree path
 * classifies it: it never takes an error, a wrong status, a shape-less payload or trailing content
 * for a success.
 */
class PlainSuccessReaderTest {
  private final PlainSuccessReader reader = new PlainSuccessReader(Json.forResponses(Json.mapper()));

  /** A flat payload with documented fields, for the "at least one documented field" rule. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"id", "amount", "detail"})
  static final class Payment {
    final String id;
    final BigDecimal amount;

    @JsonCreator
    Payment(@JsonProperty("id") String id, @JsonProperty("amount") BigDecimal amount) {
      this.id = id;
      this.amount = amount;
    }
  }

  private static final Operation<ResultStyleRequest, Payment> FLAT = new Operation<>(
      Styles.PLAIN_HEADER, "v1", "pay", HttpMethod.POST, "/pay", "Pays.", Operation.EnvelopeInfo.flat(),
      new Operation.ErrorInfo(List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT), List.of(), List.of(), List.of()),
      ResultStyleRequest.class, Payment.class, r -> List.of(), List.of());

  private static final Operation<ResultStyleRequest, Payment> WHOLE_BODY = new Operation<>(
      Styles.PLAIN_HEADER, "v2", "cancel", HttpMethod.POST, "/cancel", "Cancels.",
      new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "", "error", "errors"),
      new Operation.ErrorInfo(List.of(ErrorShape.FIELD_MESSAGES), List.of(), List.of(), List.of()),
      ResultStyleRequest.class, Payment.class, r -> List.of(), List.of());

  private <R> R read(Operation<?, R> operation, String body) {
    return reader.read(operation, operation.envelope(), operation.errors(), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void statusAndResultSuccessIsBoundWhereverTheStatusStands() {
    ResultStyleInvoice before = read(Styles.RESULT_ENVELOPE,
        "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\", \"amount\": 1.50}, \"other\": {\"x\": [1]}}");
    ResultStyleInvoice after = read(Styles.RESULT_ENVELOPE,
        "{\"result\": {\"uuid\": \"INV-2\"}, \"status\": \"success\"}");
    assertEquals("INV-1", before.uuid());
    assertEquals(new BigDecimal("1.50"), before.amount());
    assertEquals("INV-2", after.uuid());
  }

  @Test
  void statusAndResultAnythingElseIsDeclined() {
    for (String body : List.of(
        "{\"status\": \"error\", \"result\": {\"uuid\": \"INV-1\"}}",
        "{\"result\": {\"uuid\": \"INV-1\"}}",
        "{\"status\": 1, \"result\": {\"uuid\": \"INV-1\"}}",
        "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\"}, \"status\": \"error\"}",
        "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\"}, \"detail\": \"Invalid token\"}",
        "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\"}, \"result\": {\"uuid\": \"INV-2\"}}",
        "{\"status\": \"success\", \"result\": [{\"uuid\": \"INV-1\"}]}",
        "{\"status\": \"success\", \"result\": \"done\"}",
        "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\"}} {}",
        "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\"}",
        "[]", "", "null")) {
      assertNull(read(Styles.RESULT_ENVELOPE, body), body);
    }
  }

  @Test
  void errorFlagSuccessNeedsAQuietFlagAndAnEmptyList() {
    ErrorFlagInvoice invoice = read(Styles.ERROR_FLAG_OP,
        "{\"error\": false, \"errors\": [], \"id\": \"1_a\", \"amount\": 10}");
    assertEquals("1_a", invoice.id());
    for (String body : List.of(
        "{\"error\": true, \"errors\": [], \"id\": \"1_a\"}",
        "{\"error\": false, \"errors\": [\"Invalid auth credentials\"], \"id\": \"1_a\"}",
        "{\"errors\": [\"Invalid auth credentials\"]}",
        "{\"error\": 1e-400, \"errors\": [], \"id\": \"1_a\"}",
        "{\"error\": \"yes\", \"id\": \"1_a\"}")) {
      assertNull(read(Styles.ERROR_FLAG_OP, body), body);
    }
  }

  @Test
  void flatPayloadNeedsADocumentedFieldAndNoErrorKey() {
    assertNotNull(read(FLAT, "{\"id\": \"p1\", \"success\": true, \"error\": null, \"detail\": null}"));
    for (String body : List.of("{}", "{\"other\": 1}", "{\"detail\": \"Invalid API key\"}",
        "{\"id\": \"p1\", \"detail\": \"Paid\"}",
        "{\"success\": false, \"data\": null, \"error\": {\"type\": \"AUTH_ERROR\", \"details\": \"Invalid API key\"}}",
        "{\"id\": \"p1\", \"success\": false}", "{\"nested\": {\"id\": \"p1\"}}")) {
      assertNull(read(FLAT, body), body);
    }
  }

  @Test
  void wholeBodyPayloadNeedsTheSuccessStatus() {
    assertEquals("p1", read(WHOLE_BODY, "{\"status\": \"success\", \"id\": \"p1\"}").id);
    assertNull(read(WHOLE_BODY, "{\"status\": \"error\", \"id\": \"p1\"}"));
    assertNull(read(WHOLE_BODY, "{\"id\": \"p1\"}"));
  }
}
