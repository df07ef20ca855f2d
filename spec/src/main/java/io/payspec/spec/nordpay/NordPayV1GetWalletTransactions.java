package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.ResponseShape;
import io.payspec.annotations.Timestamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * NordPay "Retrive Wallet Transactions by ID" (provider-docs/nordpay-wallet-transactions-by-id.en.md,
 * title spelled so on the page): the transactions of one wallet, optionally between two dates.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "getWalletTransactions",
    method = HttpMethod.GET,
    path = "/wallet/{id}/transactions",
    description = "Gets all transactions for a wallet by its ID.",
    source = "https://nord-3.gitbook.io/nord-api/wallets/retrive-wallet-transactions-by-id",
    responseShape = ResponseShape.LIST)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "GET /wallet/{id}/transactions, a JSON array (SDK: GET /v1/wallet/{wallet_id}/transactions, envelope"
        + " {\"success\", \"data\", \"error\"})",
    chosen = "GET /wallet/{id}/transactions, a JSON array",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
// The page shows no error body.
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", path = "/wallet/20218/transactions",
    note = "The first cURL example. The page writes the placeholder your-wallet-id; a wallet id is an integer, so the"
        + " id of the SDK's live create-wallet fixture is used.")
@RequestExample(name = "dates", path = "/wallet/20218/transactions", query = "start_date=2025-06-01&end_date=2025-06-10",
    note = "The second cURL example, with the same id for the placeholder.")
@ResponseExample(name = "success", body = """
    [
      {
        "id": 0,
        "source_type": "wallet",
        "source": {
          "id": 0,
          "label": "Order #123",
          "postback_url": null,
          "currency": "USDTBEP20",
          "address": "0x...",
          "created_at": "2025-06-20T15:22:10.345678Z",
          "expires_at": "2025-07-20T15:22:10.345678Z"
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
        "created_at": "2025-06-20T17:22:10.345678Z"
      }
    ]""", note = "The page's array ends with a \"...\" placeholder after the item, which is not JSON: left out.")
@Decision(topic = DecisionTopic.EXAMPLE, page = "cURL examples with the path placeholder your-wallet-id",
    chosen = "/wallet/20218/transactions",
    reason = "The wallet id is an integer (Long); 20218 is the id of the SDK's live create-wallet fixture.")
@Decision(topic = DecisionTopic.EXAMPLE, page = "success example: an array ending with a \"...\" placeholder",
    chosen = "the one documented item, placeholder left out", reason = "The placeholder is not JSON.")
public interface NordPayV1GetWalletTransactions {

  @Request(description = "Which wallet's transactions to get, optionally only those between two dates.")
  interface GetWalletTransactionsRequest {
    @Field(value = "id", required = true, description = "The wallet's ID")
    @Decision(topic = DecisionTopic.TYPE, page = "{id} in the path, no type given (placeholder your-wallet-id)",
        chosen = "Long", reason = "A wallet's id is an integer in every response (createWallet, the transaction's source).")
    Long walletId();

    @Field(value = "start_date", description = "Start date for transactions")
    @Timestamp(pattern = "yyyy-MM-dd")
    @Decision(topic = DecisionTopic.TYPE, page = "date, datetime (example: 2025-06-01)",
        chosen = "a date, written yyyy-MM-dd",
        reason = "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")
    LocalDate startDate();

    @Field(value = "end_date", description = "End date for transactions")
    @Timestamp(pattern = "yyyy-MM-dd")
    @Decision(topic = DecisionTopic.TYPE, page = "date, datetime (example: 2025-06-10)",
        chosen = "a date, written yyyy-MM-dd",
        reason = "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")
    LocalDate endDate();
  }

  /** A transfer to a wallet. */
  @Response(description = "A transaction paying into a wallet; its source is the wallet.")
  @Decision(topic = DecisionTopic.OTHER,
      page = "the same transaction object as the invoice transactions pages, with a wallet as source",
      chosen = "WalletTransaction: InvoiceTransaction's fields with source typed Wallet",
      reason = "A typed source; see InvoiceTransaction in listInvoiceTransactions.")
  @Decision(topic = DecisionTopic.TYPE,
      page = "money as JSON numbers (0); live responses and the SDK: decimal strings",
      chosen = "BigDecimal, read from a number or a string",
      reason = "Money is exact; both forms must read, since the live service sends strings.")
  interface WalletTransaction {
    @Field(value = "id", description = "Transaction identifier")
    Long id();

    @Field(value = "source_type", description = "What the transaction pays: wallet")
    NordPayV1ListInvoiceTransactions.TransactionSourceType sourceType();

    @Field(value = "source", description = "The wallet the transaction pays into")
    NordPayV1CreateWallet.Wallet source();

    @Field(value = "currency", description = "Currency of the transaction")
    NordPayV1ListInvoiceTransactions.Currency currency();

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
    NordPayV1ListInvoiceTransactions.TransactionStatus status();

    @Field(value = "is_postback_sent", nullable = true, description = "Whether the postback of the transaction was sent")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "is_postback_sended on the pages",
        chosen = "also is_postback_sent, nullable",
        reason = "The provider's SDK model reads is_postback_sent; whichever the service sends is kept.")
    Boolean isPostbackSent();
  }
}
