package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.madeup.bodyco.BodycoClient;
import io.payspec.madeup.bodyco.v1.CreateInvoiceRequest;
import io.payspec.madeup.bodyco.v1.InvoiceType;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests never kill a worker, and the request log stays bounded and masks credentials; on
 * the made-up providers Acme (v1: an amount with its currency, violations as {@code 422 {"detail"}};
 * v2: violations as HTTP 400 field messages) and Bodyco (credentials in the body).
 */
@ExtendWith(SandboxExtension.class)
class SandboxRobustnessTest {
  private static final String ACME_V1 = "/acme/v1/invoices";
  private static final String ACME_V2 = "/acme/v2/invoices";

  private static Map<String, String> acmeAuth(Sandbox sandbox) {
    return Map.of("Authorization", "Token " + sandbox.credentials("acme").get("api_key"));
  }

  private static void assertServes(Sandbox sandbox) {
    assertEquals(200, RawHttp.post(sandbox, ACME_V2, acmeAuth(sandbox), json("{'shop_id': 's', 'amount': 10}")).status());
  }

  @Test
  void hugeExponentIsAViolationAndTheWorkerLives(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, ACME_V2, acmeAuth(sandbox), json("{'shop_id': 's', 'amount': -1e1000000000}"));

    assertEquals(400, answer.status());
    assertTrue(answer.body().toString().contains("-1E+1000000000"), answer.body().toString());
    assertServes(sandbox);
  }

  @Test
  void numberBeyondAnyDecimalIsMalformedNotAnInternalError(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, ACME_V2, acmeAuth(sandbox), json("{'shop_id': 's', 'amount': 1e2147483648}"));

    assertEquals(400, answer.status());
    assertFalse(answer.body().toString().contains("Exception"), answer.body().toString());
    assertServes(sandbox);
  }

  @Test
  void tinyAmountWithCurrencyGetsAnAnswer(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, ACME_V1, acmeAuth(sandbox),
        json("{'currency': 'BTC', 'amount': '1e-100000 USD', 'expires_time': 30, 'label': 'x'}"));

    assertEquals(422, answer.status());
    assertEquals("amount", answer.body().at("/detail/0/loc/1").asText());
  }

  @Test
  void longEmailDomainIsAViolationAndTheWorkerLives(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, ACME_V2, acmeAuth(sandbox),
        json("{'shop_id': 's', 'amount': 10, 'email': 'a@b" + ".c".repeat(5000) + "'}"));

    assertEquals(400, answer.status());
    assertTrue(answer.body().toString().length() < 1000, "answer of " + answer.body().toString().length() + " characters");
    assertServes(sandbox);
  }

  @Test
  void logKeepsHeadersAndBodiesWithCredentialsMasked(Sandbox sandbox) {
    RawHttp.post(sandbox, ACME_V1, Map.of("Authorization", "Token acme_live_key_123"),
        json("{'currency': 'BTC', 'amount': '1 USD', 'expires_time': 30, 'label': 'x'}"));
    RecordedRequest acme = sandbox.requests().last();
    BodycoClient.builder().login("shop").secret("bc_secret_456").baseUrl(sandbox.baseUrl()).build()
        .v1().createInvoice(CreateInvoiceRequest.builder().amount(BigDecimal.TEN).type(InvoiceType.TOPUP).lifetime(60).build());
    RecordedRequest bodyco = sandbox.requests().last();

    assertEquals("Token ****", acme.header("Authorization"));
    assertEquals("application/json", acme.header("content-type"));
    assertTrue(acme.body().contains("\"label\": \"x\""), acme.body());
    assertFalse(bodyco.body().contains("bc_secret_456"), bodyco.body());
    assertTrue(bodyco.body().contains("\"secret\":\"****\""), bodyco.body());
    assertTrue(bodyco.body().contains("\"login\":\"shop\""), bodyco.body());
  }

  @Test
  void longPathsAreCutInTheLog(Sandbox sandbox) {
    RawHttp.post(sandbox, "/" + "p".repeat(200 * 1024), Map.of(), "{}");

    RecordedRequest recorded = sandbox.requests().last();
    assertTrue(recorded.path().length() < RequestLog.MAX_PATH_CHARS + 40, "kept " + recorded.path().length());
  }

  @Test
  void logKeepsTheNewestRequestsAndCountsThemAll() {
    RequestLog log = new RequestLog();
    for (int i = 0; i < RequestLog.MAX_REQUESTS + 5; i++) {
      log.record(new RecordedRequest("POST", "/" + i, null));
    }

    assertEquals(RequestLog.MAX_REQUESTS, log.all().size());
    assertEquals("/5", log.all().get(0).path());
    assertEquals(RequestLog.MAX_REQUESTS + 5, log.total());
  }
}
