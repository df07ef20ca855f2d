package io.payspec.crystalpay.v3;

import static io.payspec.testing.JsonAssert.MAPPER;
import static io.payspec.testing.JsonAssert.assertSameJson;
import static io.payspec.testing.JsonAssert.readViaTree;
import static io.payspec.testing.JsonAssert.tree;
import static io.payspec.testing.JsonAssert.write;
import static io.payspec.testing.Violations.assertInvalid;
import static io.payspec.testing.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
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

/**
 * CrystalPay v3 createInvoice against provider-docs/crystalpay-v3-invoice-create.ru.md and README.md.
 * The page has no request example: requests are built from its field table.
 */
class CrystalPayV3SpecTest {
  /** The response example ("JSON" tab): a flat body, the invoice next to the error flag and list. */
  static final String PAGE_RESPONSE = """
      {
          "error": false,
          "errors": [],
          "id": "123456789_abcdefghij",
          "url": "https://pay.crystalpay.io/?i=123456789_abcdefghij",
          "rub_amount": "8146",
          "currency": "USD",
          "amount": "100",
          "type": "topup",
          "subtract_from": "amount"
      }""";

  /** The request the page's response answers: 100 USD, topup, fee from the amount. */
  static CreateInvoiceRequest.Builder pageRequest() {
    return CreateInvoiceRequest.builder()
        .amount(new BigDecimal("100"))
        .type(InvoiceType.TOPUP)
        .lifetime(60)
        .currency("USD")
        .subtractFrom(SubtractFrom.AMOUNT);
  }

  static CreateInvoiceRequest full() {
    return pageRequest()
        .requiredMethod("CRYSTALPAY")
        .payerDetails(PayerDetails.builder().email("payer@example.com").build())
        .description("Order #123")
        .extra("payment-42")
        .redirectUrl("https://example.com/done")
        .callbackUrl("https://example.com/callback")
        .build();
  }

  @Nested
  class RequestSerialization {
    @Test
    void fieldTableRequestIsWrittenWithTheWireNames() {
      String json = write(pageRequest().build());

      assertSameJson("{\"amount\": 100, \"type\": \"topup\", \"lifetime\": 60, \"currency\": \"USD\","
          + " \"subtract_from\": \"amount\"}", json);
      assertEquals("{\"amount\":100,\"type\":\"topup\",\"lifetime\":60,\"currency\":\"USD\",\"subtract_from\":\"amount\"}",
          json);
    }

    @Test
    void everyFieldIsWrittenInTableOrderWithoutCredentials() {
      String json = write(full());
      assertEquals("{\"amount\":100,\"type\":\"topup\",\"lifetime\":60,\"currency\":\"USD\",\"subtract_from\":\"amount\","
          + "\"required_method\":\"CRYSTALPAY\",\"payer_details\":{\"email\":\"payer@example.com\"},"
          + "\"description\":\"Order #123\",\"extra\":\"payment-42\",\"redirect_url\":\"https://example.com/done\","
          + "\"callback_url\":\"https://example.com/callback\"}", json);
    }

    @Test
    void onlyTheRequiredFieldsAreWrittenWhenOthersAreUnset() {
      // currency (default RUB) and subtract_from (default amount) are left to the provider.
      assertEquals("{\"amount\":8146.50,\"type\":\"purchase\",\"lifetime\":4320}",
          write(CreateInvoiceRequest.builder().amount(new BigDecimal("8146.50")).type(InvoiceType.PURCHASE)
              .lifetime(4320).build()));
      assertEquals("RUB", CreateInvoiceRequest.DEFAULT_CURRENCY);
    }
  }

  @Nested
  class ResponseDeserialization {
    @Test
    void pageExampleFlatBodyIsReadIntoEveryField() {
      Invoice invoice = readViaTree(PAGE_RESPONSE, Invoice.class);

      assertEquals("123456789_abcdefghij", invoice.id());
      assertEquals("https://pay.crystalpay.io/?i=123456789_abcdefghij", invoice.url());
      // Money as strings, read exactly.
      assertEquals(new BigDecimal("8146"), invoice.rubAmount());
      assertEquals(new BigDecimal("100"), invoice.amount());
      assertEquals("USD", invoice.currency());
      assertSame(InvoiceType.TOPUP, invoice.type());
      assertEquals("topup", invoice.typeRaw());
      assertSame(SubtractFrom.AMOUNT, invoice.subtractFrom());
      assertEquals("amount", invoice.subtractFromRaw());
    }

    @Test
    void decimalStringsKeepTheirScaleAndUnknownValuesTheirText() {
      Invoice invoice = readViaTree("{\"rub_amount\":\"8146.05\",\"amount\":\"0.000001\",\"type\":\"gift\","
          + "\"subtract_from\":\"merchant\",\"state\":\"notpayed\"}", Invoice.class);

      assertEquals(new BigDecimal("8146.05"), invoice.rubAmount());
      assertEquals(new BigDecimal("0.000001"), invoice.amount());
      assertSame(InvoiceType.UNKNOWN, invoice.type());
      assertEquals("gift", invoice.typeRaw());
      assertSame(SubtractFrom.UNKNOWN, invoice.subtractFrom());
      assertEquals("merchant", invoice.subtractFromRaw());
    }

    @Test
    void purchaseAndBalanceAreKnown() {
      Invoice invoice = readViaTree("{\"type\":\"purchase\",\"subtract_from\":\"balance\"}", Invoice.class);
      assertSame(InvoiceType.PURCHASE, invoice.type());
      assertSame(SubtractFrom.BALANCE, invoice.subtractFrom());
    }

    @Test
    void writtenBackWithTheWireNamesAndValuesAsReceived() {
      Invoice invoice = readViaTree(PAGE_RESPONSE, Invoice.class);
      String json = write(invoice);

      ObjectNode expected = (ObjectNode) tree(PAGE_RESPONSE);
      // The envelope's flag and list are not part of the invoice.
      expected.remove(List.of("error", "errors"));
      // Money that arrived as strings is written as numbers of the same value.
      expected.put("rub_amount", new BigDecimal("8146")).put("amount", new BigDecimal("100"));
      assertSameJson(expected, tree(json));
      assertEquals("{\"id\":\"123456789_abcdefghij\",\"url\":\"https://pay.crystalpay.io/?i=123456789_abcdefghij\","
          + "\"rub_amount\":8146,\"currency\":\"USD\",\"amount\":100,\"type\":\"topup\",\"subtract_from\":\"amount\"}", json);
      assertEquals(invoice, readViaTree(json, Invoice.class));
    }
  }

  @Nested
  class Validation {
    @Test
    void fullRequestIsValid() {
      assertValid(full().toBuilder()::validate);
    }

    @Test
    void requiredFieldsAreReportedTogether() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder().currency("USD");
      List<Violation> violations = assertInvalid(builder::validate, builder::build,
          "amount required", "type required", "lifetime required");
      assertEquals("is required", violations.get(2).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.01"})
    void amountMustBePositive(String amount) {
      CreateInvoiceRequest.Builder builder = pageRequest().amount(new BigDecimal(amount));
      assertInvalid(builder::validate, builder::build, "amount range");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4321, 10_000})
    void lifetimeIsOneTo4320Minutes(int lifetime) {
      CreateInvoiceRequest.Builder builder = pageRequest().lifetime(lifetime);
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "lifetime range");
      assertEquals("must be at least 1 and at most 4320, was " + lifetime, violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4320})
    void lifetimeBoundsAreIncluded(int lifetime) {
      assertValid(pageRequest().lifetime(lifetime)::validate);
    }

    @Test
    void payerEmailMustBeAnEmailAddress() {
      CreateInvoiceRequest.Builder builder = pageRequest().payerDetails(PayerDetails.builder().email("payer").build());
      assertInvalid(builder::validate, builder::build, "payer_details.email email");
    }

    @Test
    void redirectAndCallbackMustBeHttpUrls() {
      CreateInvoiceRequest.Builder builder = pageRequest().redirectUrl("example.com").callbackUrl("javascript:alert(1)");
      assertInvalid(builder::validate, builder::build, "redirect_url url", "callback_url url");
    }

    @Test
    void unknownEnumValuesReadFromJsonAreRejected() throws Exception {
      CreateInvoiceRequest request = MAPPER.treeToValue(
          tree("{\"amount\":100,\"type\":\"donation\",\"lifetime\":60,\"subtract_from\":\"nowhere\"}"),
          CreateInvoiceRequest.class);
      assertSame(InvoiceType.UNKNOWN, request.type());
      assertEquals(List.of("type enum", "subtract_from enum"),
          io.payspec.testing.Violations.pathsAndRules(CreateInvoiceRequestValidator.validate(request)));
      CreateInvoiceRequest.Builder builder = request.toBuilder();
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "type enum", "subtract_from enum");
      assertEquals("must be one of purchase, topup", violations.get(0).message());
      assertEquals("must be one of balance, amount", violations.get(1).message());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder()
          .amount(new BigDecimal("-3"))
          .type(InvoiceType.UNKNOWN)
          .lifetime(5000)
          .subtractFrom(SubtractFrom.UNKNOWN)
          .payerDetails(PayerDetails.builder().email("@").build())
          .redirectUrl("x")
          .callbackUrl("y");
      assertInvalid(builder::validate, builder::build,
          "amount range", "type enum", "lifetime range", "subtract_from enum", "payer_details.email email",
          "redirect_url url", "callback_url url");
    }
  }

  @Nested
  class Metadata {
    @Test
    void operationDescribesTheEndpoint() {
      Operation<CreateInvoiceRequest, Invoice> op = CrystalPayV3.CREATE_INVOICE;
      assertEquals(List.of(op), CrystalPayV3.operations());
      assertEquals("crystalpay", op.provider().id());
      assertEquals("v3", op.version());
      assertEquals("/v3/invoice/create/", op.path());
      assertEquals(EnvelopeKind.ERROR_FLAG, op.envelope().kind());
      assertEquals("error", op.envelope().errorFlagField());
      assertEquals("errors", op.envelope().errorsField());
      assertEquals(List.of(ErrorShape.ERROR_LIST), op.errors().shapes());
      assertEquals(List.of("Invalid auth credentials"), op.errors().authenticationMessages());
    }

    @Test
    void fieldInfosCoverEveryFieldTheRequestWritesAndNoCredential() {
      List<String> described = CrystalPayV3.CREATE_INVOICE.requestFields().stream().map(FieldInfo::path).toList();

      assertEquals(List.of("amount", "type", "lifetime", "currency", "subtract_from", "required_method",
          "payer_details.email", "description", "extra", "redirect_url", "callback_url"), described);
      assertEquals(Paths.leafPaths(tree(write(full()))), described);
      List<FieldInfo> fields = CrystalPayV3.CREATE_INVOICE.requestFields();
      assertEquals(List.of(true, true, true, false, false, false, false, false, false, false, false),
          fields.stream().map(FieldInfo::required).toList());
      assertEquals("RUB", fields.get(3).defaultValue());
      assertEquals("amount", fields.get(4).defaultValue());
      assertEquals(List.of("purchase", "topup"), fields.get(1).enumValues());
      assertEquals(FieldKind.ENUM, fields.get(4).kind());
      assertNull(fields.get(5).defaultValue());
    }
  }
}
