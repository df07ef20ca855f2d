package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A CryptoCloud invoice (API v2): the "result" object of a create call, an item of an invoice lookup or of the invoice list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"uuid", "created", "address", "expiry_date", "side_commission", "side_commission_cc", "side_commission_service", "type_payments", "amount", "amount_usd", "amount_in_fiat", "fee", "fee_usd", "service_fee", "service_fee_usd", "received", "received_usd", "fiat_currency", "status", "invoice_status", "order_id", "date_finished", "is_email_required", "link", "invoice_id", "currency", "project", "test_mode"})
public final class Invoice {
  private static final DateTimeFormatter CREATED_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private static final ZoneId CREATED_ZONE = ZoneId.of("UTC");

  private static final DateTimeFormatter EXPIRY_DATE_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private static final ZoneId EXPIRY_DATE_ZONE = ZoneId.of("UTC");

  private static final DateTimeFormatter DATE_FINISHED_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private static final ZoneId DATE_FINISHED_ZONE = ZoneId.of("UTC");

  @JsonProperty("uuid")
  private final String uuid;

  @JsonProperty("created")
  private final String createdRaw;

  private final Instant created;

  @JsonProperty("address")
  private final String address;

  @JsonProperty("expiry_date")
  private final String expiryDateRaw;

  private final Instant expiryDate;

  @JsonProperty("side_commission")
  private final String sideCommissionRaw;

  private final CommissionSide sideCommission;

  @JsonProperty("side_commission_cc")
  private final String sideCommissionCcRaw;

  private final CommissionSide sideCommissionCc;

  @JsonProperty("side_commission_service")
  private final String sideCommissionServiceRaw;

  private final CommissionSide sideCommissionService;

  @JsonProperty("type_payments")
  private final String typePayments;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  private final String amountUsdRaw;

  @JsonProperty("amount_in_fiat")
  private final BigDecimal amountInFiat;

  private final String amountInFiatRaw;

  @JsonProperty("fee")
  private final BigDecimal fee;

  private final String feeRaw;

  @JsonProperty("fee_usd")
  private final BigDecimal feeUsd;

  private final String feeUsdRaw;

  @JsonProperty("service_fee")
  private final BigDecimal serviceFee;

  private final String serviceFeeRaw;

  @JsonProperty("service_fee_usd")
  private final BigDecimal serviceFeeUsd;

  private final String serviceFeeUsdRaw;

  @JsonProperty("received")
  private final BigDecimal received;

  private final String receivedRaw;

  @JsonProperty("received_usd")
  private final BigDecimal receivedUsd;

  private final String receivedUsdRaw;

  @JsonProperty("fiat_currency")
  private final String fiatCurrency;

  @JsonProperty("status")
  private final String statusRaw;

  private final InvoiceStatus status;

  @JsonProperty("invoice_status")
  private final String invoiceStatus;

  @JsonProperty("order_id")
  private final String orderId;

  @JsonProperty("date_finished")
  private final String dateFinishedRaw;

  private final Instant dateFinished;

  @JsonProperty("is_email_required")
  private final Boolean isEmailRequired;

  @JsonProperty("link")
  private final String link;

  @JsonProperty("invoice_id")
  private final String invoiceId;

  @JsonProperty("currency")
  private final InvoiceCurrency currency;

  @JsonProperty("project")
  private final Project project;

  @JsonProperty("test_mode")
  private final Boolean testMode;

  @JsonCreator
  Invoice(@JsonProperty("uuid") String uuid, @JsonProperty("created") String created,
      @JsonProperty("address") String address, @JsonProperty("expiry_date") String expiryDate,
      @JsonProperty("side_commission") String sideCommission,
      @JsonProperty("side_commission_cc") String sideCommissionCc,
      @JsonProperty("side_commission_service") String sideCommissionService,
      @JsonProperty("type_payments") String typePayments,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountUsd,
      @JsonProperty("amount_in_fiat") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountInFiat,
      @JsonProperty("fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object fee,
      @JsonProperty("fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object feeUsd,
      @JsonProperty("service_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFee,
      @JsonProperty("service_fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFeeUsd,
      @JsonProperty("received") @JsonDeserialize(using = WireNumbers.Decimal.class) Object received,
      @JsonProperty("received_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receivedUsd,
      @JsonProperty("fiat_currency") String fiatCurrency, @JsonProperty("status") String status,
      @JsonProperty("invoice_status") String invoiceStatus,
      @JsonProperty("order_id") String orderId, @JsonProperty("date_finished") String dateFinished,
      @JsonProperty("is_email_required") Boolean isEmailRequired, @JsonProperty("link") String link,
      @JsonProperty("invoice_id") String invoiceId,
      @JsonProperty("currency") InvoiceCurrency currency, @JsonProperty("project") Project project,
      @JsonProperty("test_mode") Boolean testMode) {
    // Jackson creates the object with this, from the values on the wire.
    this.uuid = uuid;
    this.createdRaw = created;
    this.created = Timestamps.instant(createdRaw, CREATED_FORMAT, CREATED_ZONE, "created");
    this.address = address;
    this.expiryDateRaw = expiryDate;
    this.expiryDate = Timestamps.instant(expiryDateRaw, EXPIRY_DATE_FORMAT, EXPIRY_DATE_ZONE, "expiry_date");
    this.sideCommissionRaw = sideCommission;
    this.sideCommission = CommissionSide.fromWire(sideCommissionRaw);
    this.sideCommissionCcRaw = sideCommissionCc;
    this.sideCommissionCc = CommissionSide.fromWire(sideCommissionCcRaw);
    this.sideCommissionServiceRaw = sideCommissionService;
    this.sideCommissionService = CommissionSide.fromWire(sideCommissionServiceRaw);
    this.typePayments = typePayments;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.amountUsd = WireNumbers.value(amountUsd, BigDecimal.class);
    this.amountUsdRaw = WireNumbers.raw(amountUsd);
    this.amountInFiat = WireNumbers.value(amountInFiat, BigDecimal.class);
    this.amountInFiatRaw = WireNumbers.raw(amountInFiat);
    this.fee = WireNumbers.value(fee, BigDecimal.class);
    this.feeRaw = WireNumbers.raw(fee);
    this.feeUsd = WireNumbers.value(feeUsd, BigDecimal.class);
    this.feeUsdRaw = WireNumbers.raw(feeUsd);
    this.serviceFee = WireNumbers.value(serviceFee, BigDecimal.class);
    this.serviceFeeRaw = WireNumbers.raw(serviceFee);
    this.serviceFeeUsd = WireNumbers.value(serviceFeeUsd, BigDecimal.class);
    this.serviceFeeUsdRaw = WireNumbers.raw(serviceFeeUsd);
    this.received = WireNumbers.value(received, BigDecimal.class);
    this.receivedRaw = WireNumbers.raw(received);
    this.receivedUsd = WireNumbers.value(receivedUsd, BigDecimal.class);
    this.receivedUsdRaw = WireNumbers.raw(receivedUsd);
    this.fiatCurrency = fiatCurrency;
    this.statusRaw = status;
    this.status = InvoiceStatus.fromWire(statusRaw);
    this.invoiceStatus = invoiceStatus;
    this.orderId = orderId;
    this.dateFinishedRaw = dateFinished;
    this.dateFinished = Timestamps.instant(dateFinishedRaw, DATE_FINISHED_FORMAT, DATE_FINISHED_ZONE, "date_finished");
    this.isEmailRequired = isEmailRequired;
    this.link = link;
    this.invoiceId = invoiceId;
    this.currency = currency;
    this.project = project;
    this.testMode = testMode;
  }

  /**
   * Unique invoice identifier with the INV prefix.
   *
   * <p>Wire name {@code uuid}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String uuid() {
    return uuid;
  }

  /**
   * Invoice creation time in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF.
   *
   * <p>Wire name {@code created}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code createdRaw()} has it)
   */
  public Instant created() {
    return created;
  }

  /**
   * The wire value of {@code created} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String createdRaw() {
    return createdRaw;
  }

  /**
   * Payment address; prefilled only if a cryptocurrency for payment is selected (add_fields.cryptocurrency).
   *
   * <p>Wire name {@code address}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /**
   * Invoice expiration date in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; after it the status changes to canceled if payment has not been received.
   *
   * <p>Wire name {@code expiry_date}.
   *
   * <p>Departs from the page: <em>page:</em> YYYY-MM-DD HH:MI:SS.FFFFFF; the list page's 2024 example "2023-01-02 12:00:00" (no fraction); <em>chosen:</em> the fraction optional; <em>because</em> Both forms appear in the provider's own examples of this object.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code expiryDateRaw()} has it)
   */
  public Instant expiryDate() {
    return expiryDate;
  }

  /**
   * The wire value of {@code expiry_date} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String expiryDateRaw() {
    return expiryDateRaw;
  }

  /**
   * Transfer fee payer.
   *
   * <p>Wire name {@code side_commission}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public CommissionSide sideCommission() {
    return sideCommission;
  }

  /**
   * The wire value of {@code side_commission} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String sideCommissionRaw() {
    return sideCommissionRaw;
  }

  /**
   * Service fee payer (name in the page's table).
   *
   * <p>Wire name {@code side_commission_cc}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> create table: side_commission_cc; create example (2026): side_commission_service; info and list tables and examples: side_commission_cc; list page's 2024 prose: side_commission_ss; <em>chosen:</em> side_commission_cc and side_commission_service, both nullable; side_commission_ss not declared; <em>because</em> Both names appear in real examples, so whichever arrives is read; side_commission_ss appears only in one revision's prose and is taken as a typo.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<CommissionSide> sideCommissionCc() {
    return Optional.ofNullable(sideCommissionCc);
  }

  /**
   * The wire value of {@code side_commission_cc} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String sideCommissionCcRaw() {
    return sideCommissionCcRaw;
  }

  /**
   * Service fee payer (name in the page's example).
   *
   * <p>Wire name {@code side_commission_service}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> in the create page's example, not in its table (which names side_commission_cc); <em>chosen:</em> declared next to side_commission_cc, nullable; <em>because</em> The page's own example sends it.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<CommissionSide> sideCommissionService() {
    return Optional.ofNullable(sideCommissionService);
  }

  /**
   * The wire value of {@code side_commission_service} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String sideCommissionServiceRaw() {
    return sideCommissionServiceRaw;
  }

  /**
   * Payment type (only in the page's example: "crypto").
   *
   * <p>Wire name {@code type_payments}.
   *
   * <p>Departs from the page: <em>page:</em> in the create page's example ("crypto"), not in its table; <em>chosen:</em> a String; <em>because</em> The page's own example sends it; its other values are undocumented, so it is not an enum.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String typePayments() {
    return typePayments;
  }

  /**
   * Invoice amount in the selected cryptocurrency.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountRaw()} has it)
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The wire value of {@code amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountRaw() {
    return amountRaw;
  }

  /**
   * Invoice amount in USD.
   *
   * <p>Wire name {@code amount_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountUsdRaw()} has it)
   */
  public BigDecimal amountUsd() {
    return amountUsd;
  }

  /**
   * The wire value of {@code amount_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountUsdRaw() {
    return amountUsdRaw;
  }

  /**
   * Invoice amount in the creation currency (depends on the currency parameter).
   *
   * <p>Wire name {@code amount_in_fiat}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountInFiatRaw()} has it)
   */
  public BigDecimal amountInFiat() {
    return amountInFiat;
  }

  /**
   * The wire value of {@code amount_in_fiat} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountInFiat()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountInFiatRaw() {
    return amountInFiatRaw;
  }

  /**
   * Invoice transfer fee.
   *
   * <p>Wire name {@code fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code feeRaw()} has it)
   */
  public BigDecimal fee() {
    return fee;
  }

  /**
   * The wire value of {@code fee} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code fee()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String feeRaw() {
    return feeRaw;
  }

  /**
   * Invoice transfer fee in USD.
   *
   * <p>Wire name {@code fee_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code feeUsdRaw()} has it)
   */
  public BigDecimal feeUsd() {
    return feeUsd;
  }

  /**
   * The wire value of {@code fee_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code feeUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String feeUsdRaw() {
    return feeUsdRaw;
  }

  /**
   * Service fee.
   *
   * <p>Wire name {@code service_fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code serviceFeeRaw()} has it)
   */
  public BigDecimal serviceFee() {
    return serviceFee;
  }

  /**
   * The wire value of {@code service_fee} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code serviceFee()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String serviceFeeRaw() {
    return serviceFeeRaw;
  }

  /**
   * Service fee in USD.
   *
   * <p>Wire name {@code service_fee_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code serviceFeeUsdRaw()} has it)
   */
  public BigDecimal serviceFeeUsd() {
    return serviceFeeUsd;
  }

  /**
   * The wire value of {@code service_fee_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code serviceFeeUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String serviceFeeUsdRaw() {
    return serviceFeeUsdRaw;
  }

  /**
   * Amount received, in the invoice's cryptocurrency (info page's example).
   *
   * <p>Wire name {@code received}.
   *
   * <p>Departs from the page: <em>page:</em> in the info page's 2023/24 example (100.2 and 0), not in the visible part of any table; <em>chosen:</em> an optional decimal; <em>because</em> The provider's own example of this object sends it; a paid amount is what a lookup is for.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code receivedRaw()} has it)
   */
  public BigDecimal received() {
    return received;
  }

  /**
   * The wire value of {@code received} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code received()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String receivedRaw() {
    return receivedRaw;
  }

  /**
   * Amount received, in USD (info page's example).
   *
   * <p>Wire name {@code received_usd}.
   *
   * <p>Departs from the page: <em>page:</em> in the info page's 2023/24 example, not in the visible part of any table; <em>chosen:</em> an optional decimal; <em>because</em> The provider's own example of this object sends it.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code receivedUsdRaw()} has it)
   */
  public BigDecimal receivedUsd() {
    return receivedUsd;
  }

  /**
   * The wire value of {@code received_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code receivedUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String receivedUsdRaw() {
    return receivedUsdRaw;
  }

  /**
   * Fiat currency code in which the invoice was created.
   *
   * <p>Wire name {@code fiat_currency}.
   *
   * <p>Departs from the page: <em>page:</em> string, one of the create request's conversion currencies; <em>chosen:</em> a String, not FiatCurrency; <em>because</em> A response is read, not checked: a code the provider adds later would read as UNKNOWN and be lost, while a String keeps it.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String fiatCurrency() {
    return fiatCurrency;
  }

  /**
   * Invoice status; always created in the response to a create request.
   *
   * <p>Wire name {@code status}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public InvoiceStatus status() {
    return status;
  }

  /**
   * The wire value of {@code status} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String statusRaw() {
    return statusRaw;
  }

  /**
   * Processing state of the invoice, next to status ("success" in the postback page's example, "start" in a withdrawal example); its values are not enumerated.
   *
   * <p>Wire name {@code invoice_status}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> not in the create, info or list tables; in the postback page's invoice_info ("success") and the withdrawal page's ru fragment ("start"); plugins check result[0].invoice_status == "success" after getInvoices; <em>chosen:</em> an optional String; <em>because</em> Shops rely on it to confirm a payment; its values are never enumerated, so it is not an enum.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> invoiceStatus() {
    return Optional.ofNullable(invoiceStatus);
  }

  /**
   * Custom invoice number in the external system (info page's example).
   *
   * <p>Wire name {@code order_id}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> in the info page's 2023/24 example ("1111"), not in the visible part of any table; the withdrawal fragment sends the string "None"; <em>chosen:</em> an optional String, read as sent; <em>because</em> The provider's own example of this object sends it: it is how a shop finds its order again.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  /**
   * When the invoice was finished, UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; null while open (list page's example).
   *
   * <p>Wire name {@code date_finished}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> in the list page's 2024 example (null) and the postback page's invoice_info ("2024-08-22 11:51:53.753528"), not in the visible part of any table; <em>chosen:</em> an optional, nullable timestamp in the invoice's format; <em>because</em> The provider's own examples of this object send it.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Instant> dateFinished() {
    return Optional.ofNullable(dateFinished);
  }

  /**
   * The wire value of {@code date_finished} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String dateFinishedRaw() {
    return dateFinishedRaw;
  }

  /**
   * Parameter for requiring the payer's email in the invoice.
   *
   * <p>Wire name {@code is_email_required}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean isEmailRequired() {
    return isEmailRequired;
  }

  /**
   * Link to the invoice page.
   *
   * <p>Wire name {@code link}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String link() {
    return link;
  }

  /**
   * Invoice identifier (only in the page's example, where it is null).
   *
   * <p>Wire name {@code invoice_id}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> in the create page's example (null), not in its table; <em>chosen:</em> an optional, nullable String; <em>because</em> The page's own example sends it.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> invoiceId() {
    return Optional.ofNullable(invoiceId);
  }

  /**
   * The selected cryptocurrency of the invoice, with its network.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public InvoiceCurrency currency() {
    return currency;
  }

  /**
   * Project information.
   *
   * <p>Wire name {@code project}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Project project() {
    return project;
  }

  /**
   * Test invoice sign.
   *
   * <p>Wire name {@code test_mode}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean testMode() {
    return testMode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Invoice that
        && Objects.equals(uuid, that.uuid)
        && Objects.equals(createdRaw, that.createdRaw)
        && Objects.equals(address, that.address)
        && Objects.equals(expiryDateRaw, that.expiryDateRaw)
        && Objects.equals(sideCommissionRaw, that.sideCommissionRaw)
        && Objects.equals(sideCommissionCcRaw, that.sideCommissionCcRaw)
        && Objects.equals(sideCommissionServiceRaw, that.sideCommissionServiceRaw)
        && Objects.equals(typePayments, that.typePayments)
        && Objects.equals(amount, that.amount)
        && Objects.equals(amountUsd, that.amountUsd)
        && Objects.equals(amountInFiat, that.amountInFiat)
        && Objects.equals(fee, that.fee)
        && Objects.equals(feeUsd, that.feeUsd)
        && Objects.equals(serviceFee, that.serviceFee)
        && Objects.equals(serviceFeeUsd, that.serviceFeeUsd)
        && Objects.equals(received, that.received)
        && Objects.equals(receivedUsd, that.receivedUsd)
        && Objects.equals(fiatCurrency, that.fiatCurrency)
        && Objects.equals(statusRaw, that.statusRaw)
        && Objects.equals(invoiceStatus, that.invoiceStatus)
        && Objects.equals(orderId, that.orderId)
        && Objects.equals(dateFinishedRaw, that.dateFinishedRaw)
        && Objects.equals(isEmailRequired, that.isEmailRequired)
        && Objects.equals(link, that.link)
        && Objects.equals(invoiceId, that.invoiceId)
        && Objects.equals(currency, that.currency)
        && Objects.equals(project, that.project)
        && Objects.equals(testMode, that.testMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid, createdRaw, address, expiryDateRaw, sideCommissionRaw, sideCommissionCcRaw, sideCommissionServiceRaw, typePayments, amount, amountUsd, amountInFiat, fee, feeUsd, serviceFee, serviceFeeUsd, received, receivedUsd, fiatCurrency, statusRaw, invoiceStatus, orderId, dateFinishedRaw, isEmailRequired, link, invoiceId, currency, project, testMode);
  }

  @Override
  public String toString() {
    return "Invoice{"
        + "uuid=" + uuid
        + ", created=" + createdRaw
        + ", address=" + address
        + ", expiry_date=" + expiryDateRaw
        + ", side_commission=" + sideCommissionRaw
        + ", side_commission_cc=" + sideCommissionCcRaw
        + ", side_commission_service=" + sideCommissionServiceRaw
        + ", type_payments=" + typePayments
        + ", amount=" + amount
        + ", amount_usd=" + amountUsd
        + ", amount_in_fiat=" + amountInFiat
        + ", fee=" + fee
        + ", fee_usd=" + feeUsd
        + ", service_fee=" + serviceFee
        + ", service_fee_usd=" + serviceFeeUsd
        + ", received=" + received
        + ", received_usd=" + receivedUsd
        + ", fiat_currency=" + fiatCurrency
        + ", status=" + statusRaw
        + ", invoice_status=" + invoiceStatus
        + ", order_id=" + orderId
        + ", date_finished=" + dateFinishedRaw
        + ", is_email_required=" + isEmailRequired
        + ", link=" + link
        + ", invoice_id=" + invoiceId
        + ", currency=" + currency
        + ", project=" + project
        + ", test_mode=" + testMode
        + "}";
  }
}
