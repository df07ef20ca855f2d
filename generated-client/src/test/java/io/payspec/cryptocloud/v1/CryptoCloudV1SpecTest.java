package io.payspec.cryptocloud.v1;

import static io.payspec.testing.JsonAssert.MAPPER;
import static io.payspec.testing.JsonAssert.assertSameJson;
import static io.payspec.testing.JsonAssert.readViaTree;
import static io.payspec.testing.JsonAssert.tree;
import static io.payspec.testing.JsonAssert.write;
import static io.payspec.testing.Violations.assertInvalid;
import static io.payspec.testing.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import io.payspec.testing.Paths;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CryptoCloud v1 createInvoice against provider-docs/cryptocloud-v1-invoice-create.en.md and README.md. */
class CryptoCloudV1SpecTest {
  /** The Python and JavaScript examples' body. */
  static final String PAGE_REQUEST = """
      {"amount": 100.0, "currency": "USD", "description": "Pay"}""";

  /** The "200: OK Invoice has been created" example (README: v1 success bodies are flat). */
  static final String PAGE_RESPONSE = """
      {
          "status": "success",
          "pay_url": "https://pay.cryptocloud.plus/DZLF4212",
          "currency": "BTC",
          "invoice_id": "DZLF4212"
      }""";

  static CreateInvoiceRequest.Builder valid() {
    return CreateInvoiceRequest.builder().shopId("xBAivfPIbskwuEWj").amount(new BigDecimal("100.0"));
  }

  @Nested
  class RequestSerialization {
    @Test
    void pageExampleIsWrittenAsThePageShowsItPlusTheRequiredShopId() {
      // The examples leave out shop_id, which the field table marks required (red star): the
      // descriptor follows the table, so the example can only be sent with a shop_id added.
      CreateInvoiceRequest request = CreateInvoiceRequest.builder()
          .amount(new BigDecimal("100.0"))
          .currency(FiatCurrency.USD)
          .description("Pay")
          .shopId("xBAivfPIbskwuEWj")
          .build();

      String json = write(request);

      ObjectNode expected = (ObjectNode) tree(PAGE_REQUEST);
      expected.put("shop_id", "xBAivfPIbskwuEWj");
      assertSameJson(expected, tree(json));
      // 100.0 keeps its scale on the wire, as the page writes it.
      assertEquals("{\"shop_id\":\"xBAivfPIbskwuEWj\",\"amount\":100.0,\"currency\":\"USD\",\"description\":\"Pay\"}", json);
    }

    @Test
    void pageExampleWithoutShopIdIsRefused() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder()
          .amount(new BigDecimal("100.0")).currency(FiatCurrency.USD).description("Pay");
      assertInvalid(builder::validate, builder::build, "shop_id required");
    }

    @Test
    void everyFieldIsWrittenInDescriptorOrder() {
      assertEquals("{\"shop_id\":\"s\",\"amount\":12.34,\"currency\":\"UAH\",\"order_id\":\"o-1\","
              + "\"email\":\"a@example.com\",\"description\":\"Pay\"}",
          write(CreateInvoiceRequest.builder().shopId("s").amount(new BigDecimal("12.34")).currency(FiatCurrency.UAH)
              .orderId("o-1").email("a@example.com").description("Pay").build()));
    }
  }

  @Nested
  class ResponseDeserialization {
    @Test
    void pageExampleIsReadIntoEveryField() {
      CreatedInvoice invoice = readViaTree(PAGE_RESPONSE, CreatedInvoice.class);

      assertEquals("success", invoice.status());
      assertEquals("https://pay.cryptocloud.plus/DZLF4212", invoice.payUrl());
      assertEquals("BTC", invoice.currency());
      assertEquals("DZLF4212", invoice.invoiceId());
    }

    @Test
    void unknownFieldsAreIgnoredAndTheBodyIsWrittenBackAsReceived() {
      ObjectNode withExtras = (ObjectNode) tree(PAGE_RESPONSE);
      withExtras.put("amount_usd", 100.0).putObject("meta").put("x", 1);

      CreatedInvoice invoice = readViaTree(withExtras.toString(), CreatedInvoice.class);

      assertEquals(readViaTree(PAGE_RESPONSE, CreatedInvoice.class), invoice);
      assertSameJson(PAGE_RESPONSE, write(invoice));
      assertEquals("{\"status\":\"success\",\"pay_url\":\"https://pay.cryptocloud.plus/DZLF4212\",\"currency\":\"BTC\","
          + "\"invoice_id\":\"DZLF4212\"}", write(invoice));
    }
  }

  @Nested
  class Validation {
    @Test
    void pageExampleWithShopIdIsValid() {
      assertValid(valid().currency(FiatCurrency.USD).description("Pay")::validate);
    }

    @Test
    void requiredFieldsAreReportedTogether() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder().description("Pay");
      assertInvalid(builder::validate, builder::build, "shop_id required", "amount required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-100.0"})
    void amountMustBePositive(String amount) {
      CreateInvoiceRequest.Builder builder = valid().amount(new BigDecimal(amount));
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "amount range");
      assertEquals("must be greater than 0, was " + amount, violations.get(0).message());
    }

    @Test
    void emailMustBeAnEmailAddress() {
      CreateInvoiceRequest.Builder builder = valid().email("user(at)example.com");
      assertInvalid(builder::validate, builder::build, "email email");
      assertValid(valid().email("user@example.com")::validate);
    }

    @Test
    void currencyOutsideTheV1ListIsRejected() throws Exception {
      // KZT is a v2 conversion currency, not a v1 one.
      CreateInvoiceRequest request = MAPPER.readValue(
          "{\"shop_id\":\"s\",\"amount\":1,\"currency\":\"KZT\"}", CreateInvoiceRequest.class);
      assertSame(FiatCurrency.UNKNOWN, request.currency());
      CreateInvoiceRequest.Builder builder = request.toBuilder();
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "currency enum");
      assertEquals("must be one of USD, RUB, EUR, GBP, UAH", violations.get(0).message());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder()
          .amount(new BigDecimal("-1")).currency(FiatCurrency.UNKNOWN).email("x");
      assertInvalid(builder::validate, builder::build,
          "shop_id required", "amount range", "currency enum", "email email");
    }
  }

  @Nested
  class Metadata {
    @Test
    void operationDescribesTheEndpoint() {
      Operation<CreateInvoiceRequest, CreatedInvoice> op = CryptoCloudV1.CREATE_INVOICE;
      assertEquals(List.of(op, CryptoCloudV1.GET_INVOICE), CryptoCloudV1.operations());
      assertEquals("v1", op.version());
      assertEquals(HttpMethod.POST, op.method());
      assertEquals("/v1/invoice/create", op.path());
      assertEquals(EnvelopeKind.FLAT, op.envelope().kind());
      assertEquals(List.of(ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL), op.errors().shapes());
      assertEquals(List.of("Unauthenticated."), op.errors().authenticationMessages());
      assertEquals(List.of(406), op.errors().unavailableStatuses());
      assertEquals("CryptoCloud v1 createInvoice", op.displayName());
    }

    @Test
    void fieldInfosCoverEveryFieldTheRequestWrites() {
      CreateInvoiceRequest full = CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.TEN)
          .currency(FiatCurrency.RUB).orderId("o").email("a@example.com").description("d").build();
      List<String> described = CryptoCloudV1.CREATE_INVOICE.requestFields().stream().map(FieldInfo::path).toList();

      assertEquals(List.of("shop_id", "amount", "currency", "order_id", "email", "description"), described);
      assertEquals(Paths.leafPaths(tree(write(full))), described);
      FieldInfo currency = CryptoCloudV1.CREATE_INVOICE.requestFields().get(2);
      assertEquals(FieldKind.ENUM, currency.kind());
      assertEquals(List.of("USD", "RUB", "EUR", "GBP", "UAH"), currency.enumValues());
      assertEquals(null, currency.defaultValue());
      assertTrue(CryptoCloudV1.CREATE_INVOICE.requestFields().get(0).required());
      assertFalse(CryptoCloudV1.CREATE_INVOICE.requestFields().get(5).required());
    }
  }
}
