package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.crystalpay.v3.CreateInvoiceRequest;
import io.payspec.crystalpay.v3.Invoice;
import io.payspec.crystalpay.v3.InvoiceType;
import io.payspec.crystalpay.v3.SubtractFrom;
import io.payspec.runtime.error.AuthenticationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class CrystalPaySandboxTest {
  private static final String PATH = "/v3/invoice/create/";

  private static String withAuth(Sandbox sandbox, String fields) {
    Map<String, String> credentials = sandbox.credentials("crystalpay");
    return "{\"auth_login\": \"" + credentials.get("auth_login") + "\", \"auth_secret\": \""
        + credentials.get("auth_secret") + "\", " + json(fields) + "}";
  }

  @Test
  void createsAnInvoiceThroughTheGeneratedClient(Sandbox sandbox) {
    CrystalPayClient client = CrystalPayClient.builder()
        .authLogin(sandbox.credentials("crystalpay").get("auth_login"))
        .authSecret(sandbox.credentials("crystalpay").get("auth_secret"))
        .baseUrl(sandbox.baseUrl())
        .build();

    Invoice invoice = client.v3().createInvoice(CreateInvoiceRequest.builder()
        .amount(new BigDecimal("100")).currency("USD").type(InvoiceType.TOPUP).lifetime(60).build());

    assertTrue(invoice.id().matches("\\d{9}_[a-z]{10}"), invoice.id());
    assertEquals("https://pay.crystalpay.io/?i=" + invoice.id(), invoice.url());
    assertEquals(0, new BigDecimal("8146").compareTo(invoice.rubAmount()), "the page's example rate");
    assertEquals(InvoiceType.TOPUP, invoice.type());
    assertEquals(SubtractFrom.AMOUNT, invoice.subtractFrom(), "the documented default");
  }

  @Test
  void answersTheDocumentedBodyWithMoneyAsStrings(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of(),
        withAuth(sandbox, "'amount': 1500, 'type': 'purchase', 'lifetime': 30"));

    assertEquals(200, answer.status(), answer.body().toString());
    assertEquals("false", answer.body().get("error").toString());
    assertEquals("[]", answer.body().get("errors").toString());
    assertEquals("RUB", answer.body().get("currency").asText(), "the documented default");
    assertEquals("\"1500\"", answer.body().get("amount").toString());
    assertEquals("\"1500\"", answer.body().get("rub_amount").toString());
    assertEquals("purchase", answer.body().get("type").asText());
    assertEquals("amount", answer.body().get("subtract_from").asText());
  }

  @Test
  void refusesAWrongSecretWithHttp200AndTheErrorList(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of(), json(
        "{'auth_login': 'sandbox-login', 'auth_secret': 'sandbox-refused-credential', 'amount': 1, 'type': 'topup', 'lifetime': 5}"));

    assertEquals(200, answer.status());
    assertEquals(json("{'error':true,'errors':['Invalid auth credentials']}"), answer.body().toString());
  }

  @Test
  void theClientReadsTheRefusalAsAnAuthenticationFailure(Sandbox sandbox) {
    CrystalPayClient client = CrystalPayClient.builder()
        .authLogin("sandbox-login").authSecret(Sandbox.REFUSED_CREDENTIAL).baseUrl(sandbox.baseUrl()).build();
    CreateInvoiceRequest request = CreateInvoiceRequest.builder()
        .amount(BigDecimal.ONE).type(InvoiceType.PURCHASE).lifetime(5).build();

    AuthenticationException refused = assertThrows(AuthenticationException.class, () -> client.v3().createInvoice(request));

    assertEquals(200, refused.status());
  }

  @Test
  void answersViolationsAsTheErrorListWithHttp200(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of(),
        withAuth(sandbox, "'amount': 0, 'lifetime': 9999, 'redirect_url': 'nope', 'payer_details': {'email': 'x'}"));

    assertEquals(200, answer.status());
    assertTrue(answer.body().get("error").booleanValue());
    assertEquals(List.of(
            "`amount` must be greater than 0, was 0",
            "`type` is required",
            "`lifetime` must be at least 1 and at most 4320, was 9999",
            "`payer_details.email` must be an e-mail address",
            "`redirect_url` must be an absolute http or https URL, was 'nope'"),
        texts(answer.body().get("errors")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  @Test
  void answersMalformedJsonAsTheErrorList(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, PATH, Map.of(), "{oops");

    assertEquals(200, answer.status());
    assertTrue(answer.body().get("error").booleanValue());
    assertTrue(answer.body().at("/errors/0").asText().startsWith("the body is not valid JSON"), answer.body().toString());
  }

  @Test
  void keepsTheTrailingSlash(Sandbox sandbox) {
    RawHttp.Answer answer = RawHttp.post(sandbox, "/v3/invoice/create", Map.of(),
        withAuth(sandbox, "'amount': 1, 'type': 'topup', 'lifetime': 5"));

    assertEquals(404, answer.status());
  }
}
