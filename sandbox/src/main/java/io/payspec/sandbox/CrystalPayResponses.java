package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * CrystalPay v3 createInvoice: the page's success body (the sandbox adds {@code "error": false,
 * "errors": []}) with a fresh {@code <digits>_<letters>} id and its payment URL. Money is written as
 * strings, as v3 does; {@code currency} defaults to RUB and {@code subtract_from} to {@code amount}.
 * {@code rub_amount} uses fixed made-up rates (the page's example: 100 USD = 8146 RUB); a currency
 * without a rate counts one to one.
 */
final class CrystalPayResponses implements SuccessBody {
  private static final Map<String, String> RUB_RATES =
      Map.of("RUB", "1", "USD", "81.46", "USDT", "81.46", "EUR", "88.20");

  @Override
  public OperationKey operation() {
    return new OperationKey("crystalpay", "v3", "createInvoice");
  }

  @Override
  public ObjectNode payload(RequestValues request, Fresh fresh) {
    String id = fresh.digits(9) + "_" + fresh.lowerLetters(10);
    String currency = request.text("currency", "RUB");
    BigDecimal amount = request.decimal("amount");
    BigDecimal rubAmount = amount.multiply(new BigDecimal(RUB_RATES.getOrDefault(currency, "1")));

    ObjectNode invoice = JsonNodeFactory.instance.objectNode();
    invoice.put("id", id);
    invoice.put("url", "https://pay.crystalpay.io/?i=" + id);
    invoice.put("rub_amount", rubAmount.stripTrailingZeros().toPlainString());
    invoice.put("currency", currency);
    invoice.put("amount", amount.toPlainString());
    invoice.put("type", request.text("type"));
    invoice.put("subtract_from", request.text("subtract_from", "amount"));
    return invoice;
  }
}
