package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.ResultStyleInvoice;
import io.payspec.runtime.fixtures.FlatMessageInvoice;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.ErrorFlagRequest;
import io.payspec.runtime.fixtures.ErrorFlagInvoice;
import io.payspec.runtime.fixtures.DetailStyleRequest;
import io.payspec.runtime.fixtures.DetailStyleInvoice;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documented success bodies decode into the response types, money exactly. */
class SuccessDecodingTest {
  /** A success body in the status/result envelope, with every documented field. */
  static final String CC_V2_EXAMPLE = """
      {
          "status": "success",
          "result": {
              "uuid": "INV-89UX09KA",
              "created": "2026-01-27 09:03:58.958133",
              "address": "0xb07427fc721C23674c48233ffE93D3846ee58B63",
              "expiry_date": "2026-01-28 09:03:57.493361",
              "side_commission": "client",
              "side_commission_service": "merchant",
              "type_payments": "crypto",
              "amount": 0.034187,
              "amount_usd": 100.0,
              "amount_in_fiat": 100.0,
              "fee": 1.499999996212864e-06,
              "fee_usd": 0.0,
              "service_fee": 0.00065,
              "service_fee_usd": 1.9,
              "fiat_currency": "USD",
              "status": "created",
              "is_email_required": false,
              "link": "https://pay.prefixed.example/89UX09KA",
              "invoice_id": null,
              "currency": {
                  "id": 3,
                  "code": "ETH",
                  "fullcode": "ETH",
                  "network": {"code": "ERC20", "id": 3, "fullname": "Ethereum"},
                  "name": "Ethereum"
              },
              "project": {"id": 1, "name": "Test", "logo": null},
              "test_mode": false
          }
      }
      """;

  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    server = StubServer.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void statusAndResultEnvelope() {
    server.answerJson(200, CC_V2_EXAMPLE);

    ResultStyleInvoice invoice = Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    assertEquals("INV-89UX09KA", invoice.uuid());
    assertEquals(Instant.parse("2026-01-27T09:03:58.958133Z"), invoice.created());
    assertEquals(new BigDecimal("0.034187"), invoice.amount());
    assertEquals(new BigDecimal("100.0"), invoice.amountUsd());
    assertEquals(new BigDecimal("1.499999996212864e-06"), invoice.fee());
    assertEquals("0.000001499999996212864", invoice.fee().toPlainString());
    assertEquals("created", invoice.status());
    assertEquals("ETH", invoice.currency().code());
    assertEquals(3, invoice.currency().id());
  }

  @Test
  void flatBodyWithDecimalStringsAndNulls() {
    server.answerJson(200, """
        {"id": 42, "uuid": "u-1", "currency": "USDTBEP20", "amount": "10.00", "amount_usd": 10.5,
         "created_at": "2026-07-05T09:23:28.359399Z", "is_paid": null, "url": "https://pay/1",
         "status": "pending", "new_field": {"x": 1}}
        """);

    DetailStyleInvoice invoice = Clients.plainHeader(server).build().call(Styles.FLAT_DETAIL,
        new DetailStyleRequest("USDTBEP20", null, CurrencyAmount.of("10", "USD"), 30, "l", null));

    assertEquals(42L, invoice.id());
    assertEquals(new BigDecimal("10.00"), invoice.amount());
    assertEquals(new BigDecimal("10.5"), invoice.amountUsd());
    assertEquals(Instant.parse("2026-07-05T09:23:28.359399Z"), invoice.createdAt());
    assertNull(invoice.paid());
  }

  @Test
  void errorFlagEnvelope() {
    server.answerJson(200, """
        {"error": false, "errors": [], "id": "123456789_abcdefghij",
         "url": "https://pay.body.example/?i=123456789_abcdefghij", "rub_amount": "8146",
         "currency": "USD", "amount": "100", "type": "topup", "subtract_from": "amount"}
        """);

    ErrorFlagInvoice invoice = Clients.bodyAuth(server).build().call(Styles.ERROR_FLAG_OP,
        new ErrorFlagRequest(new BigDecimal("100"), "topup", 60, "USD"));

    assertEquals("123456789_abcdefghij", invoice.id());
    assertEquals(new BigDecimal("8146"), invoice.rubAmount());
    assertEquals(new BigDecimal("100"), invoice.amount());
  }

  @Test
  void errorFlagAbsentMeansSuccess() {
    server.answerJson(200, "{\"id\": \"x\", \"amount\": 1.10}");

    ErrorFlagInvoice invoice = Clients.bodyAuth(server).build().call(Styles.ERROR_FLAG_OP,
        new ErrorFlagRequest(BigDecimal.ONE, "topup", 60, null));

    assertEquals(new BigDecimal("1.10"), invoice.amount());
  }

  @Test
  void flatV1BodyAndAsyncCall() {
    server.answerJson(200, "{\"status\": \"success\", \"pay_url\": \"https://pay/x\", \"currency\": \"BTC\", "
        + "\"invoice_id\": \"INV-1\"}");

    FlatMessageInvoice invoice = Clients.prefixedHeader(server).build()
        .callAsync(Styles.FLAT_MESSAGE, ResultStyleRequest.sample("o")).join();

    assertEquals("https://pay/x", invoice.payUrl());
    assertEquals("INV-1", invoice.invoiceId());
  }

  @Test
  void anyTwoHundredStatusIsASuccess() {
    server.answerJson(201, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-2\",\"amount\":1e2}}");

    ResultStyleInvoice invoice = Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    assertEquals("INV-2", invoice.uuid());
    assertEquals(0, new BigDecimal("100").compareTo(invoice.amount()));
  }
}
