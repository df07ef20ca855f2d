package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.CryptoCurrency;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.cryptocloud.v2.InvoiceStatus;
import io.payspec.cryptocloud.v2.TimeToPay;
import io.payspec.runtime.error.AuthenticationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class CryptoCloudV2SandboxTest {
  private static final String PATH = "/v2/invoice/create";
  private static final List<String> EXAMPLE_FIELDS = List.of("uuid", "created", "address", "expiry_date",
      "side_commission", "side_commission_service", "type_payments", "amount", "amount_usd", "amount_in_fiat",
      "fee", "fee_usd", "service_fee", "service_fee_usd", "fiat_currency", "status", "is_email_required", "link",
      "invoice_id", "currency", "project", "test_mode");

  private static Map<String, String> auth(Sandbox sandbox) {
    return Map.of("Authorization", "Token " + sandbox.credentials("cryptocloud").get("api_key"));
  }

  @Test
  void createsAnInvoiceThroughTheGeneratedClient(Sandbox sandbox) {
    CryptoCloudClient client = CryptoCloudClient.builder()
        .apiKey(sandbox.credentials("cryptocloud").get("api_key"))
        .baseUrl(sandbox.baseUrl())
        .build();

    Invoice invoice = client.v2().createInvoice(CreateInvoiceRequest.builder()
        .shopId("shop-1")
        .amount(new BigDecimal("250.50"))
        .currency(FiatCurrency.EUR)
        .addFields(AddFields.builder()
            .cryptocurrency(CryptoCurrency.USDT_TRC20)
            .timeToPay(TimeToPay.builder().hours(2).minutes(30).build())
            .build())
        .build());

    assertTrue(invoice.uuid().matches("INV-[A-Z0-9]{8}"), invoice.uuid());
    assertEquals("https://pay.cryptocloud.plus/" + invoice.uuid().substring(4), invoice.link());
    assertEquals(0, new BigDecimal("250.50").compareTo(invoice.amountInFiat()));
    assertEquals("EUR", invoice.fiatCurrency());
    assertEquals(InvoiceStatus.CREATED, invoice.status());
    assertEquals(Duration.ofMinutes(150), Duration.between(invoice.created(), invoice.expiryDate()));
    assertEquals("USDT", invoice.currency().code());
    assertTrue(invoice.address().isPresent(), "an address when a cryptocurrency is selected");
  }

  @Test
  void answersEveryFieldOfTheExampleInTheEnvelope() {
    Instant now = Instant.parse("2026-01-27T09:03:58.958133Z");
    try (Sandbox sandbox = Sandbox.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).start()) {
      RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), json("{'shop_id': 's', 'amount': 100}"));

      assertEquals(200, answer.status());
      assertEquals("success", answer.body().get("status").asText());
      JsonNode result = answer.body().get("result");
      List<String> names = iterableToList(result);
      assertEquals(EXAMPLE_FIELDS, names);
      assertEquals("2026-01-27 09:03:58.958133", result.get("created").asText());
      assertEquals("2026-01-28 09:03:58.958133", result.get("expiry_date").asText(), "24 hours by default");
      assertEquals("USD", result.get("fiat_currency").asText());
      assertEquals(0, new BigDecimal("100").compareTo(result.get("amount_in_fiat").decimalValue()));
      assertEquals("created", result.get("status").asText());
      assertTrue(result.get("address").isNull(), "no address without a selected cryptocurrency");
      assertEquals("ETH", result.at("/currency/code").asText());
      assertEquals("ERC20", result.at("/currency/network/code").asText());
    }
  }

  @Test
  void givesEveryInvoiceAFreshId(Sandbox sandbox) {
    String body = json("{'shop_id': 's', 'amount': 1}");
    String first = RawHttp.post(sandbox, PATH, auth(sandbox), body).body().at("/result/uuid").asText();
    String second = RawHttp.post(sandbox, PATH, auth(sandbox), body).body().at("/result/uuid").asText();

    assertNotEquals(first, second);
  }

  @Test
  void refusesAWrongKeyWithTheDocumentedBody(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of(), json("{'shop_id': 's', 'amount': 10}"));

    assertEquals(401, answer.status());
    assertEquals(json("{'status':'error','result':{'authorization':'Unauthorized request.'}}"), answer.body().toString());
  }

  @Test
  void theClientReadsTheRefusalAsAnAuthenticationFailure(Sandbox sandbox) {
    CryptoCloudClient client = CryptoCloudClient.builder().apiKey(Sandbox.REFUSED_CREDENTIAL).baseUrl(sandbox.baseUrl()).build();
    CreateInvoiceRequest request = CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.TEN).build();

    AuthenticationException refused = assertThrows(AuthenticationException.class, () -> client.v2().createInvoice(request));

    assertTrue(refused.getMessage().contains("Unauthorized request."), refused.getMessage());
  }

  @Test
  void answersEveryViolationByNestedWirePath(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), json("{'shop_id': 's', 'amount': -5,"
        + " 'email': 'not-an-email', 'add_fields': {'period': 'week', 'time_to_pay': {'minutes': 75}}}"));

    assertEquals(400, answer.status());
    assertEquals("error", answer.body().get("status").asText());
    JsonNode result = answer.body().get("result");
    assertEquals(List.of("amount", "email", "add_fields.time_to_pay.minutes", "add_fields.period"), iterableToList(result));
    assertEquals("add_fields.period may only be set together with add_fields.email_to_send",
        result.get("add_fields.period").asText());
  }

  @Test
  void answersAnUndocumentedEnumValueAsAViolation(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), json("{'shop_id': 's', 'amount': 1, 'currency': 'XYZ'}"));

    assertEquals(400, answer.status());
    assertTrue(answer.body().at("/result/currency").asText().startsWith("currency "), answer.body().toString());
  }

  @Test
  void answersMalformedJsonUnderValidateError(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), "{\"shop_id\": ");

    assertEquals(400, answer.status());
    assertTrue(answer.body().at("/result/validate_error").asText().startsWith("the body is not valid JSON"),
        answer.body().toString());
  }

  @Test
  void answersAWrongJsonTypeAtItsPath(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox),
        json("{'shop_id': 's', 'amount': 1, 'add_fields': {'time_to_pay': {'hours': 'soon'}}}"));

    assertEquals(400, answer.status());
    assertEquals("add_fields.time_to_pay.hours must be an integer, was 'soon'",
        answer.body().at("/result/add_fields.time_to_pay.hours").asText());
  }

  @Test
  void refusesAFractionAsAnInteger(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox),
        json("{'shop_id': 's', 'amount': 1, 'add_fields': {'time_to_pay': {'hours': 1.5}}}"));

    assertEquals(400, answer.status());
    assertFalse(answer.body().at("/result/add_fields.time_to_pay.hours").isMissingNode(), answer.body().toString());
  }

  private static List<String> iterableToList(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
