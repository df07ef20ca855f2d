package io.payspec.cryptocloud.v2;

import static io.payspec.testing.JsonAssert.MAPPER;
import static io.payspec.testing.JsonAssert.assertSameJson;
import static io.payspec.testing.JsonAssert.read;
import static io.payspec.testing.JsonAssert.readViaTree;
import static io.payspec.testing.JsonAssert.tree;
import static io.payspec.testing.JsonAssert.withoutNulls;
import static io.payspec.testing.JsonAssert.write;
import static io.payspec.testing.Violations.assertInvalid;
import static io.payspec.testing.Violations.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import io.payspec.testing.Paths;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CryptoCloud v2 createInvoice against provider-docs/cryptocloud-v2-invoice-create.en.md and README.md. */
class CryptoCloudV2SpecTest {

  static CreateInvoiceRequest.Builder valid() {
    return CreateInvoiceRequest.builder().shopId("xBAivfPIbskwuEWj").amount(new BigDecimal("100"));
  }

  /** A request with every field set, in descriptor order. */
  static CreateInvoiceRequest full() {
    return valid()
        .amount(new BigDecimal("100.50"))
        .currency(FiatCurrency.EUR)
        .orderId("ORDER_93223")
        .email("email@gmail.com")
        .addFields(AddFields.builder()
            .timeToPay(TimeToPay.builder().hours(24).minutes(0).build())
            .availableCurrencies(CryptoCurrency.USDT_TRC20, CryptoCurrency.ETH, CryptoCurrency.BTC)
            .cryptocurrency(CryptoCurrency.ETH)
            .emailToSend("billing@example.com")
            .period(Period.WEEK)
            .build())
        .build();
  }

  @Nested
  class RequestSerialization {
    @Test
    void pageCurlExampleIsWrittenAsThePageShowsIt() {
      CreateInvoiceRequest request = CreateInvoiceRequest.builder()
          .amount(new BigDecimal("100"))
          .shopId("xBAivfPIbskwuEWj")
          .currency(FiatCurrency.USD)
          .build();

      String json = write(request);

      assertSameJson(CryptoCloudV2Examples.PAGE_REQUEST, json);
      // Field order is the descriptor's (shop_id first), not the example's.
      assertEquals(CryptoCloudV2Examples.PAGE_REQUEST_BYTES, json);
    }

    @Test
    void everyFieldIsWrittenUnderItsWireNameInDescriptorOrder() {
      assertEquals(
          "{\"shop_id\":\"xBAivfPIbskwuEWj\",\"amount\":100.50,\"currency\":\"EUR\",\"order_id\":\"ORDER_93223\","
              + "\"email\":\"email@gmail.com\",\"add_fields\":{\"time_to_pay\":{\"hours\":24,\"minutes\":0},"
              + "\"available_currencies\":[\"USDT_TRC20\",\"ETH\",\"BTC\"],\"cryptocurrency\":\"ETH\","
              + "\"email_to_send\":\"billing@example.com\",\"period\":\"week\"}}",
          write(full()));
    }

    @Test
    void unsetOptionalFieldsAreNotWritten() {
      assertEquals("{\"shop_id\":\"s\",\"amount\":1,\"add_fields\":{}}",
          write(CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.ONE)
              .addFields(AddFields.builder().build()).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "100.0", "0.000001499999996212864", "1E+3", "1.5E-7", "12345678901234567890.123456789"})
    void amountIsWrittenExactlyInPlainNotation(String amount) {
      BigDecimal value = new BigDecimal(amount);
      String json = write(valid().amount(value).build());

      assertEquals("{\"shop_id\":\"xBAivfPIbskwuEWj\",\"amount\":" + value.toPlainString() + "}", json);
      assertEquals(new BigDecimal(value.toPlainString()), tree(json).get("amount").decimalValue());
    }

    @Test
    void requestReadBackFromItsJsonIsEqual() throws Exception {
      CreateInvoiceRequest request = full();
      assertEquals(request, MAPPER.readValue(write(request), CreateInvoiceRequest.class));
    }
  }

  @Nested
  class ResponseDeserialization {
    static Stream<Arguments> readers() {
      return Stream.of(
          Arguments.of("readValue", (Function<String, Invoice>) json -> read(json, Invoice.class)),
          Arguments.of("treeToValue", (Function<String, Invoice>) json -> readViaTree(json, Invoice.class)));
    }

    static String pageResult() {
      return tree(CryptoCloudV2Examples.PAGE_RESPONSE).get("result").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void pageExampleResultIsReadIntoEveryTypedField(String how, Function<String, Invoice> reader) {
      Invoice invoice = reader.apply(pageResult());

      assertEquals("INV-89UX09KA", invoice.uuid());
      assertEquals(Instant.parse("2026-01-27T09:03:58.958133Z"), invoice.created());
      assertEquals(Optional.of("0xb07427fc721C23674c48233ffE93D3846ee58B63"), invoice.address());
      assertEquals(Instant.parse("2026-01-28T09:03:57.493361Z"), invoice.expiryDate());
      assertSame(CommissionSide.CLIENT, invoice.sideCommission());
      assertEquals("client", invoice.sideCommissionRaw());
      assertEquals(Optional.empty(), invoice.sideCommissionCc());
      assertNull(invoice.sideCommissionCcRaw());
      assertEquals(Optional.of(CommissionSide.MERCHANT), invoice.sideCommissionService());
      assertEquals("merchant", invoice.sideCommissionServiceRaw());
      assertEquals("crypto", invoice.typePayments());
      // Exact decimals, scale as written.
      assertEquals(new BigDecimal("0.034187"), invoice.amount());
      assertEquals(new BigDecimal("100.0"), invoice.amountUsd());
      assertEquals(new BigDecimal("100.0"), invoice.amountInFiat());
      assertEquals(0, new BigDecimal("0.000001499999996212864").compareTo(invoice.fee()));
      assertEquals(new BigDecimal("0.000001499999996212864"), invoice.fee());
      assertEquals(21, invoice.fee().scale());
      assertEquals(new BigDecimal("0.0"), invoice.feeUsd());
      assertEquals(new BigDecimal("0.00065"), invoice.serviceFee());
      assertEquals(new BigDecimal("1.9"), invoice.serviceFeeUsd());
      assertEquals("USD", invoice.fiatCurrency());
      assertSame(InvoiceStatus.CREATED, invoice.status());
      assertEquals("created", invoice.statusRaw());
      assertEquals(Boolean.FALSE, invoice.isEmailRequired());
      assertEquals("https://pay.cryptocloud.plus/89UX09KA", invoice.link());
      assertEquals(Optional.empty(), invoice.invoiceId());
      assertEquals(Boolean.FALSE, invoice.testMode());

      InvoiceCurrency currency = invoice.currency();
      assertEquals(3, currency.id());
      assertEquals("ETH", currency.code());
      assertEquals("ETH", currency.fullcode());
      assertEquals("Ethereum", currency.name());
      assertEquals(Boolean.FALSE, currency.isEmailRequired());
      assertEquals(Boolean.FALSE, currency.stablecoin());
      assertEquals("https://cdn.cryptocloud.plus/img/currency/ETH.svg", currency.iconBase());
      assertEquals("https://cdn.cryptocloud.plus/img/currency/ETH.svg", currency.iconNetwork());
      assertEquals("https://cdn.cryptocloud.plus/img/stroke/ETH_STROKE.svg", currency.iconQr());
      assertEquals(9, currency.order());
      Network network = currency.network();
      assertEquals("ERC20", network.code());
      assertEquals(3, network.id());
      assertEquals("https://cdn.cryptocloud.plus/img/network/ERC.svg", network.icon());
      assertEquals("Ethereum", network.fullname());

      Project project = invoice.project();
      assertEquals(1, project.id());
      assertEquals("Test", project.name());
      assertEquals("https://test.com/failed-payment", project.fail());
      assertEquals("https://test.com/successful-payment", project.success());
      assertEquals(Optional.of("https://static.cryptocloud.plus/logo/L52hWwjt98uYtUF91765782359.174416.jpg"),
          project.logo());
    }

    static Stream<Arguments> logos() {
      return Stream.of(
          Arguments.of("null", Optional.empty()),
          Arguments.of("\"\"", Optional.of("")),
          Arguments.of("\"None\"", Optional.of("None")));
    }

    @ParameterizedTest(name = "logo {0}")
    @MethodSource("logos")
    void readmeVariantWithSideCommissionCcAndPlaceholderLogoIsRead(String logoJson, Optional<String> logo) {
      Invoice invoice = readViaTree(CryptoCloudV2Examples.readmeVariant(logoJson), Invoice.class);

      assertEquals(logo, invoice.project().logo());
      assertEquals(0, invoice.project().id());
      assertEquals("MyShop", invoice.project().name());
      assertSame(CommissionSide.MERCHANT, invoice.sideCommission());
      assertEquals(Optional.of(CommissionSide.CLIENT), invoice.sideCommissionCc());
      assertEquals("client", invoice.sideCommissionCcRaw());
      assertEquals(Optional.empty(), invoice.sideCommissionService());
      assertEquals(Optional.empty(), invoice.address());
      assertEquals(Instant.parse("2026-01-01T12:00:00Z"), invoice.created());
      assertEquals(Instant.parse("2026-01-02T12:00:00Z"), invoice.expiryDate());
      assertEquals(new BigDecimal("0.000004500000159168849"), invoice.fee());
      assertEquals(new BigDecimal("9000.0"), invoice.amountInFiat());
      assertEquals(new BigDecimal("0.01"), invoice.feeUsd());
      assertEquals("RUB", invoice.fiatCurrency());
      assertSame(InvoiceStatus.PAID, invoice.status());
      assertEquals(Optional.of("ABCD1234"), invoice.invoiceId());
      assertEquals(Boolean.TRUE, invoice.isEmailRequired());
      assertEquals(Boolean.TRUE, invoice.testMode());
      assertEquals("USDT_TRC20", invoice.currency().fullcode());
      assertEquals(Boolean.TRUE, invoice.currency().stablecoin());
      assertEquals("TRC20", invoice.currency().network().code());
      assertEquals("Tron", invoice.currency().network().fullname());
    }

    @ParameterizedTest
    @ValueSource(strings = {"created", "paid", "partial", "overpaid", "canceled"})
    void everyDocumentedStatusIsKnown(String status) {
      Invoice invoice = readViaTree("{\"status\":\"" + status + "\"}", Invoice.class);
      assertTrue(invoice.status().isKnown());
      assertEquals(status, invoice.status().wireValue());
      assertEquals(status, invoice.statusRaw());
    }

    @Test
    void unknownEnumValuesReadAsUnknownAndKeepTheirRawText() {
      Invoice invoice = readViaTree(
          "{\"status\":\"refunded\",\"side_commission\":\"both\",\"side_commission_cc\":\"nobody\"}", Invoice.class);

      assertSame(InvoiceStatus.UNKNOWN, invoice.status());
      assertFalse(invoice.status().isKnown());
      assertEquals("refunded", invoice.statusRaw());
      assertSame(CommissionSide.UNKNOWN, invoice.sideCommission());
      assertEquals("both", invoice.sideCommissionRaw());
      assertEquals(Optional.of(CommissionSide.UNKNOWN), invoice.sideCommissionCc());
      assertEquals("nobody", invoice.sideCommissionCcRaw());
      // Written back as received.
      assertEquals("{\"side_commission\":\"both\",\"side_commission_cc\":\"nobody\",\"status\":\"refunded\"}",
          write(invoice));
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
      Invoice withExtras = readViaTree(CryptoCloudV2Examples.readmeVariant("\"None\""), Invoice.class);
      JsonNode stripped = tree(CryptoCloudV2Examples.readmeVariant("\"None\""));
      ((com.fasterxml.jackson.databind.node.ObjectNode) stripped).remove(List.of("new_top_level_field", "another_one"));
      ((com.fasterxml.jackson.databind.node.ObjectNode) stripped.get("currency")).remove("min_sum");
      ((com.fasterxml.jackson.databind.node.ObjectNode) stripped.get("currency").get("network")).remove("explorer");
      ((com.fasterxml.jackson.databind.node.ObjectNode) stripped.get("project")).remove("brand");

      assertEquals(readViaTree(stripped.toString(), Invoice.class), withExtras);
    }

    @Test
    void pageResultWrittenBackHasTheWireNamesAndValuesAsReceived() {
      Invoice invoice = readViaTree(pageResult(), Invoice.class);
      String json = write(invoice);

      // The one difference: "invoice_id": null is not written (the mapper leaves out nulls).
      assertSameJson(withoutNulls(tree(pageResult())), tree(json));
      assertTrue(json.contains("\"created\":\"2026-01-27 09:03:58.958133\""), json);
      assertTrue(json.contains("\"fee\":0.000001499999996212864,"), json);
      assertTrue(json.contains("\"amount_usd\":100.0,"), json);
      assertEquals(invoice, readViaTree(json, Invoice.class));
    }

    @Test
    void timestampInAnotherFormatReadsAsEmptyWithTheRawValueKept() throws Exception {
      Invoice invoice = MAPPER.readValue("{\"created\":\"2026-01-27T09:03:58Z\"}", Invoice.class);
      assertNull(invoice.created());
      assertEquals("2026-01-27T09:03:58Z", invoice.createdRaw());
    }
  }

  @Nested
  class Validation {
    @Test
    void pageExampleIsValid() {
      assertValid(valid().currency(FiatCurrency.USD)::validate);
      assertValid(full().toBuilder()::validate);
    }

    @Test
    void requiredFieldsAreReportedTogether() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder();
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "shop_id required", "amount required");
      assertEquals(new Violation("shop_id", "required", "is required"), violations.get(0));
      ValidationException e = assertThrows(ValidationException.class, builder::build);
      assertEquals("CryptoCloud v2 createInvoice request is invalid: 2 violations: shop_id: is required; "
          + "amount: is required", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankShopIdIsMissing(String shopId) {
      CreateInvoiceRequest.Builder builder = valid().shopId(shopId);
      assertInvalid(builder::validate, builder::build, "shop_id required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "-0.000001"})
    void amountMustBePositive(String amount) {
      CreateInvoiceRequest.Builder builder = valid().amount(new BigDecimal(amount));
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "amount range");
      assertEquals("must be greater than 0, was " + new BigDecimal(amount).toPlainString(),
          violations.get(0).message());
    }

    @Test
    void smallestPositiveAmountIsValid() {
      assertValid(valid().amount(new BigDecimal("0.000000001"))::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "a b@example.com", "@example.com", "user@", "user@@example.com"})
    void emailMustBeAnEmailAddress(String email) {
      CreateInvoiceRequest.Builder builder = valid().email(email);
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "email email");
      assertEquals("must be an e-mail address", violations.get(0).message());
    }

    @Test
    void emailToSendMustBeAnEmailAddress() {
      CreateInvoiceRequest.Builder builder = valid().addFields(AddFields.builder().emailToSend("billing").build());
      assertInvalid(builder::validate, builder::build, "add_fields.email_to_send email");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 60, 61, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void timeToPayMinutesAreZeroTo59(int minutes) {
      CreateInvoiceRequest.Builder builder = valid().addFields(
          AddFields.builder().timeToPay(TimeToPay.builder().hours(1).minutes(minutes).build()).build());
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "add_fields.time_to_pay.minutes range");
      assertEquals("must be at least 0 and at most 59, was " + minutes, violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 59})
    void timeToPayMinutesBoundsAreIncluded(int minutes) {
      assertValid(valid().addFields(
          AddFields.builder().timeToPay(TimeToPay.builder().hours(0).minutes(minutes).build()).build())::validate);
    }

    @Test
    void timeToPayHoursAreNotNegativeAndHaveNoUpperBound() {
      CreateInvoiceRequest.Builder builder = valid().addFields(
          AddFields.builder().timeToPay(TimeToPay.builder().hours(-1).build()).build());
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "add_fields.time_to_pay.hours range");
      assertEquals("must be at least 0, was -1", violations.get(0).message());
      assertValid(valid().addFields(AddFields.builder().timeToPay(TimeToPay.builder().hours(10_000).build()).build())::validate);
    }

    @Test
    void availableCurrenciesNeedAtLeastOne() {
      CreateInvoiceRequest.Builder builder = valid().addFields(AddFields.builder().availableCurrencies(List.of()).build());
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "add_fields.available_currencies size");
      assertEquals("must have at least 1 elements, had 0", violations.get(0).message());
      assertValid(valid().addFields(AddFields.builder().availableCurrencies(CryptoCurrency.BTC).build())::validate);
    }

    @Test
    void periodRequiresEmailToSend() {
      CreateInvoiceRequest.Builder builder = valid().addFields(AddFields.builder().period(Period.MONTH).build());
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "add_fields.period requires");
      assertEquals("may only be set together with add_fields.email_to_send", violations.get(0).message());
      assertValid(valid().addFields(
          AddFields.builder().period(Period.DAY).emailToSend("billing@example.com").build())::validate);
    }

    @Test
    void unknownEnumValueSetInCodeIsRejected() {
      CreateInvoiceRequest.Builder builder = valid().currency(FiatCurrency.fromWire("XYZ"));
      assertSame(FiatCurrency.UNKNOWN, FiatCurrency.fromWire("XYZ"));
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "currency enum");
      assertEquals("must be one of " + String.join(", ", FiatCurrency.knownWireValues()), violations.get(0).message());
    }

    @Test
    void unknownEnumValuesReadFromJsonAreRejectedByTheirPath() throws Exception {
      CreateInvoiceRequest request = MAPPER.treeToValue(tree("""
          {"shop_id": "s", "amount": 5, "currency": "XYZ",
           "add_fields": {"available_currencies": ["BTC", "DOGE"], "cryptocurrency": "DOGE",
                          "email_to_send": "a@example.com", "period": "yearly"}}"""), CreateInvoiceRequest.class);

      assertSame(FiatCurrency.UNKNOWN, request.currency());
      assertEquals(List.of(CryptoCurrency.BTC, CryptoCurrency.UNKNOWN), request.addFields().availableCurrencies());
      List<String> expected = List.of("currency enum", "add_fields.available_currencies[1] enum",
          "add_fields.cryptocurrency enum", "add_fields.period enum");
      assertEquals(expected, io.payspec.testing.Violations.pathsAndRules(CreateInvoiceRequestValidator.validate(request)));
      CreateInvoiceRequest.Builder copy = request.toBuilder();
      assertInvalid(copy::validate, copy::build, expected.toArray(String[]::new));
    }

    @Test
    void everyViolationIsReportedAtOnceInFieldOrder() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder()
          .shopId(" ")
          .amount(new BigDecimal("-5"))
          .currency(FiatCurrency.UNKNOWN)
          .email("nope")
          .addFields(AddFields.builder()
              .timeToPay(TimeToPay.builder().hours(-2).minutes(75).build())
              .availableCurrencies(List.of())
              .cryptocurrency(CryptoCurrency.UNKNOWN)
              .emailToSend(null)
              .period(Period.UNKNOWN)
              .build());

      List<Violation> violations = assertInvalid(builder::validate, builder::build,
          "shop_id required",
          "amount range",
          "currency enum",
          "email email",
          "add_fields.time_to_pay.hours range",
          "add_fields.time_to_pay.minutes range",
          "add_fields.available_currencies size",
          "add_fields.cryptocurrency enum",
          "add_fields.period enum",
          "add_fields.period requires");
      ValidationException e = assertThrows(ValidationException.class, builder::build);
      assertTrue(e.getMessage().startsWith("CryptoCloud v2 createInvoice request is invalid: 10 violations: "),
          e.getMessage());
      assertEquals(10, violations.size());
    }
  }

  @Nested
  class Metadata {
    @Test
    void operationDescribesTheEndpoint() {
      Operation<CreateInvoiceRequest, Invoice> op = CryptoCloudV2.CREATE_INVOICE;
      assertTrue(CryptoCloudV2.operations().contains(op));
      assertEquals("cryptocloud", op.provider().id());
      assertEquals("v2", op.version());
      assertEquals("createInvoice", op.name());
      assertEquals(HttpMethod.POST, op.method());
      assertEquals("/v2/invoice/create", op.path());
      assertEquals(EnvelopeKind.STATUS_AND_RESULT, op.envelope().kind());
      assertEquals(List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL), op.errors().shapes());
      assertEquals(List.of("authorization"), op.errors().authenticationKeys());
      assertEquals(List.of("Signature verification failed", "Invalid header padding"), op.errors().authenticationMessages());
      assertEquals(List.of(406), op.errors().unavailableStatuses());
      assertSame(CreateInvoiceRequest.class, op.requestType());
      assertSame(Invoice.class, op.responseType());
      assertEquals(List.of(new Violation("shop_id", "required", "is required"),
              new Violation("amount", "required", "is required")),
          op.validator().apply(unvalidatedEmpty()));
    }

    private CreateInvoiceRequest unvalidatedEmpty() {
      try {
        return MAPPER.readValue("{}", CreateInvoiceRequest.class);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    @Test
    void fieldInfosCoverEveryFieldTheRequestWrites() {
      List<String> written = Paths.leafPaths(tree(write(full())));
      List<String> described = CryptoCloudV2.CREATE_INVOICE.requestFields().stream().map(FieldInfo::path).toList();
      List<String> inBody = CryptoCloudV2.CREATE_INVOICE.requestFields().stream()
          .filter(field -> field.in() == io.payspec.annotations.ParamIn.BODY).map(FieldInfo::path).toList();

      assertEquals(List.of("shop_id", "amount", "currency", "order_id", "email",
          "add_fields.time_to_pay.hours", "add_fields.time_to_pay.minutes", "add_fields.available_currencies",
          "add_fields.cryptocurrency", "add_fields.email_to_send", "add_fields.period", "locale"), described);
      assertEquals(written, inBody);
    }

    @Test
    void fieldInfosCarryKindRequiredDefaultAndEnumValues() {
      List<FieldInfo> fields = CryptoCloudV2.CREATE_INVOICE.requestFields();
      FieldInfo shopId = fields.get(0);
      assertEquals(FieldKind.STRING, shopId.kind());
      assertTrue(shopId.required());
      FieldInfo amount = fields.get(1);
      assertEquals(FieldKind.DECIMAL, amount.kind());
      assertTrue(amount.required());
      FieldInfo currency = fields.get(2);
      assertEquals(FieldKind.ENUM, currency.kind());
      assertFalse(currency.required());
      assertEquals("USD", currency.defaultValue());
      assertEquals(25, currency.enumValues().size());
      assertEquals(List.of("USD", "UZS", "KGS"), currency.enumValues().subList(0, 3));
      assertSame(FiatCurrency.USD, CreateInvoiceRequest.DEFAULT_CURRENCY);
      FieldInfo hours = fields.get(5);
      assertEquals(new FieldInfo("add_fields.time_to_pay.hours", FieldKind.INTEGER, false, false, null, List.of(),
          "Hours of the invoice lifetime", io.payspec.annotations.ParamIn.BODY, null, false, false, false,
          new io.payspec.runtime.meta.FieldConstraints(java.math.BigDecimal.ZERO, false, null, null, null, null, false, false, null),
          hours.decisions(), null), hours);
      assertEquals(List.of(io.payspec.annotations.DecisionTopic.BOUNDS),
          hours.decisions().stream().map(io.payspec.runtime.meta.DecisionInfo::topic).toList());
      FieldInfo available = fields.get(7);
      assertEquals(FieldKind.ENUM, available.kind());
      assertTrue(available.list());
      assertEquals(40, available.enumValues().size());
      assertEquals("TRUMP_SOL", available.enumValues().get(39));
      assertEquals(List.of("month", "week", "day"), fields.get(10).enumValues());
    }
  }
}
