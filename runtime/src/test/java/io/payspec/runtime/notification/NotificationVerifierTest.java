package io.payspec.runtime.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.runtime.error.NotificationVerificationException.Reason;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.DeliveryInfo;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.ProviderInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The three documented ways of proving a notification, against forged, tampered and stale ones. */
class NotificationVerifierTest {
  private static final String SECRET = "s3cr3t-salt";
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ProviderInfo PROVIDER =
      new ProviderInfo("testpay", "TestPay", "https://api.testpay.test", AuthInfo.header("X-Key", ""), "A test provider.");

  /** A notification body, as generated classes read it. */
  record Paid(
      @JsonProperty("invoice_id") String invoiceId,
      @JsonProperty("id") String id,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("status") String status) {}

  static NotificationInfo<Paid> info(VerificationScheme scheme, NotificationEncoding... encodings) {
    return new NotificationInfo<>(PROVIDER, "v1", "postback", "Paid.", Paid.class, List.of(encodings), scheme,
        DeliveryInfo.UNDOCUMENTED, null, null, null, "", List.of());
  }

  static ObjectNode body(String invoiceId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", "success");
    body.put("invoice_id", invoiceId);
    body.put("id", invoiceId);
    body.put("amount", new BigDecimal("100.50"));
    return body;
  }

  static void assertNoSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "secret in " + t);
    }
  }

  static NotificationVerificationException refused(NotificationVerifier<?> verifier, byte[] body, String type, Reason reason) {
    NotificationVerificationException e =
        assertThrows(NotificationVerificationException.class, () -> verifier.verify(body, type));
    assertEquals(reason, e.reason(), e.getMessage());
    assertNoSecret(e);
    assertFalse(e.getMessage().contains("\n"));
    return e;
  }

  @Nested
  class Jwt {
    final NotificationInfo<Paid> info = info(
        new VerificationScheme.Jwt("token", "secret_key", "id", "invoice_id", List.of("INV-"), 300),
        NotificationEncoding.JSON, NotificationEncoding.FORM);
    final NotificationVerifier<Paid> verifier = NotificationVerifier.builder(info).secret(SECRET).clock(CLOCK).build();
    final NotificationSigner signer = new NotificationSigner(info, SECRET, CLOCK);

    @Test
    void acceptsASignedJsonBodyAndReadsItTyped() {
      Paid paid = verifier.verify(signer.sign(body("ABC123"), NotificationEncoding.JSON), "application/json; charset=utf-8");
      assertEquals("ABC123", paid.invoiceId());
      assertEquals(new BigDecimal("100.50"), paid.amount());
    }

    @Test
    void acceptsTheSameAsFormData() {
      byte[] form = signer.sign(body("ABC123"), NotificationEncoding.FORM);
      assertTrue(new String(form, StandardCharsets.UTF_8).startsWith("status=success&invoice_id=ABC123&"));
      assertEquals("ABC123", verifier.verify(form, "application/x-www-form-urlencoded").invoiceId());
    }

    @Test
    void comparesIdsWithoutTheirPrefix() {
      ObjectNode body = body("ABC123");
      String token = JWT.create().withClaim("id", "INV-ABC123").withExpiresAt(NOW.plusSeconds(60))
          .sign(Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8)));
      body.put("token", token);
      assertEquals("ABC123", verifier.verify(body.toString().getBytes(StandardCharsets.UTF_8), null).invoiceId());
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
      byte[] forged = new NotificationSigner(info, "not-the-secret", CLOCK).sign(body("ABC123"), NotificationEncoding.JSON);
      refused(verifier, forged, "application/json", Reason.BAD_SIGNATURE);
    }

    @Test
    void refusesATokenSignedForAnotherInvoice() {
      ObjectNode tampered = (ObjectNode) readTree(signer.sign(body("BBB"), NotificationEncoding.JSON));
      tampered.put("invoice_id", "AAA");
      refused(verifier, tampered.toString().getBytes(StandardCharsets.UTF_8), "application/json", Reason.WRONG_SUBJECT);
    }

    @Test
    void acceptsTamperedUnsignedFieldsButOnlyWhatIsSigned() {
      ObjectNode tampered = (ObjectNode) readTree(signer.sign(body("ABC123"), NotificationEncoding.JSON));
      tampered.put("amount", "1000000");
      // The token covers the invoice id only: that is why the README says to confirm with a lookup.
      assertEquals(new BigDecimal("1000000"), verifier.verify(tampered.toString().getBytes(StandardCharsets.UTF_8), null).amount());
    }

    @Test
    void refusesAnExpiredTokenBeyondTheTolerance() {
      byte[] body = signer.sign(body("ABC123"), NotificationEncoding.JSON);
      NotificationVerifier<Paid> later = NotificationVerifier.builder(info).secret(SECRET)
          .clock(Clock.offset(CLOCK, Duration.ofSeconds(300 + 31))).build();
      refused(later, body, null, Reason.EXPIRED);
      NotificationVerifier<Paid> withinTolerance = NotificationVerifier.builder(info).secret(SECRET)
          .clock(Clock.offset(CLOCK, Duration.ofSeconds(300 + 29))).build();
      assertEquals("ABC123", withinTolerance.verify(body, null).invoiceId());
    }

    @Test
    void readsATokenWrappedAsABytesLiteralAsThePageShowsIt() {
      ObjectNode body = (ObjectNode) readTree(signer.sign(body("ABC123"), NotificationEncoding.JSON));
      body.put("token", "b'" + body.get("token").asText() + "'");
      assertEquals("ABC123", verifier.verify(body.toString().getBytes(StandardCharsets.UTF_8), null).invoiceId());
    }

    @Test
    void refusesAlgNone() {
      String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
      String payload = b64("{\"id\":\"ABC123\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");
      ObjectNode body = body("ABC123");
      body.put("token", header + "." + payload + ".");
      refused(verifier, body.toString().getBytes(StandardCharsets.UTF_8), null, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refusesOtherAlgorithms() {
      ObjectNode body = body("ABC123");
      body.put("token", JWT.create().withClaim("id", "ABC123").withExpiresAt(NOW.plusSeconds(60))
          .sign(Algorithm.HMAC512(SECRET.getBytes(StandardCharsets.UTF_8))));
      refused(verifier, body.toString().getBytes(StandardCharsets.UTF_8), null, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refusesATokenWithoutExpiry() {
      ObjectNode body = body("ABC123");
      body.put("token", JWT.create().withClaim("id", "ABC123").sign(Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8))));
      refused(verifier, body.toString().getBytes(StandardCharsets.UTF_8), null, Reason.MALFORMED_BODY);
    }

    @Test
    void refusesAMissingTokenAndGarbage() {
      refused(verifier, body("ABC123").toString().getBytes(StandardCharsets.UTF_8), null, Reason.MISSING_SIGNATURE);
      ObjectNode body = body("ABC123");
      body.put("token", "b\"token\"");
      refused(verifier, body.toString().getBytes(StandardCharsets.UTF_8), null, Reason.MALFORMED_BODY);
    }

    @Test
    void refusesBodiesThatAreNotJsonOrForm() {
      refused(verifier, "{\"token\": b\"token\"}".getBytes(StandardCharsets.UTF_8), "application/json", Reason.MALFORMED_BODY);
      refused(verifier, "[1,2]".getBytes(StandardCharsets.UTF_8), "application/json", Reason.MALFORMED_BODY);
      refused(verifier, new byte[0], "application/json", Reason.MALFORMED_BODY);
      refused(verifier, "a=1".getBytes(StandardCharsets.UTF_8), "text/plain", Reason.UNSUPPORTED_CONTENT_TYPE);
      refused(verifier, "a=%zz".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Reason.MALFORMED_BODY);
      refused(verifier, "token=a&token=b".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Reason.MALFORMED_BODY);
      NotificationVerifier<Paid> small = NotificationVerifier.builder(info).secret(SECRET).clock(CLOCK).maxBodyBytes(10).build();
      refused(small, "{\"status\": \"success\"}".getBytes(StandardCharsets.UTF_8), null, Reason.MALFORMED_BODY);
    }

    @Test
    void readsNestedFormFieldsInEitherStyle() throws Exception {
      byte[] body = "invoice_id=A&info[currency][code]=BTC&extra=%7B%22a%22%3A1%7D&note=%7Bnot+json"
          .getBytes(StandardCharsets.UTF_8);
      ObjectNode tree = NotificationBody.read(body, NotificationEncoding.FORM, io.payspec.runtime.json.Json.mapper(), 1000);
      assertEquals("{\"invoice_id\":\"A\",\"info\":{\"currency\":{\"code\":\"BTC\"}},\"extra\":{\"a\":1},\"note\":\"{not json\"}",
          tree.toString());
    }
  }

  @Nested
  class SharedSecret {
    final NotificationInfo<Paid> info = info(new VerificationScheme.SharedSecret("postback_secret", "postback_secret"), NotificationEncoding.JSON);
    final NotificationVerifier<Paid> verifier = NotificationVerifier.builder(info).secret(SECRET).build();

    @Test
    void acceptsTheSecretAndRefusesAnythingElse() {
      byte[] signed = new NotificationSigner(info, SECRET, CLOCK).sign(body("A"), NotificationEncoding.JSON);
      assertEquals("A", verifier.verify(signed, "application/json").invoiceId());
      ObjectNode forged = body("A");
      forged.put("postback_secret", SECRET + "x");
      refused(verifier, forged.toString().getBytes(StandardCharsets.UTF_8), null, Reason.BAD_SIGNATURE);
      refused(verifier, body("A").toString().getBytes(StandardCharsets.UTF_8), null, Reason.MISSING_SIGNATURE);
      refused(verifier, "status=paid".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Reason.UNSUPPORTED_CONTENT_TYPE);
    }
  }

  @Nested
  class Digest {
    final NotificationInfo<Paid> info = info(new VerificationScheme.Digest("signature", "{id}:{salt}", "SHA-1", "salt"), NotificationEncoding.JSON);
    final NotificationVerifier<Paid> verifier = NotificationVerifier.builder(info).secret(SECRET).build();

    @Test
    void acceptsTheDocumentedDigestInEitherCase() {
      ObjectNode body = body("1_a");
      body.put("signature", "64DF87471660300160D5B175E09A9E93A077152A"); // sha1("1_a:s3cr3t-salt"), computed apart
      assertEquals("1_a", verifier.verify(body.toString().getBytes(StandardCharsets.UTF_8), null).id());
      byte[] signed = new NotificationSigner(info, SECRET, CLOCK).sign(body("1_a"), NotificationEncoding.JSON);
      assertTrue(new String(signed, StandardCharsets.UTF_8).contains("\"64df87471660300160d5b175e09a9e93a077152a\""));
    }

    @Test
    void refusesAnotherIdUnderTheSameSignature() {
      ObjectNode body = body("1_b");
      body.put("signature", "64df87471660300160d5b175e09a9e93a077152a");
      NotificationVerificationException e = refused(verifier, body.toString().getBytes(StandardCharsets.UTF_8), null, Reason.BAD_SIGNATURE);
      assertTrue(e.getMessage().contains("{id}:<salt>"), e.getMessage());
    }

    @Test
    void refusesABodyWithoutTheSignedField() {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("signature", "64df87471660300160d5b175e09a9e93a077152a");
      refused(verifier, body.toString().getBytes(StandardCharsets.UTF_8), null, Reason.MALFORMED_BODY);
    }
  }

  @Test
  void configurationMistakesArePayspecExceptionsWithoutTheSecret() {
    NotificationInfo<Paid> info = info(new VerificationScheme.SharedSecret("s", "postback_secret"), NotificationEncoding.JSON);
    assertThrows(PayspecException.class, () -> NotificationVerifier.builder(info).build());
    assertThrows(PayspecException.class, () -> NotificationVerifier.builder(info).secret(" "));
    assertThrows(PayspecException.class, () -> NotificationVerifier.builder(info).secret(SECRET).tolerance(Duration.ofSeconds(-1)));
    assertFalse(NotificationVerifier.builder(info).secret(SECRET).build().toString().contains(SECRET));
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] json) {
    try {
      return io.payspec.runtime.json.Json.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
