package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v1.CreateInvoiceRequest;
import io.payspec.cryptocloud.v1.CreatedInvoice;
import io.payspec.cryptocloud.v1.FiatCurrency;
import io.payspec.runtime.error.AuthenticationException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class CryptoCloudV1SandboxTest {
  private static final String PATH = "/v1/invoice/create";

  private static Map<String, String> auth(Sandbox sandbox) {
    return Map.of("Authorization", "Token " + sandbox.credentials("cryptocloud").get("api_key"));
  }

  @Test
  void createsAnInvoiceThroughTheGeneratedClient(Sandbox sandbox) {
    CryptoCloudClient client = CryptoCloudClient.builder()
        .apiKey(sandbox.credentials("cryptocloud").get("api_key"))
        .baseUrl(sandbox.baseUrl())
        .build();

    CreatedInvoice invoice = client.v1().createInvoice(CreateInvoiceRequest.builder()
        .shopId("shop-1").amount(new BigDecimal("100")).currency(FiatCurrency.EUR).build());

    assertEquals("success", invoice.status());
    assertEquals("EUR", invoice.currency());
    assertTrue(invoice.invoiceId().matches("[A-Z0-9]{8}"), invoice.invoiceId());
    assertEquals("https://pay.cryptocloud.plus/" + invoice.invoiceId(), invoice.payUrl());
  }

  @Test
  void answersTheFlatV1Body(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), json("{'shop_id': 's', 'amount': 10}"));

    assertEquals(200, answer.status(), answer.body().toString());
    assertEquals("success", answer.body().get("status").asText());
    assertEquals("USD", answer.body().get("currency").asText(), "the request's currency, USD when none is sent");
    String id = answer.body().get("invoice_id").asText();
    assertEquals("https://pay.cryptocloud.plus/" + id, answer.body().get("pay_url").asText());
    assertEquals(4, answer.body().size(), answer.body().toString());
  }

  @Test
  void refusesAWrongKeyWithTheDocumentedBody(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of("Authorization", "Token " + Sandbox.REFUSED_CREDENTIAL),
        json("{'shop_id': 's', 'amount': 10}"));

    assertEquals(401, answer.status());
    assertEquals(json("{'message':'Unauthenticated.'}"), answer.body().toString());
  }

  @Test
  void refusesAKeyWithoutTheTokenPrefix(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH,
        Map.of("Authorization", sandbox.credentials("cryptocloud").get("api_key")), json("{'shop_id': 's', 'amount': 10}"));

    assertEquals(401, answer.status());
  }

  @Test
  void theClientReadsTheRefusalAsAnAuthenticationFailure(Sandbox sandbox) {
    CryptoCloudClient client = CryptoCloudClient.builder().apiKey(Sandbox.REFUSED_CREDENTIAL).baseUrl(sandbox.baseUrl()).build();
    CreateInvoiceRequest request = CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.TEN).build();

    AuthenticationException refused = assertThrows(AuthenticationException.class, () -> client.v1().createInvoice(request));

    assertEquals(401, refused.status());
    assertTrue(refused.getMessage().contains("Unauthenticated."), refused.getMessage());
  }

  @Test
  void answersViolationsAsFieldMessages(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, auth(sandbox), json("{'amount': -1, 'email': 'nope'}"));

    assertEquals(400, answer.status());
    assertEquals("error", answer.body().get("status").asText());
    assertEquals("shop_id is required", answer.body().at("/result/shop_id").asText());
    assertEquals("amount must be greater than 0, was -1", answer.body().at("/result/amount").asText());
    assertTrue(answer.body().at("/result/email").asText().startsWith("email must be an e-mail address"));
  }
}
