package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.RequiresField;
import io.payspec.annotations.ResponseExample;
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
 * with the facts of provider-docs/README.md and the v2 authorization page
 * (provider-docs/cryptocloud-v2-authorization.en.md).
 *
 * <p>This descriptor declares the objects every v2 endpoint shares: the {@link Invoice} (also the
 * payload of {@code getInvoices} and the items of {@code listInvoices}), its {@link InvoiceCurrency},
 * {@link Network} and {@link Project}, and the {@link CryptoCurrency} and {@link InvoiceStatus} enums.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "createInvoice",
    path = "/v2/invoice/create",
    description = "Creates a unique invoice and returns its payment link or payment details (API v2).",
    response = CryptoCloudV2CreateInvoice.Invoice.class,
    // The exported page carries no URL of its own.
    source = "provider-docs/cryptocloud-v2-invoice-create.en.md (docs.cryptocloud.plus, API v2, Invoice Creation)")
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.OTHER,
    page = "create page: statuses 200, 400, 401, 406 without bodies; authorization page: {\"authorization\": "
        + "\"Unauthorized request.\"} in \"result\" with no HTTP code (its code column says \"Некорректный токен\"); "
        + "balance page: bare {\"detail\": \"Signature verification failed\"} and {\"detail\": \"Invalid header padding\"}",
    chosen = "the \"authorization\" key and both \"detail\" messages mean refused credentials, whatever the HTTP status; "
        + "406 means the service is unavailable (as in v1)",
    reason = "Both detail messages are about decoding the API key (a JWT), so they are authentication failures, as the "
        + "SDKs treat them; the status that comes with each body is not documented.")
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "every page: \"Authorization: Token <API KEY>\"; Alexandre-Chapelle/cryptocloud-sdk (src/index.ts, 52729b2): "
        + "\"Authorization: Bearer <key>\"",
    chosen = "Authorization: Token <key>",
    reason = "Every page of both API versions documents the Token prefix; the SDK is alone and contradicts them.")
@RequestExample(
    name = "page",
    body = """
        {"amount": 100, "shop_id": "xBAivfPIbskwuEWj", "currency": "USD"}""",
    note = "The cURL tab's body; the Python, JavaScript and PHP tabs send the same three fields.")
@ResponseExample(
    name = "created",
    body = """
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
                "link": "https://pay.cryptocloud.plus/89UX09KA",
                "invoice_id": null,
                "currency": {
                    "id": 3,
                    "code": "ETH",
                    "fullcode": "ETH",
                    "network": {
                        "code": "ERC20",
                        "id": 3,
                        "icon": "https://cdn.cryptocloud.plus/img/network/ERC.svg",
                        "fullname": "Ethereum"
                    },
                    "name": "Ethereum",
                    "is_email_required": false,
                    "stablecoin": false,
                    "icon_base": "https://cdn.cryptocloud.plus/img/currency/ETH.svg",
                    "icon_network": "https://cdn.cryptocloud.plus/img/currency/ETH.svg",
                    "icon_qr": "https://cdn.cryptocloud.plus/img/stroke/ETH_STROKE.svg",
                    "order": 9
                },
                "project": {
                    "id": 1,
                    "name": "Test",
                    "fail": "https://test.com/failed-payment",
                    "success": "https://test.com/successful-payment",
                    "logo": "https://static.cryptocloud.plus/logo/L52hWwjt98uYtUF91765782359.174416.jpg"
                },
                "test_mode": false
            }
        }""",
    note = "The page's tab \"200: OK – Invoice has been created\".")
@ResponseExample(
    name = "unauthorized",
    status = 401,
    body = """
        {
            "status": "error",
            "result": {
                "authorization": "Unauthorized request."
            }
        }""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "From the v2 authorization page, which gives no HTTP status for it; 401 is the create page's "
        + "\"Unauthorized\" status.")
@ResponseExample(
    name = "malformed-key",
    status = 401,
    body = """
        {
            "detail": "Signature verification failed"
        }""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "From the v2 balance page (a malformed API key gives a bare detail body for every call); no HTTP status "
        + "is documented, 401 is the create page's \"Unauthorized\" status.")
@ResponseExample(
    name = "fields-missing",
    status = 400,
    body = """
        {"status": "error", "result": {"amount": "amount not passed.", "shop_id": "shop_id not passed."}}""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "From provider-docs/README.md (the provider's wider documentation); no HTTP status is documented for it, "
        + "400 is the create page's \"Bad Request\" status.")
@ResponseExample(
    name = "invalid-currency",
    status = 400,
    body = """
        {"status": "error", "result": {"currency": "Invalid account currency specified. ..."}}""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "From provider-docs/README.md, message elided there as shown; no HTTP status is documented for it, 400 is "
        + "the create page's \"Bad Request\" status.")
public interface CryptoCloudV2CreateInvoice {

  @Request(description = "A request to create a CryptoCloud invoice (API v2).")
  interface CreateInvoiceRequest {
    @Field(value = "shop_id", required = true, description = "Unique identifier of the store from personal account")
    String shopId();

    // "in USD" is the page's wording; with `currency` set the amount is in that currency
    // (response amount_in_fiat: "depends on the currency parameter").
    @Field(value = "amount", required = true, description = "Payment amount in USD")
    @Range(min = "0", minExclusive = true)
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "no bounds",
        chosen = "greater than 0",
        reason = "An invoice for zero or less is meaningless.")
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

    @Field(
        value = "locale",
        in = ParamIn.QUERY,
        description = "Language of the answer's messages, a query parameter of the create call: en or ru "
            + "(provider's newer documentation)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "not on the create page; provider-docs/README.md (the provider's newer documentation): "
            + "`locale` (en | ru) is a query parameter of the create call",
        chosen = "an optional query parameter",
        reason = "Documented by the provider elsewhere, and harmless when not set.")
    Language locale();
  }

  @WireObject(description = "Additional parameters of an invoice (add_fields).")
  interface AddFields {
    @Field(value = "time_to_pay", description = "Invoice lifetime")
    TimeToPay timeToPay();

    @Field(value = "available_currencies", description = "Available payment currencies")
    @Size(min = 1)
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "no minimum",
        chosen = "at least one element",
        reason = "An empty list would leave the payer no currency to pay with.")
    List<CryptoCurrency> availableCurrencies();

    @Field(
        value = "cryptocurrency",
        description = "Selecting the payment currency on behalf of the user: the payment page shows the payment "
            + "details without a currency selection, and the address and amount are returned in the API response")
    CryptoCurrency cryptocurrency();

    @Field(value = "email_to_send", description = "E-mail address to send the invoice to (provider's newer documentation)")
    @Email
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "not on the create page; provider-docs/README.md: the provider's newer documentation adds "
            + "add_fields.email_to_send",
        chosen = "an optional e-mail field",
        reason = "Documented by the provider elsewhere, and harmless when not set.")
    String emailToSend();

    @Field(value = "period", description = "Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation)")
    @RequiresField("email_to_send")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "not on the create page; provider-docs/README.md: month | week | day, only together with email_to_send",
        chosen = "an optional enum field, refused without email_to_send",
        reason = "Documented by the provider elsewhere, and harmless when not set.")
    Period period();
  }

  @WireObject(description = "Invoice lifetime, in hours and minutes (add_fields.time_to_pay).")
  interface TimeToPay {
    @Field(value = "hours", description = "Hours of the invoice lifetime")
    @Range(min = "0")
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "no bounds; example {\"hours\": 24, \"minutes\": 0}",
        chosen = "at least 0, no upper bound; not required",
        reason = "No upper bound is documented and a guessed one could refuse a valid lifetime; the provider decides "
            + "what a partial object means.")
    Integer hours();

    @Field(value = "minutes", description = "Minutes of the invoice lifetime")
    @Range(min = "0", max = "59")
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "no bounds; example {\"hours\": 24, \"minutes\": 0}",
        chosen = "0..59; not required",
        reason = "The minutes part of an hours-and-minutes duration; the provider decides what a partial object means.")
    Integer minutes();
  }

  /*
   * Money: JSON numbers, sometimes in exponent form (1.499999996212864e-06); BigDecimal reads them exactly.
   * One Invoice for create, getInvoices and listInvoices: their tables agree row for row as far as the
   * info and list copies go; the fields only their examples show are declared here too (see the decisions).
   * A @WireObject rather than a @Response, so that the invoice list can hold it as a field.
   */
  @WireObject(description = "A CryptoCloud invoice (API v2): the \"result\" object of a create call, an item of "
      + "an invoice lookup or of the invoice list.")
  @Decision(
      topic = DecisionTopic.OTHER,
      page = "create, info and list pages: the same response table (the info copy ends after fee, the list copy "
          + "after amount_usd); their examples differ: info adds received, received_usd, order_id and leaves out "
          + "created and link; list adds date_finished",
      chosen = "one Invoice for createInvoice, getInvoices and listInvoices, with every field any of the three shows",
      reason = "The tables agree where they are visible; responses are read leniently, so a field one endpoint "
          + "does not send is simply absent.")
  interface Invoice {
    @Field(value = "uuid", description = "Unique invoice identifier with the INV prefix")
    String uuid();

    @Field(value = "created", description = "Invoice creation time in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")
    Instant created();

    // "Will be prefilled only if a cryptocurrency for payment is selected": may be absent, null or "" otherwise.
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
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "YYYY-MM-DD HH:MI:SS.FFFFFF; the list page's 2024 example \"2023-01-02 12:00:00\" (no fraction)",
        chosen = "the fraction optional",
        reason = "Both forms appear in the provider's own examples of this object.")
    Instant expiryDate();

    @Field(value = "side_commission", description = "Transfer fee payer")
    CommissionSide sideCommission();

    @Field(value = "side_commission_cc", nullable = true, description = "Service fee payer (name in the page's table)")
    @Decision(
        topic = DecisionTopic.WIRE_NAME,
        page = "create table: side_commission_cc; create example (2026): side_commission_service; info and list "
            + "tables and examples: side_commission_cc; list page's 2024 prose: side_commission_ss",
        chosen = "side_commission_cc and side_commission_service, both nullable; side_commission_ss not declared",
        reason = "Both names appear in real examples, so whichever arrives is read; side_commission_ss appears only "
            + "in one revision's prose and is taken as a typo.")
    CommissionSide sideCommissionCc();

    @Field(value = "side_commission_service", nullable = true, description = "Service fee payer (name in the page's example)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the create page's example, not in its table (which names side_commission_cc)",
        chosen = "declared next to side_commission_cc, nullable",
        reason = "The page's own example sends it.")
    CommissionSide sideCommissionService();

    @Field(value = "type_payments", description = "Payment type (only in the page's example: \"crypto\")")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the create page's example (\"crypto\"), not in its table",
        chosen = "a String",
        reason = "The page's own example sends it; its other values are undocumented, so it is not an enum.")
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

    @Field(value = "received", description = "Amount received, in the invoice's cryptocurrency (info page's example)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the info page's 2023/24 example (100.2 and 0), not in the visible part of any table",
        chosen = "an optional decimal",
        reason = "The provider's own example of this object sends it; a paid amount is what a lookup is for.")
    BigDecimal received();

    @Field(value = "received_usd", description = "Amount received, in USD (info page's example)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the info page's 2023/24 example, not in the visible part of any table",
        chosen = "an optional decimal",
        reason = "The provider's own example of this object sends it.")
    BigDecimal receivedUsd();

    @Field(value = "fiat_currency", description = "Fiat currency code in which the invoice was created")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string, one of the create request's conversion currencies",
        chosen = "a String, not FiatCurrency",
        reason = "A response is read, not checked: a code the provider adds later would read as UNKNOWN and be lost, "
            + "while a String keeps it.")
    String fiatCurrency();

    @Field(value = "status", description = "Invoice status; always created in the response to a create request")
    InvoiceStatus status();

    @Field(
        value = "invoice_status",
        nullable = true,
        description = "Processing state of the invoice, next to status (\"success\" in the postback page's example, "
            + "\"start\" in a withdrawal example); its values are not enumerated")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "not in the create, info or list tables; in the postback page's invoice_info (\"success\") and the "
            + "withdrawal page's ru fragment (\"start\"); plugins check result[0].invoice_status == \"success\" after "
            + "getInvoices",
        chosen = "an optional String",
        reason = "Shops rely on it to confirm a payment; its values are never enumerated, so it is not an enum.")
    String invoiceStatus();

    @Field(value = "order_id", nullable = true, description = "Custom invoice number in the external system (info page's example)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the info page's 2023/24 example (\"1111\"), not in the visible part of any table; the withdrawal "
            + "fragment sends the string \"None\"",
        chosen = "an optional String, read as sent",
        reason = "The provider's own example of this object sends it: it is how a shop finds its order again.")
    String orderId();

    @Field(value = "date_finished", nullable = true, description = "When the invoice was finished, UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; null while open (list page's example)")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the list page's 2024 example (null) and the postback page's invoice_info "
            + "(\"2024-08-22 11:51:53.753528\"), not in the visible part of any table",
        chosen = "an optional, nullable timestamp in the invoice's format",
        reason = "The provider's own examples of this object send it.")
    Instant dateFinished();

    @Field(value = "is_email_required", description = "Parameter for requiring the payer's email in the invoice")
    Boolean isEmailRequired();

    @Field(value = "link", description = "Link to the invoice page")
    String link();

    @Field(value = "invoice_id", nullable = true, description = "Invoice identifier (only in the page's example, where it is null)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "in the create page's example (null), not in its table",
        chosen = "an optional, nullable String",
        reason = "The page's own example sends it.")
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

  @WireObject(description = "The selected cryptocurrency of an invoice (result.currency).")
  @Decision(
      topic = DecisionTopic.OTHER,
      page = "\"Object of the selected cryptocurrency in the invoice; also contains the network object\": the "
          + "object is shown, its fields are not described",
      chosen = "the fields of the example, described from their names and example values",
      reason = "The example is the only description the page gives.")
  interface InvoiceCurrency {
    @Field(value = "id", description = "Currency identifier")
    Integer id();

    @Field(value = "code", description = "Currency code, e.g. ETH")
    String code();

    @Field(value = "fullcode", description = "Full currency code, e.g. ETH or USDT_TRC20")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string (ETH, USDT_TRC20): one of the payment currencies",
        chosen = "a String, not CryptoCurrency",
        reason = "A response value must not be lost to UNKNOWN when the provider adds a currency.")
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

    // Seen as the string "None" (static wallet example): read as sent.
    @Field(value = "icon_network", description = "Icon URL of the currency on its network; may be the string \"None\"")
    String iconNetwork();

    @Field(value = "icon_qr", description = "Icon URL for the QR code")
    String iconQr();

    @Field(value = "order", description = "Display order of the currency")
    Integer order();
  }

  @WireObject(description = "A currency network (result.currency.network of an invoice, obj_network of a balance "
      + "or static wallet currency).")
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

    @Field(value = "logo", nullable = true, description = "Project logo URL; may be null, empty or \"None\"")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string (a URL); seen as null (info example), \"\" (postback example) and \"None\" (README)",
        chosen = "a nullable String read as sent",
        reason = "\"\" and \"None\" are not turned into absence here: callers see them as the provider sent them.")
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

  // What each period means is not documented.
  @WireEnum(description = "Period of add_fields.email_to_send.")
  @Decision(
      topic = DecisionTopic.ENUM_VALUES,
      page = "provider's newer documentation (README): month | week | day; partyzanex/go-cryptocloud: day | month | year",
      chosen = "month, week, day",
      reason = "The provider's documentation wins over an SDK.")
  enum Period {
    @WireValue("month")
    MONTH,
    @WireValue("week")
    WEEK,
    @WireValue("day")
    DAY
  }

  @WireEnum(description = "Language of a create call's messages (the locale query parameter).")
  enum Language {
    @WireValue(value = "en", description = "English")
    EN,
    @WireValue(value = "ru", description = "Russian")
    RU
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
