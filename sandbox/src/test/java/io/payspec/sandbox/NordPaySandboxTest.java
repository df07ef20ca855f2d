package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.CreateInvoiceRequest;
import io.payspec.nordpay.v1.Invoice;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.error.AuthenticationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class NordPaySandboxTest {
  private static final String PATH = "/invoice/create";
  private static final String VALID = json("{'currency': 'USDTBEP20', 'amount': '200 USD', 'expires_time': 30,"
      + " 'label': 'Order #123', 'success_url': 'https://shop.example/ok'}");

  private static Map<String, String> auth(Sandbox sandbox) {
    return Map.of("X-API-KEY", sandbox.credentials("nordpay").get("api_key"));
  }

  @Test
  void createsAnInvoiceThroughTheGeneratedClient(Sandbox sandbox) {
    NordPayClient client = NordPayClient.builder()
        .apiKey(sandbox.credentials("nordpay").get("api_key"))
        .baseUrl(sandbox.baseUrl())
        .build();

    Invoice invoice = client.v1().createInvoice(CreateInvoiceRequest.builder()
        .allowedCurrencies("USDTBEP20", "BTC")
        .amount(CurrencyAmount.of("0.015", "BNB"))
        .expiresTime(45)
        .label("Order #7")
        .build());

    assertEquals("Order #7", invoice.label());
    assertEquals(Duration.ofMinutes(45), Duration.between(invoice.createdAt(), invoice.expiresAt()));
    assertEquals(0, new BigDecimal("0.015").compareTo(invoice.amount().orElseThrow()));
    assertTrue(invoice.currency().isEmpty(), "no single currency when the payer chooses");
    assertEquals(Boolean.FALSE, invoice.isPaid().orElseThrow());
    assertTrue(invoice.url().endsWith(invoice.uuid()), invoice.url());
  }

  @Test
  void answersTheFlatInvoiceOfThePage(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), VALID);

    assertEquals(200, answer.status(), answer.body().toString());
    JsonNode invoice = answer.body();
    assertTrue(invoice.get("id").isIntegralNumber());
    assertEquals("USDTBEP20", invoice.get("currency").asText());
    assertEquals(0, new BigDecimal("200").compareTo(invoice.get("amount").decimalValue()));
    assertEquals(0, new BigDecimal("200").compareTo(invoice.get("amount_usd").decimalValue()));
    assertTrue(invoice.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"),
        invoice.get("created_at").asText());
    Instant created = Instant.parse(invoice.get("created_at").asText());
    Instant expires = Instant.parse(invoice.get("expires_at").asText());
    assertEquals(Duration.ofMinutes(30), Duration.between(created, expires));
    assertFalse(invoice.get("is_paid").booleanValue());
    assertFalse(invoice.get("is_expired").booleanValue());
    assertEquals("https://shop.example/ok", invoice.get("success_url").asText());
    assertTrue(invoice.get("fail_url").isNull());
  }

  @Test
  void refusesAWrongKeyWith401Detail(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of("X-API-KEY", Sandbox.REFUSED_CREDENTIAL), VALID);

    assertEquals(401, answer.status());
    assertEquals(json("{'detail':'Invalid API key'}"), answer.body().toString());
  }

  @Test
  void theClientReadsTheRefusalAsAnAuthenticationFailure(Sandbox sandbox) {
    NordPayClient client = NordPayClient.builder().apiKey(Sandbox.REFUSED_CREDENTIAL).baseUrl(sandbox.baseUrl()).build();
    CreateInvoiceRequest request = CreateInvoiceRequest.builder()
        .currency("BTC").amount(CurrencyAmount.of("1", "USD")).expiresTime(30).label("x").build();

    assertThrows(AuthenticationException.class, () -> client.v1().createInvoice(request));
  }

  @Test
  void answersViolationsAsFastApiDetails(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), json("{'currency': 'BTC',"
        + " 'allowed_currencies': ['BTC', 'ETH'], 'amount': '200 USD', 'expires_time': 5000}"));

    assertEquals(422, answer.status());
    assertEquals(json("{'detail':["
        + "{'loc':['body','expires_time'],'msg':'must be at least 1 and at most 1440, was 5000','type':'value_error'},"
        + "{'loc':['body','label'],'msg':'is required','type':'value_error'},"
        + "{'loc':['body'],'msg':'exactly one of currency, allowed_currencies must be set, 2 are','type':'value_error'}]}"),
        answer.body().toString());
  }

  @Test
  void answersAnUnreadableAmountAtItsLocation(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox),
        json("{'currency': 'BTC', 'amount': '200', 'expires_time': 30, 'label': 'x'}"));

    assertEquals(422, answer.status());
    assertEquals(json("['body','amount']"), answer.body().at("/detail/0/loc").toString());
    assertEquals("type_error", answer.body().at("/detail/0/type").asText());
    assertTrue(answer.body().at("/detail/0/msg").asText().contains("such as '200 USD'"), answer.body().toString());
  }

  @Test
  void answersAListElementByIndex(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox),
        json("{'allowed_currencies': ['BTC', {'x': 1}], 'amount': '1 USD', 'expires_time': 30, 'label': 'x'}"));

    assertEquals(422, answer.status());
    assertEquals(json("['body','allowed_currencies',1]"), answer.body().at("/detail/0/loc").toString());
  }

  @Test
  void answersABodyThatIsNotAnObject(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), "[1, 2]");

    assertEquals(422, answer.status());
    assertEquals("json_invalid", answer.body().at("/detail/0/type").asText());
    assertEquals("the body must be a JSON object, was array", answer.body().at("/detail/0/msg").asText());
  }
}
