package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The created invoice (API v2): the "result" object.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"uuid", "created", "address", "expiry_date", "side_commission", "side_commission_cc", "side_commission_service", "type_payments", "amount", "amount_usd", "amount_in_fiat", "fee", "fee_usd", "service_fee", "service_fee_usd", "fiat_currency", "status", "is_email_required", "link", "invoice_id", "currency", "project", "test_mode"})
public final class Invoice {
  private static final DateTimeFormatter CREATED_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private static final ZoneId CREATED_ZONE = ZoneId.of("UTC");

  private static final DateTimeFormatter EXPIRY_DATE_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private static final ZoneId EXPIRY_DATE_ZONE = ZoneId.of("UTC");

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

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  @JsonProperty("amount_in_fiat")
  private final BigDecimal amountInFiat;

  @JsonProperty("fee")
  private final BigDecimal fee;

  @JsonProperty("fee_usd")
  private final BigDecimal feeUsd;

  @JsonProperty("service_fee")
  private final BigDecimal serviceFee;

  @JsonProperty("service_fee_usd")
  private final BigDecimal serviceFeeUsd;

  @JsonProperty("fiat_currency")
  private final String fiatCurrency;

  @JsonProperty("status")
  private final String statusRaw;

  private final InvoiceStatus status;

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

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Invoice(@JsonProperty("uuid") String uuid, @JsonProperty("created") String created,
      @JsonProperty("address") String address, @JsonProperty("expiry_date") String expiryDate,
      @JsonProperty("side_commission") String sideCommission,
      @JsonProperty("side_commission_cc") String sideCommissionCc,
      @JsonProperty("side_commission_service") String sideCommissionService,
      @JsonProperty("type_payments") String typePayments, @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("amount_usd") BigDecimal amountUsd,
      @JsonProperty("amount_in_fiat") BigDecimal amountInFiat, @JsonProperty("fee") BigDecimal fee,
      @JsonProperty("fee_usd") BigDecimal feeUsd,
      @JsonProperty("service_fee") BigDecimal serviceFee,
      @JsonProperty("service_fee_usd") BigDecimal serviceFeeUsd,
      @JsonProperty("fiat_currency") String fiatCurrency, @JsonProperty("status") String status,
      @JsonProperty("is_email_required") Boolean isEmailRequired, @JsonProperty("link") String link,
      @JsonProperty("invoice_id") String invoiceId,
      @JsonProperty("currency") InvoiceCurrency currency, @JsonProperty("project") Project project,
      @JsonProperty("test_mode") Boolean testMode) {
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
    this.amount = amount;
    this.amountUsd = amountUsd;
    this.amountInFiat = amountInFiat;
    this.fee = fee;
    this.feeUsd = feeUsd;
    this.serviceFee = serviceFee;
    this.serviceFeeUsd = serviceFeeUsd;
    this.fiatCurrency = fiatCurrency;
    this.statusRaw = status;
    this.status = InvoiceStatus.fromWire(statusRaw);
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
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Invoice amount in USD.
   *
   * <p>Wire name {@code amount_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal amountUsd() {
    return amountUsd;
  }

  /**
   * Invoice amount in the creation currency (depends on the currency parameter).
   *
   * <p>Wire name {@code amount_in_fiat}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal amountInFiat() {
    return amountInFiat;
  }

  /**
   * Invoice transfer fee.
   *
   * <p>Wire name {@code fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal fee() {
    return fee;
  }

  /**
   * Invoice transfer fee in USD.
   *
   * <p>Wire name {@code fee_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal feeUsd() {
    return feeUsd;
  }

  /**
   * Service fee.
   *
   * <p>Wire name {@code service_fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal serviceFee() {
    return serviceFee;
  }

  /**
   * Service fee in USD.
   *
   * <p>Wire name {@code service_fee_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format
   */
  public BigDecimal serviceFeeUsd() {
    return serviceFeeUsd;
  }

  /**
   * Fiat currency code in which the invoice was created.
   *
   * <p>Wire name {@code fiat_currency}.
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
        && Objects.equals(fiatCurrency, that.fiatCurrency)
        && Objects.equals(statusRaw, that.statusRaw)
        && Objects.equals(isEmailRequired, that.isEmailRequired)
        && Objects.equals(link, that.link)
        && Objects.equals(invoiceId, that.invoiceId)
        && Objects.equals(currency, that.currency)
        && Objects.equals(project, that.project)
        && Objects.equals(testMode, that.testMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid, createdRaw, address, expiryDateRaw, sideCommissionRaw, sideCommissionCcRaw, sideCommissionServiceRaw, typePayments, amount, amountUsd, amountInFiat, fee, feeUsd, serviceFee, serviceFeeUsd, fiatCurrency, statusRaw, isEmailRequired, link, invoiceId, currency, project, testMode);
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
        + ", fiat_currency=" + fiatCurrency
        + ", status=" + statusRaw
        + ", is_email_required=" + isEmailRequired
        + ", link=" + link
        + ", invoice_id=" + invoiceId
        + ", currency=" + currency
        + ", project=" + project
        + ", test_mode=" + testMode
        + "}";
  }
}
