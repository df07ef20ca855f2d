package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.ResponseShape;
import io.payspec.annotations.Timestamp;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * NordPay "Receive Invoices Transactions" (provider-docs/nordpay-invoice-transactions.en.md): the
 * transactions of every invoice, optionally between two dates.
 *
 * <p>Declares, for the version, the {@link InvoiceTransaction} (also returned by
 * {@code getInvoiceTransactions}), the {@link Currency} object a transaction embeds (also in wallet
 * transactions) and the transaction enums.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "listInvoiceTransactions",
    method = HttpMethod.GET,
    path = "/invoice/transactions",
    description = "Gets all transactions for all invoices.",
    source = "https://nord-3.gitbook.io/nord-api/invoice/receive-invoices-transactions",
    responseShape = ResponseShape.LIST)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "GET /invoice/transactions, a JSON array (SDK: GET /v1/invoice/transactions, envelope {\"success\","
        + " \"data\", \"error\"})",
    chosen = "GET /invoice/transactions, a JSON array",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", note = "The first cURL example: no dates.")
@RequestExample(name = "dates", query = "start_date=2021-01-01&end_date=2021-01-31",
    note = "The second cURL example.")
@ResponseExample(name = "success", body = """
    [
      {
        "id": 0,
        "source_type": "invoice",
        "source": {
          "id": 0,
          "uuid": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
          "currency": "USDTBEP20",
          "tx_hash": null,
          "address": "0x...",
          "amount": 0,
          "amount_usd": 0,
          "received_amount": 0,
          "received_amount_usd": 0,
          "label": "Order #123",
          "postback_url": "https://example.com/postback",
          "success_url": "https://example.com/success",
          "fail_url": "https://example.com/fail",
          "created_at": "2025-06-20T14:22:10.345678Z",
          "expires_at": "2025-06-21T14:22:10.345678Z",
          "status": "paid"
        },
        "currency": {
          "name": "USDTBEP20",
          "token": "USDT",
          "network": "BEP20",
          "contract": "0x55d398326f99059fF775485246999027B3197955",
          "decimals": 18,
          "confirmations": 5,
          "network_fee": 0,
          "min_deposit": 1
        },
        "amount": 0,
        "amount_usd": 0,
        "network_fee": 0,
        "network_fee_usd": 0,
        "service_fee": 0,
        "service_fee_usd": 0,
        "tx_hash": "0x...",
        "is_paid": true,
        "is_postback_sended": false,
        "created_at": "2025-06-20T15:22:10.345678Z"
      }
    ]""", note = "The page's array ends with a \"...\" placeholder after the item, which is not JSON: left out.")
@ResponseExample(name = "validation-error", status = 422, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
      "detail": [
        {
          "loc": [],
          "msg": "string",
          "type": "string",
          "ctx": {
            "error": "string"
          }
        }
      ]
    }""", note = "The page's second tab; its title (the status) is not rendered in the stored copy: 422, the"
        + " FastAPI validation error the other pages put under 422.")
@Decision(topic = DecisionTopic.EXAMPLE, page = "success example: an array ending with a \"...\" placeholder",
    chosen = "the one documented item, placeholder left out", reason = "The placeholder is not JSON.")
public interface NordPayV1ListInvoiceTransactions {

  @Request(description = "Which transactions to list: optionally only those between two dates.")
  interface ListInvoiceTransactionsRequest {
    @Field(value = "start_date", description = "Start date for transactions")
    @Timestamp(pattern = "yyyy-MM-dd")
    @Decision(topic = DecisionTopic.TYPE, page = "date, datetime (example: 2021-01-01)",
        chosen = "a date, written yyyy-MM-dd",
        reason = "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")
    LocalDate startDate();

    @Field(value = "end_date", description = "End date for transactions")
    @Timestamp(pattern = "yyyy-MM-dd")
    @Decision(topic = DecisionTopic.TYPE, page = "date, datetime (example: 2021-01-31)",
        chosen = "a date, written yyyy-MM-dd",
        reason = "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")
    LocalDate endDate();
  }

  /** A payment to an invoice. */
  @Response(description = "A transaction paying an invoice; its source is the invoice.")
  @Decision(topic = DecisionTopic.TYPE,
      page = "money as JSON numbers (0); live responses and the SDK: decimal strings",
      chosen = "BigDecimal, read from a number or a string",
      reason = "Money is exact; both forms must read, since the live service sends strings.")
  @Decision(topic = DecisionTopic.OTHER,
      page = "source is an invoice when source_type is \"invoice\", a wallet when \"wallet\" (wallet transactions page)",
      chosen = "two types: InvoiceTransaction (source: Invoice) and WalletTransaction (source: Wallet), sharing Currency",
      reason = "Invoice transactions always come from an invoice and wallet transactions from a wallet, so each"
          + " list gets a typed source.")
  interface InvoiceTransaction {
    @Field(value = "id", description = "Transaction identifier")
    Long id();

    @Field(value = "source_type", description = "What the transaction pays: invoice")
    TransactionSourceType sourceType();

    @Field(value = "source", description = "The invoice the transaction pays")
    NordPayV1CreateInvoice.Invoice source();

    @Field(value = "currency", description = "Currency of the transaction")
    Currency currency();

    @Field(value = "amount", description = "Amount of the transaction in its currency")
    BigDecimal amount();

    @Field(value = "amount_usd", nullable = true, description = "Amount of the transaction in USD")
    BigDecimal amountUsd();

    @Field(value = "network_fee", nullable = true, description = "Network fee of the transaction")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value", chosen = "nullable",
        reason = "SDK 1.3.0: fee fields are null while a transaction is pending.")
    BigDecimal networkFee();

    @Field(value = "network_fee_usd", nullable = true, description = "USD equivalent of the network fee")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value", chosen = "nullable",
        reason = "SDK 1.3.0: fee fields are null while a transaction is pending.")
    BigDecimal networkFeeUsd();

    @Field(value = "service_fee", nullable = true, description = "Service fee of the transaction")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value", chosen = "nullable",
        reason = "SDK 1.3.0: fee fields are null while a transaction is pending.")
    BigDecimal serviceFee();

    @Field(value = "service_fee_usd", nullable = true, description = "USD equivalent of the service fee")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value", chosen = "nullable",
        reason = "SDK 1.3.0: fee fields are null while a transaction is pending.")
    BigDecimal serviceFeeUsd();

    @Field(value = "tx_hash", nullable = true, description = "On-chain hash of the transaction")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value", chosen = "nullable",
        reason = "SDK 1.3.0: tx_hash is null while a transaction is pending.")
    String txHash();

    @Field(value = "is_paid", nullable = true, description = "Whether the transaction is paid")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value",
        chosen = "nullable", reason = "The SDK reads a status instead; a service sending only status must still read.")
    Boolean isPaid();

    @Field(value = "is_postback_sended", nullable = true, description = "Whether the postback of the transaction was sent")
    @Decision(topic = DecisionTopic.REQUIRED, page = "is_postback_sended (sic), shown with a value",
        chosen = "nullable, wire name as the page spells it",
        reason = "The SDK reads is_postback_sent instead (also described, see is_postback_sent).")
    Boolean isPostbackSended();

    @Field(value = "created_at", description = "Creation time of the transaction")
    Instant createdAt();

    @Field(value = "status", nullable = true, description = "Status of the transaction")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "no status on the transactions pages (is_paid instead)",
        chosen = "nullable TransactionStatus",
        reason = "The provider's SDK model Transaction reads status (pending, paid, cancelled, refunded) instead of"
            + " is_paid, so the live service sends it.")
    TransactionStatus status();

    @Field(value = "is_postback_sent", nullable = true, description = "Whether the postback of the transaction was sent")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "is_postback_sended on the pages",
        chosen = "also is_postback_sent, nullable",
        reason = "The provider's SDK model reads is_postback_sent; whichever the service sends is kept.")
    Boolean isPostbackSent();
  }

  /** The currency object a transaction embeds. */
  @WireObject(description = "A currency and network as a transaction embeds it.")
  @Decision(topic = DecisionTopic.OTHER,
      page = "8 keys on every transactions page; the SDK's Currency model also reads icon, is_available,"
          + " can_exchange, can_withdraw, min_withdraw, rate",
      chosen = "the 8 keys of the pages",
      reason = "The pages agree with each other; the SDK's extra keys come from the /currencies/ list, which no"
          + " operation here returns.")
  @Decision(topic = DecisionTopic.TYPE, page = "network_fee and min_deposit as JSON numbers",
      chosen = "BigDecimal, read from a number or a string", reason = "Money is exact; the live service sends strings.")
  interface Currency {
    @Field(value = "name", description = "Currency code, token and network, e.g. USDTBEP20")
    String name();

    @Field(value = "token", description = "Token ticker, e.g. USDT")
    String token();

    @Field(value = "network", description = "Network, e.g. BEP20")
    String network();

    @Field(value = "contract", nullable = true, description = "Contract address of the token")
    @Decision(topic = DecisionTopic.REQUIRED, page = "shown with a value (a token)", chosen = "nullable",
        reason = "The quickstart gives a contract address for tokens only; a network's own coin has none.")
    String contract();

    @Field(value = "decimals", description = "Number of decimals of the currency")
    Integer decimals();

    @Field(value = "confirmations", description = "Number of confirmations a payment needs")
    Integer confirmations();

    @Field(value = "network_fee", description = "Network fee of the currency")
    BigDecimal networkFee();

    @Field(value = "min_deposit", description = "Minimum deposit in the currency")
    BigDecimal minDeposit();
  }

  @WireEnum(description = "What a transaction pays.")
  enum TransactionSourceType {
    @WireValue(value = "invoice", description = "A payment to an invoice")
    INVOICE,
    @WireValue(value = "wallet", description = "A direct transfer to a wallet")
    WALLET
  }

  @WireEnum(description = "Status of a transaction (the provider's SDK; the pages show is_paid instead).")
  @Decision(topic = DecisionTopic.ENUM_VALUES, page = "no status on the transactions pages; postback page: paid, partially_paid",
      chosen = "pending, paid, partially_paid, cancelled, refunded",
      reason = "The SDK's Transaction.status literal (pending, paid, cancelled, refunded) and the postback page's"
          + " partially_paid; other values read as UNKNOWN.")
  enum TransactionStatus {
    @WireValue(value = "pending", description = "Pending")
    PENDING,
    @WireValue(value = "paid", description = "Paid")
    PAID,
    @WireValue(value = "partially_paid", description = "Partially paid")
    PARTIALLY_PAID,
    @WireValue(value = "cancelled", description = "Cancelled")
    CANCELLED,
    @WireValue(value = "refunded", description = "Refunded")
    REFUNDED
  }
}
