package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;

/**
 * CryptoCloud v2 "Static Wallet" creation (provider-docs/cryptocloud-v2-static-wallet-create.en.md): a
 * permanent address for one customer and one cryptocurrency; every payment to it is credited to the
 * merchant's balance and announced by a postback whose {@code order_id} is the customer identifier.
 *
 * <p>The page's other sections (listing static wallets, managing address subscriptions) are not stored
 * and have no trustworthy SDK, so they are not described.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "createStaticWallet",
    path = "/v2/invoice/static/create",
    description = "Creates a static wallet: a permanent address for one customer and one cryptocurrency (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/static-wallets")
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.OTHER,
    page = "the current revision's request table is cut inside the currency row; the older revision lists shop_id, "
        + "currency and identify, all required",
    chosen = "the older revision's three fields",
    reason = "They are the only complete list; the SDKs that create static wallets send exactly these.")
@RequestExample(
    name = "page",
    body = """
        {"shop_id": "<SHOP ID>", "currency": "BTC", "identify": "F4jSjfpwf4t"}""",
    note = "The older revision's request example as recorded by earlier research (providers.md §1.B); the stored "
        + "copies of the page end before their example tabs.")
@ResponseExample(
    name = "created",
    body = """
        {
            "status": "success",
            "result": {
                "currency": {
                    "id": 3,
                    "code": "ETH",
                    "short_code": "ETH",
                    "name": "Ethereum",
                    "is_email_required": false,
                    "stablecoin": false,
                    "icon_base": "https://cdn.cryptocloud.plus/currency/icons/main/eth.svg",
                    "icon_network": "None",
                    "icon_qr": "https://cdn.cryptocloud.plus/currency/icons/stroke/eth.svg",
                    "order": 9,
                    "obj_network": {
                        "code": "ERC20",
                        "id": 3,
                        "icon": "https://cdn.cryptocloud.plus/currency/crypto/ETH.svg",
                        "fullname": "Ethereum"
                    },
                    "enable": true
                },
                "address": "0xe3dE8434c928fe43012b0e8Fc6b1A928b0F1C492",
                "uuid": "1K0NFXT9E1X3VOY07VY1LRV8XGMLQNQX"
            }
        }""",
    note = "The older revision's 200 example: stored copies stop at \"obj_netw\", the rest is as recorded from the same "
        + "page by earlier research (providers.md §1.B). It shows an ETH wallet although the request example asks "
        + "for BTC.")
public interface CryptoCloudV2CreateStaticWallet {

  @Request(description = "A request to create a static wallet (API v2).")
  interface CreateStaticWalletRequest {
    @Field(value = "shop_id", required = true, description = "Unique store identifier from the project settings")
    String shopId();

    @Field(
        value = "currency",
        required = true,
        description = "Currency code of the wallet: one wallet holds one currency")
    @Decision(
        topic = DecisionTopic.REQUIRED,
        page = "current revision: no required mark (its copy is cut in this very row); older revision: required",
        chosen = "required",
        reason = "A static wallet is one address in one currency (\"1 wallet = 1 currency\"), so there is no wallet "
            + "without it; the older revision and every SDK send it as required.")
    @Decision(
        topic = DecisionTopic.ENUM_VALUES,
        page = "current revision: BTC, LTC, TRX, SOL, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_AR… (cut; TON not "
            + "between SOL and BNB)",
        chosen = "the create page's CryptoCurrency list",
        reason = "The page's list is cut and cannot be completed from itself; the create page's full list starts the "
            + "same way, and the provider refuses a currency the project does not support.")
    CryptoCloudV2CreateInvoice.CryptoCurrency currency();

    @Field(
        value = "identify",
        required = true,
        sensitive = true,
        description = "Customer identifier; when a POSTBACK is sent on receipt, it is written to order_id")
    @Decision(
        topic = DecisionTopic.WIRE_NAME,
        page = "page and KamikotoTkach/CryptoCloud4j: identify; partyzanex/go-cryptocloud: identity",
        chosen = "identify",
        reason = "The page's name, also sent by the other SDK; the Go SDK stands alone.")
    String identify();
  }

  @Response(description = "The created static wallet.")
  interface StaticWallet {
    @Field(value = "currency", description = "Currency of the wallet")
    CryptoCloudV2GetBalance.WalletCurrency currency();

    @Field(value = "address", description = "Address of the wallet")
    String address();

    @Field(value = "uuid", description = "Identifier of the wallet: 32 letters and digits")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "example 1K0NFXT9E1X3VOY07VY1LRV8XGMLQNQX; partyzanex/go-cryptocloud types it uuid.UUID",
        chosen = "a String",
        reason = "The page's value is 32 letters and digits, not an RFC 4122 UUID.")
    String uuid();
  }
}
