package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Url;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.annotations.WireValue;
import java.time.Instant;

/**
 * NordPay "Create Wallet" (provider-docs/nordpay-wallet-create.en.md): a wallet (a payment address
 * in one currency) for the merchant.
 *
 * <p>{@link Wallet} is declared here once for the version: it is this endpoint's payload and the
 * {@code source} of a wallet transaction, so it is a {@link WireObject}.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "createWallet",
    path = "/wallet/create",
    description = "Creates a new wallet with your preferred currency and label.",
    source = "https://nord-3.gitbook.io/nord-api/wallets/create-wallet",
    response = NordPayV1CreateWallet.Wallet.class)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "POST /wallet/create, the wallet as the whole body (SDK: POST /v1/wallet/create, envelope {\"success\","
        + " \"data\", \"error\"})",
    chosen = "POST /wallet/create, flat body",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", body = """
    {
      "currency": "USDTBEP20",
      "label": "Order #123",
      "postback_url": "https://example.com/postback"
    }""", note = "The cURL example's body (the Python example sends the same values).")
@ResponseExample(name = "success", body = """
    {
        "id": 0,
        "label": "string",
        "postback_url": "http://example.com",
        "currency": "string",
        "address": "string",
        "created_at": "2019-08-24T14:15:22Z",
        "expires_at": "2019-09-24T14:15:22Z"
    }""", note = "The page's example has a trailing comma after expires_at, which is not JSON: removed.")
@ResponseExample(name = "live", body = """
    {"id": 20218, "label": "sdk-drift-probe", "postback_url": null, "currency": "USDTTRC20", "address": "TAwEKizQ4eVAguEySQAwKhzCPyKrQeVDye", "status": "active", "created_at": "2026-07-05T09:23:29.679450Z", "expires_at": "2026-08-04T09:23:29.678573Z"}""",
    note = "Not on the page: the provider SDK's live fixture wallets_create.json (INDEX-wider.md), with status and a"
        + " null postback_url.")
@ResponseExample(name = "currency-does-not-exist", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Currency does not exist"
    }""")
@ResponseExample(name = "label-too-long", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Max length of label is 255 characters"
    }""")
@ResponseExample(name = "postback-url-too-long", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Max length of postback_url is 255 characters"
    }""")
@ResponseExample(name = "validation-error", status = 422, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": [
            {
                "loc": [],
                "msg": "string",
                "type": "string"
            }
        ]
    }""")
@Decision(topic = DecisionTopic.EXAMPLE, page = "200 example with a trailing comma after \"expires_at\"",
    chosen = "the trailing comma removed", reason = "The example must be JSON.")
public interface NordPayV1CreateWallet {

  @Request(description = "A request to create a NordPay wallet.")
  interface CreateWalletRequest {
    @Field(value = "currency", required = true, description = "Currency of the wallet")
    @Decision(topic = DecisionTopic.TYPE, page = "string, linked to a currencies page that was not exported",
        chosen = "String, no enum", reason = "As createInvoice's currency: the list of codes is not documented here.")
    String currency();

    @Field(value = "label", required = true, description = "Label of the wallet")
    @MaxLength(255)
    @Decision(topic = DecisionTopic.BOUNDS, page = "table: no bound; 400 message: \"Max length of label is 255 characters\"",
        chosen = "at most 255 characters", reason = "The documented error message states the bound.")
    String label();

    @Field(value = "postback_url", description = "Destination URL for sending post")
    @Url
    @MaxLength(255)
    @Decision(topic = DecisionTopic.BOUNDS,
        page = "table: string, no bound; 400 message: \"Max length of postback_url is 255 characters\"",
        chosen = "an absolute http(s) URL of at most 255 characters",
        reason = "The error message states the bound; the service posts to it, so it must be a URL.")
    String postbackUrl();
  }

  /** A wallet as the create-wallet and wallet-transactions pages show it. */
  @WireObject(description = "A NordPay wallet: a payment address in one currency, valid until it expires.")
  interface Wallet {
    @Field(value = "id", description = "Wallet identifier")
    Long id();

    @Field(value = "label", description = "Label of the wallet")
    String label();

    @Field(value = "postback_url", nullable = true, description = "Destination URL for sending post")
    String postbackUrl();

    @Field(value = "currency", description = "Currency of the wallet")
    String currency();

    @Field(value = "address", description = "Address of the wallet")
    String address();

    @Field(value = "created_at", description = "Creation time")
    Instant createdAt();

    @Field(value = "expires_at", description = "Expiration time")
    Instant expiresAt();

    @Field(value = "status", nullable = true, description = "Wallet status")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "no status on the create-wallet and wallet-transactions pages",
        chosen = "nullable WalletStatus",
        reason = "Live responses carry \"status\": \"active\" (the SDK's fixture wallets_create.json and Wallet model).")
    WalletStatus status();
  }

  @WireEnum(description = "Wallet status (not on the pages; the provider's SDK).")
  @Decision(topic = DecisionTopic.ENUM_VALUES, page = "no status on the pages",
      chosen = "active, expired",
      reason = "The SDK's wallet list filter (active | expired); other values read as UNKNOWN.")
  enum WalletStatus {
    @WireValue(value = "active", description = "Active")
    ACTIVE,
    @WireValue(value = "expired", description = "Expired")
    EXPIRED
  }
}
