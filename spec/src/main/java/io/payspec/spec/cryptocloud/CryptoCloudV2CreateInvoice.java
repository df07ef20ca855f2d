package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequiresField;
import io.payspec.annotations.Response;
import io.payspec.annotations.Size;
import io.payspec.annotations.Timestamp;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * CryptoCloud v2 "Invoice Creation" (provider-docs/cryptocloud-v2-invoice-create.en.md), completed
 * with the facts of provider-docs/README.md.
 *
 * <p>The create call also takes a {@code locale} query parameter ({@code en} | {@code ru}, README):
 * the vocabulary has no query parameters, so it is left out.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "createInvoice",
    path = "/v2/invoice/create",
    description = "Creates a unique invoice and returns its payment link or payment details (API v2).",
    // The exported page carries no URL of its own.
    source = "provider-docs/cryptocloud-v2-invoice-create.en.md (docs.cryptocloud.plus, API v2, Invoice Creation)")
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
// The page lists 200, 400, 401 and 406 without bodies; README: errors are field-keyed messages in
// "result" ({"authorization": "Unauthorized request."} means refused credentials), and a malformed key
// can give a bare {"detail": "Signature verification failed"}. Decision: that message is an
// authentication failure too (it is about the key). 406 is "Service unavailable" (as in v1).
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed"},
    unavailableStatuses = {406})
public interface CryptoCloudV2CreateInvoice {

  @Request(description = "A request to create a CryptoCloud invoice (API v2).")
  interface CreateInvoiceRequest {
    @Field(value = "shop_id", required = true, description = "Unique identifier of the store from personal account")
    String shopId();

    // The page documents no bounds; an invoice for zero or less is meaningless, so it must be positive.
    // "in USD" is the page's wording; with `currency` set the amount is in that currency
    // (response amount_in_fiat: "depends on the currency parameter").
    @Field(value = "amount", required = true, description = "Payment amount in USD")
    @Range(min = "0", minExclusive = true)
    BigDecimal amount();

    @Field(value = "currency", defaultValue = "USD", description = "Conversion currency of the amount; the default currency is USD")
    FiatCurrency currency();

    @Field(value = "order_id", description = "Custom invoice number in the external system")
    String orderId();

    @Field(value = "email", description = "Payer's email address")
    @Email
    String email();

    @Field(value = "add_fields", description = "Additional parameters; optional parameters must be passed within this object")
    AddFields addFields();
  }

  @WireObject(description = "Additional parameters of an invoice (add_fields).")
  interface AddFields {
    @Field(value = "time_to_pay", description = "Invoice lifetime")
    TimeToPay timeToPay();

    // The page gives no minimum; an empty list would leave the payer no currency to pay with.
    // Decision: at least one element.
    @Field(value = "available_currencies", description = "Available payment currencies")
    @Size(min = 1)
    List<CryptoCurrency> availableCurrencies();

    @Field(
        value = "cryptocurrency",
        description = "Selecting the payment currency on behalf of the user: the payment page shows the payment "
            + "details without a currency selection, and the address and amount are returned in the API response")
    CryptoCurrency cryptocurrency();

    // Not on the page: the provider's newer documentation (README) adds email_to_send and period.
    @Field(value = "email_to_send", description = "E-mail address to send the invoice to (provider's newer documentation)")
    @Email
    String emailToSend();

    // README: month | week | day, only together with email_to_send.
    @Field(value = "period", description = "Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation)")
    @RequiresField("email_to_send")
    Period period();
  }

  // The page shows only {"hours": 24, "minutes": 0} and no bounds. Decision: hours at least 0 with no
  // upper bound (none is documented, and a guessed one could refuse a valid lifetime); minutes 0..59,
  // the minutes part of an hours-and-minutes duration. Neither is required: the provider decides what a
  // partial object means.
  @WireObject(description = "Invoice lifetime, in hours and minutes (add_fields.time_to_pay).")
  interface TimeToPay {
    @Field(value = "hours", description = "Hours of the invoice lifetime")
    @Range(min = "0")
    Integer hours();

    @Field(value = "minutes", description = "Minutes of the invoice lifetime")
    @Range(min = "0", max = "59")
    Integer minutes();
  }

  // Money: JSON numbers, sometimes in exponent form (1.499999996212864e-06); BigDecimal reads them exactly.
  // Fields in the example but not in the table (side_commission_service, type_payments, invoice_id)
  // are declared too.
  @Response(description = "The created invoice (API v2): the \"result\" object.")
  interface Invoice {
    @Field(value = "uuid", description = "Unique invoice identifier with the INV prefix")
    String uuid();

    @Field(value = "created", description = "Invoice creation time in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")
    Instant created();

    // "Will be prefilled only if a cryptocurrency for payment is selected": may be absent or null otherwise.
    @Field(
        value = "address",
        nullable = true,
        description = "Payment address; prefilled only if a cryptocurrency for payment is selected (add_fields.cryptocurrency)")
    String address();

    @Field(
        value = "expiry_date",
        description = "Invoice expiration date in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; after it the status changes to "
            + "canceled if payment has not been received")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")
    Instant expiryDate();

    @Field(value = "side_commission", description = "Transfer fee payer")
    CommissionSide sideCommission();

    // The page's table names side_commission_cc, its example sends side_commission_service (other
    // pages' examples: side_commission_cc). Decision: declare both, nullable, so whichever arrives is read.
    @Field(value = "side_commission_cc", nullable = true, description = "Service fee payer (name in the page's table)")
    CommissionSide sideCommissionCc();

    @Field(value = "side_commission_service", nullable = true, description = "Service fee payer (name in the page's example)")
    CommissionSide sideCommissionService();

    // In the example only ("crypto"); its other values are undocumented, so it stays a String.
    @Field(value = "type_payments", description = "Payment type (only in the page's example: \"crypto\")")
    String typePayments();

    @Field(value = "amount", description = "Invoice amount in the selected cryptocurrency")
    BigDecimal amount();

    @Field(value = "amount_usd", description = "Invoice amount in USD")
    BigDecimal amountUsd();

    @Field(value = "amount_in_fiat", description = "Invoice amount in the creation currency (depends on the currency parameter)")
    BigDecimal amountInFiat();

    @Field(value = "fee", description = "Invoice transfer fee")
    BigDecimal fee();

    @Field(value = "fee_usd", description = "Invoice transfer fee in USD")
    BigDecimal feeUsd();

    @Field(value = "service_fee", description = "Service fee")
    BigDecimal serviceFee();

    @Field(value = "service_fee_usd", description = "Service fee in USD")
    BigDecimal serviceFeeUsd();

    // Decision: a String, not FiatCurrency. A response is read, not checked: a code the provider adds
    // later would read as UNKNOWN and be lost, while a String keeps it.
    @Field(value = "fiat_currency", description = "Fiat currency code in which the invoice was created")
    String fiatCurrency();

    @Field(value = "status", description = "Invoice status; always created in the response to a create request")
    InvoiceStatus status();

    @Field(value = "is_email_required", description = "Parameter for requiring the payer's email in the invoice")
    Boolean isEmailRequired();

    @Field(value = "link", description = "Link to the invoice page")
    String link();

    // Not in the table; null in the page's example.
    @Field(value = "invoice_id", nullable = true, description = "Invoice identifier (only in the page's example, where it is null)")
    String invoiceId();

    // The example shows this object (and address, amount) filled although the example request selects no
    // cryptocurrency; only address is documented as conditional, so only address is nullable.
    @Field(value = "currency", description = "The selected cryptocurrency of the invoice, with its network")
    InvoiceCurrency currency();

    @Field(value = "project", description = "Project information")
    Project project();

    @Field(value = "test_mode", description = "Test invoice sign")
    Boolean testMode();
  }

  // The page describes this object and its network, not their fields: the field descriptions below are
  // read off the names and the example values.
  @WireObject(description = "The selected cryptocurrency of an invoice (result.currency).")
  interface InvoiceCurrency {
    @Field(value = "id", description = "Currency identifier")
    Integer id();

    @Field(value = "code", description = "Currency code, e.g. ETH")
    String code();

    // A String, not CryptoCurrency: a response value must not be lost to UNKNOWN.
    @Field(value = "fullcode", description = "Full currency code, e.g. ETH")
    String fullcode();

    @Field(value = "network", description = "The selected currency network")
    Network network();

    @Field(value = "name", description = "Currency name, e.g. Ethereum")
    String name();

    @Field(value = "is_email_required", description = "Whether the payer's email is required for this currency")
    Boolean isEmailRequired();

    @Field(value = "stablecoin", description = "Whether the currency is a stablecoin")
    Boolean stablecoin();

    @Field(value = "icon_base", description = "Currency icon URL")
    String iconBase();

    @Field(value = "icon_network", description = "Icon URL of the currency on its network")
    String iconNetwork();

    @Field(value = "icon_qr", description = "Icon URL for the QR code")
    String iconQr();

    @Field(value = "order", description = "Display order of the currency")
    Integer order();
  }

  @WireObject(description = "The network of the selected currency (result.currency.network).")
  interface Network {
    @Field(value = "code", description = "Network code, e.g. ERC20")
    String code();

    @Field(value = "id", description = "Network identifier")
    Integer id();

    @Field(value = "icon", description = "Network icon URL")
    String icon();

    @Field(value = "fullname", description = "Network name, e.g. Ethereum")
    String fullname();
  }

  @WireObject(description = "The project the invoice belongs to (result.project).")
  interface Project {
    @Field(value = "id", description = "Project identifier")
    Integer id();

    @Field(value = "name", description = "Project name")
    String name();

    @Field(value = "fail", description = "Project URL after a failed payment")
    String fail();

    @Field(value = "success", description = "Project URL after a successful payment")
    String success();

    // README: seen as null, "" and the string "None" (a Python None printed). Decision: a nullable
    // String read as sent; "" and "None" are not turned into absence here (callers see them as text).
    @Field(value = "logo", nullable = true, description = "Project logo URL; may be null, empty or \"None\"")
    String logo();
  }

  @WireEnum(description = "Fiat currencies an amount can be converted from (API v2).")
  enum FiatCurrency {
    USD, UZS, KGS, KZT, AMD, AZN, BYN, AUD, TRY,
    AED, CAD, CNY, HKD, IDR, INR, JPY, PHP, SGD,
    THB, VND, MYR, RUB, UAH, EUR, GBP
  }

  @WireEnum(description = "Payment currencies (cryptocurrency and network) of API v2.")
  enum CryptoCurrency {
    BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB,
    ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON,
    USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB,
    DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20,
    XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20, TRUMP_SOL
  }

  // README: month | week | day; what each means is not documented.
  @WireEnum(description = "Period of add_fields.email_to_send.")
  enum Period {
    @WireValue("month")
    MONTH,
    @WireValue("week")
    WEEK,
    @WireValue("day")
    DAY
  }

  @WireEnum(description = "Who pays a fee.")
  enum CommissionSide {
    @WireValue(value = "client", description = "The payer pays the fee")
    CLIENT,
    @WireValue(value = "merchant", description = "The merchant pays the fee")
    MERCHANT
  }

  @WireEnum(description = "Invoice status.")
  enum InvoiceStatus {
    @WireValue(value = "created", description = "Created; always the status in the response to a create request")
    CREATED,
    @WireValue(value = "paid", description = "Paid")
    PAID,
    @WireValue(value = "partial", description = "Partially paid")
    PARTIAL,
    @WireValue(value = "overpaid", description = "Overpaid")
    OVERPAID,
    @WireValue(value = "canceled", description = "Canceled; also when the expiry date passes without payment")
    CANCELED
  }
}
