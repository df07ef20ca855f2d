package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.ResponseShape;
import io.payspec.annotations.WireObject;
import java.math.BigDecimal;

/**
 * CryptoCloud v2 "Balance" (provider-docs/cryptocloud-v2-balance.en.md): the account's balances, one per
 * currency. Declares {@link WalletCurrency}, the currency object of balances and static wallets.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "getBalance",
    path = "/v2/merchant/wallet/balance/all",
    description = "Returns an array of your account balances, one per currency (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/balance",
    responseShape = ResponseShape.LIST)
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.OTHER,
    page = "error tabs {\"detail\": \"Invalid header padding\"} and {\"detail\": \"Signature verification failed\"}, "
        + "their HTTP status not rendered; SDKs treat detail as 403",
    chosen = "both messages mean refused credentials, whatever the status",
    reason = "They are the messages of decoding a malformed API key (a JWT).")
@RequestExample(
    name = "page",
    note = "POST with no body: \"No request body is required\" (cURL, Python and JavaScript tabs send none).")
@ResponseExample(
    name = "balances",
    body = """
        {
        "status": "success",
        "result": [
        {
        "currency": {
        "id": 4,
        "code": "USDT_TRC20",
        "short_code": "USDT",
        "name": "Tether",
        "is_email_required": false,
        "stablecoin": true,
        "icon_base": "https://cdn.cryptocloud.plus/currency/icons/main/usdt.svg",
        "icon_network": "https://cdn.cryptocloud.plus/icons-currency/USDT-TRC20.svg",
        "icon_qr": "https://cdn.cryptocloud.plus/currency/icons/stroke/usdt.svg",
        "order": 1,
        "obj_network": {
        "code": "TRC20",
        "id": 4,
        "icon": "https://cdn.cryptocloud.plus/currency/crypto/TRX.svg",
        "fullname": "Tron"
        },
        "enable": true
        },
        "balance_crypto": 0.0,
        "balance_usd":0.0,
        "available_balance": 0.0,
        "available_balance_usd": 0.0
        }
        ]
        }""",
    note = "The 2024 revision's success tab, which is not JSON: the comma missing after \"balance_usd\":0.0 is added "
        + "and the {...} placeholders for further balances are left out.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "2024 success tab: no comma after \"balance_usd\":0.0, then {...}, {...}, ... placeholders",
    chosen = "the comma added; the placeholders left out",
    reason = "The example must be JSON to be decoded; the placeholders stand for more balances of the same shape.")
@ResponseExample(
    name = "invalid-header-padding",
    status = 401,
    body = """
        {
            "detail": "Invalid header padding"
        }""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "The 2024 revision's first error tab; its HTTP status is not rendered (401, the v2 create page's "
        + "\"Unauthorized\" status, assumed).")
@ResponseExample(
    name = "signature-verification-failed",
    status = 401,
    body = """
        {
            "detail": "Signature verification failed"
        }""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "The 2024 revision's second error tab; its HTTP status is not rendered (401 assumed).")
public interface CryptoCloudV2GetBalance {

  @Request(description = "A request for the account's balances (API v2); it has no body.")
  interface GetBalanceRequest {}

  @Response(description = "The balance of the account in one currency.")
  interface Balance {
    @Field(value = "currency", description = "Currency object associated with the balance")
    WalletCurrency currency();

    @Field(value = "balance_crypto", description = "Balance in cryptocurrency")
    BigDecimal balanceCrypto();

    @Field(value = "balance_usd", description = "Balance in USD at the exchange rate at the time of the request")
    BigDecimal balanceUsd();

    @Field(value = "available_balance", description = "Withdrawable balance in cryptocurrency")
    BigDecimal availableBalance();

    @Field(value = "available_balance_usd", description = "Withdrawable balance in USD")
    BigDecimal availableBalanceUsd();
  }

  @WireObject(description = "A currency of a balance or a static wallet (currency): code is the full code "
      + "(USDT_TRC20), short_code the coin (USDT), obj_network its network.")
  @Decision(
      topic = DecisionTopic.OTHER,
      page = "balance and static wallet currency: code = full code (USDT_TRC20), short_code, obj_network, enable; "
          + "invoice currency: code = coin (USDT), fullcode, network",
      chosen = "a WalletCurrency of its own, shared by getBalance and createStaticWallet; its obj_network is the "
          + "invoice's Network object",
      reason = "The same key (code) means different things in the two objects, so one type for both would mislead; "
          + "the network objects have the same four fields.")
  interface WalletCurrency {
    @Field(value = "id", description = "Currency identifier")
    Integer id();

    @Field(value = "code", description = "Full currency code, e.g. USDT_TRC20")
    String code();

    @Field(value = "short_code", description = "Currency code without its network, e.g. USDT")
    String shortCode();

    @Field(value = "name", description = "Currency name, e.g. Tether")
    String name();

    @Field(value = "is_email_required", description = "Whether the payer's email is required for this currency")
    Boolean isEmailRequired();

    @Field(value = "stablecoin", description = "Whether the currency is a stablecoin")
    Boolean stablecoin();

    @Field(value = "icon_base", description = "Currency icon URL")
    String iconBase();

    @Field(value = "icon_network", description = "Icon URL of the currency on its network; may be the string \"None\"")
    String iconNetwork();

    @Field(value = "icon_qr", description = "Icon URL for the QR code")
    String iconQr();

    @Field(value = "order", description = "Display order of the currency")
    Integer order();

    @Field(value = "obj_network", description = "The currency's network")
    CryptoCloudV2CreateInvoice.Network objNetwork();

    @Field(value = "enable", description = "Whether the currency is enabled")
    Boolean enable();
  }
}
