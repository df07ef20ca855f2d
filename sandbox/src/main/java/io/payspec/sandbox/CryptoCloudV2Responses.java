package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.FieldInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * CryptoCloud v2 createInvoice: the {@code result} object with every field of the v2 page's example.
 * A fresh {@code INV-XXXXXXXX} uuid and link, {@code created} now and {@code expiry_date} after
 * {@code add_fields.time_to_pay} (24 hours by default, as in the example), both as
 * {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in UTC; {@code amount_in_fiat} and {@code fiat_currency} echo the
 * request (USD by default). The payment currency is the requested {@code add_fields.cryptocurrency},
 * else the example's ETH; {@code address} is only filled when one was requested, as the page says.
 * Amounts in USD and crypto use fixed made-up prices.
 */
final class CryptoCloudV2Responses implements SuccessBody {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
  private static final Duration DEFAULT_TIME_TO_PAY = Duration.ofHours(24);
  /** The fee the page's example shows: 1.9 % of the amount. */
  private static final BigDecimal SERVICE_FEE_RATE = new BigDecimal("0.019");
  private static final Map<String, String> FIAT_USD_RATES =
      Map.of("USD", "1", "EUR", "1.08", "GBP", "1.27", "RUB", "0.011", "UAH", "0.024");

  @Override
  public OperationKey operation() {
    return new OperationKey("cryptocloud", "v2", "createInvoice");
  }

  @Override
  public ObjectNode payload(RequestValues request, Fresh fresh) {
    String id = fresh.upperAlphanumeric(8);
    Instant created = fresh.now();
    String selected = request.text("add_fields.cryptocurrency");
    CryptoCloudCoins coin = new CryptoCloudCoins(selected == null ? CryptoCloudCoins.DEFAULT_CURRENCY : selected);
    String fiat = request.text("currency", "USD");
    BigDecimal amountInFiat = request.decimal("amount");
    BigDecimal amountUsd = amountInFiat.multiply(new BigDecimal(FIAT_USD_RATES.getOrDefault(fiat, "1")))
        .setScale(2, RoundingMode.HALF_UP);
    BigDecimal amount = amountUsd.divide(coin.usdPrice(), 8, RoundingMode.HALF_UP).stripTrailingZeros();

    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("uuid", "INV-" + id);
    result.put("created", TIMESTAMP.format(created));
    if (selected == null) {
      result.putNull("address");
    } else {
      result.put("address", coin.address(fresh));
    }
    result.put("expiry_date", TIMESTAMP.format(created.plus(timeToPay(request))));
    result.put("side_commission", "client");
    result.put("side_commission_service", "merchant");
    result.put("type_payments", "crypto");
    result.put("amount", amount);
    result.put("amount_usd", amountUsd);
    result.put("amount_in_fiat", amountInFiat);
    result.put("fee", BigDecimal.ZERO);
    result.put("fee_usd", BigDecimal.ZERO);
    result.put("service_fee", amount.multiply(SERVICE_FEE_RATE).setScale(8, RoundingMode.HALF_UP).stripTrailingZeros());
    result.put("service_fee_usd", amountUsd.multiply(SERVICE_FEE_RATE).setScale(2, RoundingMode.HALF_UP));
    result.put("fiat_currency", fiat);
    result.put("status", "created");
    result.put("is_email_required", false);
    result.put("link", "https://pay.cryptocloud.plus/" + id);
    result.putNull("invoice_id");
    result.set("currency", coin.json(currencyId(request)));
    result.set("project", project());
    result.put("test_mode", true);
    return result;
  }

  private static Duration timeToPay(RequestValues request) {
    if (request.node("add_fields.time_to_pay") == null) {
      return DEFAULT_TIME_TO_PAY;
    }
    return Duration.ofHours(request.integer("add_fields.time_to_pay.hours", 0))
        .plusMinutes(request.integer("add_fields.time_to_pay.minutes", 0));
  }

  /** The currency's place in the documented list of payment currencies, from 1. */
  private static int currencyId(RequestValues request) {
    List<String> known = request.operation().requestFields().stream()
        .filter(field -> field.path().equals("add_fields.cryptocurrency"))
        .map(FieldInfo::enumValues)
        .findFirst()
        .orElse(List.of());
    String selected = request.text("add_fields.cryptocurrency", CryptoCloudCoins.DEFAULT_CURRENCY);
    return known.indexOf(selected) + 1;
  }

  private static ObjectNode project() {
    ObjectNode project = JsonNodeFactory.instance.objectNode();
    project.put("id", 1);
    project.put("name", "payspec sandbox");
    project.put("fail", "https://example.com/failed-payment");
    project.put("success", "https://example.com/successful-payment");
    project.putNull("logo");
    return project;
  }
}
