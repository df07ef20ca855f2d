package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.Response;
import io.payspec.annotations.WireEnum;
import java.math.BigDecimal;

/**
 * CryptoCloud v1 "Invoice Creation" (provider-docs/cryptocloud-v1-invoice-create.en.md).
 *
 * <p>The Portuguese page (cryptocloud-v1-invoice-create.pt.md) describes the same endpoint but
 * translates JSON keys ({@code "estado": "sucesso"}) and the header name ({@code Autorização}) in
 * its examples. Decision: the wire format is the English page's; the Portuguese page adds nothing.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v1",
    operation = "createInvoice",
    path = "/v1/invoice/create",
    description = "Creates an invoice and returns its payment link (API v1, superseded by v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v1-old/create-invoice")
// v1 bodies are flat; the documented unauthorized body is {"message": "Unauthenticated."} (HTTP 401);
// 400 and 406 bodies are not documented, so v2's field messages and "detail" are read as well.
@Errors(
    value = {ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationMessages = {"Unauthenticated."},
    unavailableStatuses = {406})
public interface CryptoCloudV1CreateInvoice {

  @Request(description = "A request to create a CryptoCloud invoice (API v1).")
  interface CreateInvoiceRequest {
    // Red star in the field table, although both code examples leave it out. Decision: the table wins
    // (v2 requires shop_id too); the examples are incomplete.
    @Field(value = "shop_id", required = true, description = "Unique store ID from your personal account")
    String shopId();

    // The page documents no bounds; an invoice for zero or less is meaningless, so it must be positive.
    @Field(value = "amount", required = true, description = "Payment amount in USD")
    @Range(min = "0", minExclusive = true)
    BigDecimal amount();

    @Field(value = "currency", description = "Available currencies for conversion: USD, RUB, EUR, GBP, UAH")
    FiatCurrency currency();

    @Field(value = "order_id", description = "Your internal order identifier")
    String orderId();

    @Field(value = "email", description = "User email")
    @Email
    String email();

    // Not in the v1 field table, but both v1 code examples send it ("description": "Pay").
    // Decision: kept as an optional field so the page's own example can be expressed.
    @Field(value = "description", description = "Invoice description (sent by the page's code examples; not in its field table)")
    String description();
  }

  @Response(description = "The created invoice (API v1): a flat body.")
  interface CreatedInvoice {
    @Field(value = "status", description = "\"success\" when the invoice was created")
    String status();

    @Field(value = "pay_url", description = "Link to the payment page")
    String payUrl();

    @Field(value = "currency", description = "Currency of the invoice as reported by the provider (the page shows \"BTC\")")
    String currency();

    @Field(value = "invoice_id", description = "Invoice identifier")
    String invoiceId();
  }

  @WireEnum(description = "Fiat currencies an amount can be converted from (API v1).")
  enum FiatCurrency {
    USD,
    RUB,
    EUR,
    GBP,
    UAH
  }
}
