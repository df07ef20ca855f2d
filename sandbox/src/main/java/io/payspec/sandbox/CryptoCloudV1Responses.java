package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CryptoCloud v1 createInvoice: the flat body of the v1 page,
 * {@code {"status": "success", "pay_url": "https://pay.cryptocloud.plus/DZLF4212", "currency": "BTC",
 * "invoice_id": "DZLF4212"}}, with a fresh id. {@code currency} echoes the request's currency (USD when
 * none is sent), since the sandbox converts nothing.
 */
final class CryptoCloudV1Responses implements SuccessBody {
  @Override
  public OperationKey operation() {
    return new OperationKey("cryptocloud", "v1", "createInvoice");
  }

  @Override
  public ObjectNode payload(RequestValues request, Fresh fresh) {
    String id = fresh.upperAlphanumeric(8);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", "success");
    body.put("pay_url", "https://pay.cryptocloud.plus/" + id);
    body.put("currency", request.text("currency", "USD"));
    body.put("invoice_id", id);
    return body;
  }
}
