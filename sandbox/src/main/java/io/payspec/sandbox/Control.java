package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.payspec.runtime.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's control endpoints, below {@value #PREFIX}, for tests in any language and
 * {@code ./payspec sandbox}: every one takes a small JSON object and answers JSON.
 *
 * <ul>
 *   <li>{@code /_payspec/failures}: inject failures of calls and notifications ({@link FailureControl});
 *   <li>{@code POST /_payspec/payments} {@code {"provider": "nordpay", "invoice_id": "42", "amount": "2.5"}}
 *       pays an invoice ({@code amount} optional: in full), see {@link Sandbox#pay(String, String, BigDecimal)};
 *   <li>{@code POST /_payspec/expiry} {@code {"provider": "nordpay", "invoice_id": "42"}} expires it;
 *   <li>{@code POST /_payspec/payoffs} {@code {"provider": "crystalpay", "payoff_id": "..."}} completes a payoff;
 *   <li>{@code POST /_payspec/held-notifications} delivers the held notifications.
 * </ul>
 *
 * Answers 200 with {@code {"deliveries": [{"notification", "url", "status", "attempts", "held"}]}} (the
 * bodies, which carry secrets, are not shown), 400 naming a wrong field or an unknown invoice, 409 when
 * there is no URL to deliver to, 404 for another path below the prefix, 405 for another method.
 */
final class Control {
  /** The path prefix of every control endpoint. */
  static final String PREFIX = "/_payspec/";
  private static final int MAX_BODY_BYTES = 4096;
  private static final int MAX_TEXT = 200;

  private final Failures failures;
  private final Payments payments;
  private final Courier courier;
  private final ObjectMapper mapper;

  Control(Failures failures, Payments payments, Courier courier, ObjectMapper mapper) {
    this.failures = failures;
    this.payments = payments;
    this.courier = courier;
    this.mapper = mapper;
  }

  /** Whether a raw path is a control endpoint's. */
  static boolean owns(String rawPath) {
    return rawPath.startsWith(PREFIX);
  }

  /** The answer to a request for a control endpoint. */
  RawReply answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.equals(FailureControl.PATH)) {
      return FailureControl.answer(exchange, failures, mapper);
    }
    String action = path.substring(PREFIX.length());
    if (!List.of("payments", "expiry", "payoffs", "held-notifications").contains(action)) {
      return RawReply.json(404, detail("no control endpoint " + PREFIX + bounded(action)
          + "; there are failures, payments, expiry, payoffs, held-notifications"), Map.of());
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      return RawReply.json(405, detail("Method Not Allowed"), Map.of("Allow", "POST"));
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    try {
      if (body.length > MAX_BODY_BYTES) {
        throw new IllegalArgumentException("the body must be at most " + MAX_BODY_BYTES + " bytes");
      }
      ObjectNode request = action.equals("held-notifications") && body.length == 0
          ? JsonNodeFactory.instance.objectNode() : object(body);
      List<Sandbox.Delivery> deliveries = switch (action) {
        case "payments" -> List.of(payments.pay(text(request, "provider"), text(request, "invoice_id"),
            amount(request)));
        case "expiry" -> payments.expire(text(request, "provider"), text(request, "invoice_id")).stream().toList();
        case "payoffs" -> List.of(payments.completePayoff(text(request, "provider"), text(request, "payoff_id")));
        default -> courier.deliverHeld();
      };
      return RawReply.json(200, answer(deliveries), Map.of());
    } catch (IllegalArgumentException e) {
      return RawReply.json(400, detail(e.getMessage()), Map.of());
    } catch (IllegalStateException e) {
      return RawReply.json(409, detail(e.getMessage()), Map.of());
    }
  }

  private ObjectNode object(byte[] body) {
    JsonNode json;
    try {
      json = Json.readTree(mapper, body);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not valid JSON");
    }
    if (!(json instanceof ObjectNode object)) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return object;
  }

  private static String text(ObjectNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.asText().length() > MAX_TEXT) {
      throw new IllegalArgumentException(field + " must be at most " + MAX_TEXT + " characters");
    }
    return value.asText();
  }

  /** The optional {@code amount}, a decimal number or text; bounded before it is parsed. */
  private static BigDecimal amount(ObjectNode request) {
    JsonNode value = request.get("amount");
    if (value == null || value.isNull()) {
      return null;
    }
    BigDecimal amount = Amounts.leading(value);
    if (amount == null || (value.isTextual() && value.asText().strip().contains(" "))) {
      throw new IllegalArgumentException("amount must be a decimal number with at most " + Amounts.MAX_INTEGER_DIGITS
          + " digits before the point and " + Amounts.MAX_SCALE + " after it");
    }
    return amount;
  }

  private static ObjectNode answer(List<Sandbox.Delivery> deliveries) {
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    ArrayNode list = answer.putArray("deliveries");
    for (Sandbox.Delivery delivery : deliveries) {
      list.addObject()
          .put("notification", delivery.notification())
          .put("url", delivery.url())
          .put("status", delivery.status())
          .put("attempts", delivery.attempts())
          .put("acknowledged", delivery.acknowledged())
          .put("held", delivery.held());
    }
    return answer;
  }

  private static ObjectNode detail(String message) {
    return JsonNodeFactory.instance.objectNode().put("detail", message);
  }

  private static String bounded(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return shown.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
