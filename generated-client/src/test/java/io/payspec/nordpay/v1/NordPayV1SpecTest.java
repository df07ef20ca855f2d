package io.payspec.nordpay.v1;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import io.payspec.testing.Paths;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NordPay createInvoice against provider-docs/nordpay-invoice-create.en.md and README.md. */
class NordPayV1SpecTest {
  /** The cURL example's body. */
  static final String PAGE_REQUEST = """
      {
        "currency": "USDTBEP20",
        "amount": "200 USD",
        "expires_time": 1,
        "label": "Order #123",
        "postback_url": "https://example.com/postback",
        "success_url": "https://example.com/success",
        "fail_url": "http://example.com"
      }""";

  /** The "200" response example. */
  static final String PAGE_RESPONSE = """
      {
          "id": 0,
          "uuid": "string",
          "currency": "string",
          "tx_hash": "string",
          "address": "string",
          "amount": 0,
          "amount_usd": 0,
          "confirmations": 0,
          "created_at": "2019-08-24T14:15:22Z",
          "expires_at": "2019-08-24T14:15:22Z",
          "is_expired": true,
          "is_paid": true,
          "label": "string",
          "postback_url": "http://example.com",
          "success_url": "http://example.com",
          "fail_url": "http://example.com",
          "url": "http://example.com"
      }""";

  /**
   * README: a live response, money as decimal strings, nulls for most fields, microsecond timestamps
   * with Z, and a {@code status} instead of {@code is_paid} / {@code is_expired}.
   */
  static final String LIVE_RESPONSE = """
      {
          "id": 48213,
          "uuid": "9b2f6a0e-3c1d-4e57-8a9b-0c1d2e3f4a5b",
          "currency": null,
          "tx_hash": null,
          "address": null,
          "amount": "10.00",
          "amount_usd": "10.00",
          "confirmations": null,
          "created_at": "2026-07-05T09:23:28.359399Z",
          "expires_at": "2026-07-05T09:53:28.359399Z",
          "label": "Order #123",
          "postback_url": null,
          "success_url": null,
          "fail_url": null,
          "url": "https://pay.nord-pay.com/invoice/9b2f6a0e-3c1d-4e57-8a9b-0c1d2e3f4a5b",
          "status": "pending",
          "network": "BEP20",
          "merchant": {"id": 7}
      }""";

  static CreateInvoiceRequest.Builder pageExample() {
    return CreateInvoiceRequest.builder()
        .currency("USDTBEP20")
        .amount(CurrencyAmount.of("200", "USD"))
        .expiresTime(1)
        .label("Order #123")
        .postbackUrl("https://example.com/postback")
        .successUrl("https://example.com/success")
        .failUrl("http://example.com");
  }

  static CreateInvoiceRequest.Builder valid() {
    return CreateInvoiceRequest.builder().currency("USDTTRC20").amount(CurrencyAmount.of("200", "USD"))
        .expiresTime(30).label("Order #123");
  }

  @Nested
  class RequestSerialization {
    @Test
    void pageCurlExampleIsWrittenAsThePageShowsIt() {
      String json = write(pageExample().build());

      assertSameJson(PAGE_REQUEST, json);
      assertEquals("{\"currency\":\"USDTBEP20\",\"amount\":\"200 USD\",\"expires_time\":1,\"label\":\"Order #123\","
          + "\"postback_url\":\"https://example.com/postback\",\"success_url\":\"https://example.com/success\","
          + "\"fail_url\":\"http://example.com\"}", json);
    }

    @Test
    void allowedCurrenciesAndDecimalAmountAreWrittenExactly() {
      String json = write(CreateInvoiceRequest.builder()
          .allowedCurrencies("USDTTRC20", "BNB")
          .amount(CurrencyAmount.of(new BigDecimal("1.5E-2"), "BNB"))
          .expiresTime(60)
          .label("L")
          .build());

      assertEquals("{\"allowed_currencies\":[\"USDTTRC20\",\"BNB\"],\"amount\":\"0.015 BNB\",\"expires_time\":60,"
          + "\"label\":\"L\"}", json);
    }

    @Test
    void amountIsReadBackFromItsWireText() throws Exception {
      CreateInvoiceRequest request = MAPPER.readValue(PAGE_REQUEST, CreateInvoiceRequest.class);
      assertEquals(pageExample().build(), request);
      assertEquals(new BigDecimal("200"), request.amount().amount());
      assertEquals("USD", request.amount().currency());
    }
  }

  @Nested
  class ResponseDeserialization {
    @Test
    void pageExampleIsReadIntoEveryField() {
      Invoice invoice = readViaTree(PAGE_RESPONSE, Invoice.class);

      assertEquals(0L, invoice.id());
      assertEquals("string", invoice.uuid());
      assertEquals(Optional.of("string"), invoice.currency());
      assertEquals(Optional.of("string"), invoice.txHash());
      assertEquals(Optional.of("string"), invoice.address());
      assertEquals(Optional.of(new BigDecimal("0")), invoice.amount());
      assertEquals(Optional.of(new BigDecimal("0")), invoice.amountUsd());
      assertEquals(Optional.of(0), invoice.confirmations());
      assertEquals(Instant.parse("2019-08-24T14:15:22Z"), invoice.createdAt());
      assertEquals(Instant.parse("2019-08-24T14:15:22Z"), invoice.expiresAt());
      assertEquals(Optional.of(true), invoice.isExpired());
      assertEquals(Optional.of(true), invoice.isPaid());
      assertEquals("string", invoice.label());
      assertEquals(Optional.of("http://example.com"), invoice.postbackUrl());
      assertEquals(Optional.of("http://example.com"), invoice.successUrl());
      assertEquals(Optional.of("http://example.com"), invoice.failUrl());
      assertEquals("http://example.com", invoice.url());
      assertEquals(Optional.empty(), invoice.status());
      assertNull(invoice.statusRaw());
    }

    @Test
    void liveResponseWithStringMoneyNullsAndStatusIsRead() {
      Invoice invoice = readViaTree(LIVE_RESPONSE, Invoice.class);

      assertEquals(48213L, invoice.id());
      assertEquals("9b2f6a0e-3c1d-4e57-8a9b-0c1d2e3f4a5b", invoice.uuid());
      assertEquals(Optional.empty(), invoice.currency());
      assertEquals(Optional.empty(), invoice.txHash());
      assertEquals(Optional.empty(), invoice.address());
      // "10.00" as a string: exact, scale kept.
      assertEquals(Optional.of(new BigDecimal("10.00")), invoice.amount());
      assertEquals(Optional.of(new BigDecimal("10.00")), invoice.amountUsd());
      assertEquals(Optional.empty(), invoice.confirmations());
      assertEquals(Instant.parse("2026-07-05T09:23:28.359399Z"), invoice.createdAt());
      assertEquals(Instant.parse("2026-07-05T09:53:28.359399Z"), invoice.expiresAt());
      assertEquals(Optional.empty(), invoice.isExpired());
      assertEquals(Optional.empty(), invoice.isPaid());
      assertEquals("Order #123", invoice.label());
      assertEquals(Optional.empty(), invoice.postbackUrl());
      assertEquals(Optional.empty(), invoice.successUrl());
      assertEquals(Optional.empty(), invoice.failUrl());
      assertEquals("https://pay.nord-pay.com/invoice/9b2f6a0e-3c1d-4e57-8a9b-0c1d2e3f4a5b", invoice.url());
      assertEquals(Optional.of(InvoiceStatus.PENDING), invoice.status());
      assertEquals("pending", invoice.statusRaw());
    }

    @Test
    void statusNextToTheFlagsAndUnknownStatusesAreRead() {
      Invoice paid = read("{\"is_paid\":true,\"is_expired\":false,\"status\":\"paid\"}", Invoice.class);
      assertEquals(Optional.of(InvoiceStatus.PAID), paid.status());
      assertEquals(Optional.of(true), paid.isPaid());
      assertEquals(Optional.of(false), paid.isExpired());
      assertEquals(Optional.of(InvoiceStatus.EXPIRED), read("{\"status\":\"expired\"}", Invoice.class).status());

      Invoice refunded = read("{\"status\":\"refunded\"}", Invoice.class);
      assertEquals(Optional.of(InvoiceStatus.UNKNOWN), refunded.status());
      assertFalse(refunded.status().get().isKnown());
      assertEquals("refunded", refunded.statusRaw());
      assertEquals("{\"status\":\"refunded\"}", write(refunded));
    }

    @Test
    void timestampsWithOffsetOrWithoutFractionAreRead() {
      Invoice invoice = read("{\"created_at\":\"2026-07-05T12:23:28.3+03:00\",\"expires_at\":\"2026-07-05T09:53:28Z\"}",
          Invoice.class);
      assertEquals(Instant.parse("2026-07-05T09:23:28.300Z"), invoice.createdAt());
      assertEquals(Instant.parse("2026-07-05T09:53:28Z"), invoice.expiresAt());
    }

    @Test
    void unknownFieldsAreIgnored() {
      ObjectNode stripped = (ObjectNode) tree(LIVE_RESPONSE);
      stripped.remove(List.of("network", "merchant"));
      assertEquals(readViaTree(stripped.toString(), Invoice.class), readViaTree(LIVE_RESPONSE, Invoice.class));
    }

    @Test
    void writtenBackWithTheWireNamesAndValuesAsReceived() {
      assertSameJson(tree(PAGE_RESPONSE), tree(write(readViaTree(PAGE_RESPONSE, Invoice.class))));

      String live = write(readViaTree(LIVE_RESPONSE, Invoice.class));
      ObjectNode expected = (ObjectNode) withoutNulls(tree(LIVE_RESPONSE));
      expected.remove(List.of("network", "merchant"));
      // Money that arrived as the string "10.00" is written as the number 10.00: same value and scale.
      expected.put("amount", new BigDecimal("10.00")).put("amount_usd", new BigDecimal("10.00"));
      assertSameJson(expected, tree(live));
      assertTrue(live.contains("\"amount\":10.00,\"amount_usd\":10.00,"), live);
      assertTrue(live.contains("\"created_at\":\"2026-07-05T09:23:28.359399Z\""), live);
    }
  }

  @Nested
  class Validation {
    @Test
    void pageExampleIsValid() {
      assertValid(pageExample()::validate);
    }

    @Test
    void requiredFieldsAndTheCurrencyChoiceAreReportedTogether() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder();
      List<Violation> violations = assertInvalid(builder::validate, builder::build,
          "amount required", "expires_time required", "label required", "currency|allowed_currencies exactly_one_of");
      assertEquals("exactly one of currency, allowed_currencies must be set, none is", violations.get(3).message());
    }

    @Test
    void currencyAndAllowedCurrenciesCannotBeUsedTogether() {
      CreateInvoiceRequest.Builder builder = valid().allowedCurrencies("USDTTRC20", "BNB");
      List<Violation> violations = assertInvalid(builder::validate, builder::build,
          "currency|allowed_currencies exactly_one_of");
      assertEquals("exactly one of currency, allowed_currencies must be set, 2 are", violations.get(0).message());
    }

    @Test
    void allowedCurrenciesNeedAtLeastTwo() {
      CreateInvoiceRequest.Builder builder = valid().currency(null).allowedCurrencies("USDTTRC20");
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "allowed_currencies size");
      assertEquals("must have at least 2 elements, had 1", violations.get(0).message());
      assertValid(valid().currency(null).allowedCurrencies(List.of("USDTTRC20", "BNB"))::validate);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1441, 100_000})
    void expiresTimeIsOneTo1440(int minutes) {
      CreateInvoiceRequest.Builder builder = valid().expiresTime(minutes);
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "expires_time range");
      assertEquals("must be at least 1 and at most 1440, was " + minutes, violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 30, 60, 1440})
    void everyDocumentedExpiresTimeIsAccepted(int minutes) {
      // The table (30-1440), the error message (5-60) and the example (1) all fit in 1..1440.
      assertValid(valid().expiresTime(minutes)::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 USD", "-5 USD", "100000000.01 USD", "1E+9 BNB"})
    void amountIsPositiveAndAtMostHundredMillion(String amount) {
      CreateInvoiceRequest.Builder builder = valid().amount(CurrencyAmount.parse(amount));
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "amount range");
      assertTrue(violations.get(0).message().startsWith("must be greater than 0 and at most 100000000, was "),
          violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.015 BNB", "100000000 USD", "0.00000001 BTC"})
    void documentedAmountsAreAccepted(String amount) {
      assertValid(valid().amount(CurrencyAmount.parse(amount))::validate);
    }

    @Test
    void labelIsAtMost255Characters() {
      CreateInvoiceRequest.Builder builder = valid().label("x".repeat(256));
      List<Violation> violations = assertInvalid(builder::validate, builder::build, "label max_length");
      assertEquals("must be at most 255 characters, was 256", violations.get(0).message());
      assertValid(valid().label("x".repeat(255))::validate);
      // Characters, not UTF-16 units: 255 emoji are 510 chars but 255 characters.
      assertValid(valid().label("\uD83D\uDE00".repeat(255))::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankLabelIsMissing(String label) {
      CreateInvoiceRequest.Builder builder = valid().label(label);
      assertInvalid(builder::validate, builder::build, "label required");
    }

    @Test
    void postbackAndSuccessUrlsAreAtMost255Characters() {
      String url256 = "https://example.com/" + "p".repeat(236);
      assertEquals(256, url256.length());
      CreateInvoiceRequest.Builder builder = valid().postbackUrl(url256).successUrl(url256);
      assertInvalid(builder::validate, builder::build, "postback_url max_length", "success_url max_length");
      String url255 = url256.substring(0, 255);
      assertValid(valid().postbackUrl(url255).successUrl(url255)::validate);
    }

    @Test
    void failUrlHasNoDocumentedLengthLimit() {
      assertValid(valid().failUrl("https://example.com/" + "f".repeat(500))::validate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/postback", "ftp://example.com/x", "https://", "/relative", "https://exa mple.com"})
    void urlsMustBeAbsoluteHttpUrls(String url) {
      CreateInvoiceRequest.Builder builder = valid().postbackUrl(url).successUrl(url).failUrl(url);
      List<Violation> violations = assertInvalid(builder::validate, builder::build,
          "postback_url url", "success_url url", "fail_url url");
      assertEquals("must be an absolute http or https URL, was '" + url + "'", violations.get(0).message());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
      CreateInvoiceRequest.Builder builder = CreateInvoiceRequest.builder()
          .currency("BNB")
          .allowedCurrencies("BNB")
          .amount(CurrencyAmount.of("0", "USD"))
          .expiresTime(0)
          .label("x".repeat(300))
          .postbackUrl("nope")
          .successUrl("https://example.com/" + "s".repeat(300))
          .failUrl("mailto:a@example.com");

      assertInvalid(builder::validate, builder::build,
          "allowed_currencies size",
          "amount range",
          "expires_time range",
          "label max_length",
          "postback_url url",
          "success_url max_length",
          "fail_url url",
          "currency|allowed_currencies exactly_one_of");
    }
  }

  @Nested
  class Metadata {
    @Test
    void operationDescribesTheEndpoint() {
      Operation<CreateInvoiceRequest, Invoice> op = NordPayV1.CREATE_INVOICE;
      assertEquals(List.of(op), NordPayV1.operations());
      assertEquals("nordpay", op.provider().id());
      assertEquals("/invoice/create", op.path());
      assertEquals(EnvelopeKind.FLAT, op.envelope().kind());
      assertEquals(List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT), op.errors().shapes());
      assertEquals(List.of("AUTH_ERROR"), op.errors().authenticationKeys());
      assertSame(Invoice.class, op.responseType());
    }

    @Test
    void fieldInfosCoverEveryFieldTheRequestWrites() throws Exception {
      List<String> described = NordPayV1.CREATE_INVOICE.requestFields().stream().map(FieldInfo::path).toList();
      // Both currency fields at once can only be had unvalidated, from JSON.
      ObjectNode both = (ObjectNode) tree(PAGE_REQUEST);
      both.putArray("allowed_currencies").add("USDTTRC20").add("BNB");
      CreateInvoiceRequest all = MAPPER.treeToValue(both, CreateInvoiceRequest.class);

      assertEquals(List.of("currency", "allowed_currencies", "amount", "expires_time", "label", "postback_url",
          "success_url", "fail_url"), described);
      assertEquals(Paths.leafPaths(tree(write(all))), described);
      List<FieldInfo> fields = NordPayV1.CREATE_INVOICE.requestFields();
      assertEquals(FieldKind.CURRENCY_AMOUNT, fields.get(2).kind());
      assertTrue(fields.get(1).list());
      assertEquals(List.of(false, false, true, true, true, false, false, false),
          fields.stream().map(FieldInfo::required).toList());
    }
  }

  @Nested
  class BlankValues {
    @Test
    void blankCurrencyDoesNotCountAsTheOneCurrencyChoice() {
      CreateInvoiceRequest.Builder builder = valid().currency(" ");
      assertInvalid(builder::validate, builder::build, "currency|allowed_currencies exactly_one_of");
    }
  }
}
