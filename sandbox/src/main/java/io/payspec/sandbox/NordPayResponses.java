package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.CurrencyAmount;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * NordPay createInvoice: the flat invoice of the page's example, with a fresh id and uuid,
 * {@code created_at} now and {@code expires_at} after {@code expires_time} minutes (ISO-8601 with
 * {@code Z} and microseconds), unpaid and not expired. {@code amount} is the number of the request's
 * {@code "200 USD"} (the sandbox converts nothing); {@code amount_usd} is the same number when the
 * amount is in USD and null otherwise. {@code status} ({@code pending}) is not on the page but is seen
 * in live responses. A currency and address are only set when the request locks one currency.
 */
final class NordPayResponses implements SuccessBody {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  @Override
  public OperationKey operation() {
    return new OperationKey("nordpay", "v1", "createInvoice");
  }

  @Override
  public ObjectNode payload(RequestValues request, Fresh fresh) {
    CurrencyAmount amount = CurrencyAmount.parse(request.text("amount"));
    String currency = request.text("currency");
    UUID uuid = fresh.uuid();
    Instant created = fresh.now();

    ObjectNode invoice = JsonNodeFactory.instance.objectNode();
    invoice.put("id", Long.parseLong(fresh.digits(7)));
    invoice.put("uuid", uuid.toString());
    invoice.put("currency", currency);
    invoice.putNull("tx_hash");
    if (currency == null) {
      invoice.putNull("address");
    } else {
      invoice.put("address", "0x" + fresh.hex(40));
    }
    invoice.put("amount", amount.amount());
    if (amount.currency().equals("USD")) {
      invoice.put("amount_usd", amount.amount());
    } else {
      invoice.putNull("amount_usd");
    }
    invoice.put("confirmations", 0);
    invoice.put("created_at", TIMESTAMP.format(created));
    invoice.put("expires_at", TIMESTAMP.format(created.plusSeconds(60 * request.integer("expires_time", 0))));
    invoice.put("is_expired", false);
    invoice.put("is_paid", false);
    invoice.put("label", request.text("label"));
    invoice.put("postback_url", request.text("postback_url"));
    invoice.put("success_url", request.text("success_url"));
    invoice.put("fail_url", request.text("fail_url"));
    invoice.put("url", "https://nord-pay.com/invoice/" + uuid);
    invoice.put("status", "pending");
    return invoice;
  }
}
