package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a person wants to see of a typed response in one table row, found by member names in its wire
 * form, whatever the provider: the identifier ({@code id}, {@code uuid}, {@code invoice_id}), the
 * status ({@code status}, {@code state}), the amount and its currency, and the payment link (a
 * {@code http(s)} text under a name with {@code url} or {@code link}). A list shows how many it holds.
 */
final class ResponseSummary {
  private ResponseSummary() {}

  /** The object a response is about: itself, or the first item of a list or keyed map. */
  static Optional<ObjectNode> subject(JsonNode response) {
    if (response instanceof ObjectNode object && !isKeyedMap(object)) {
      return Optional.of(object);
    }
    for (JsonNode item : response) {
      if (item instanceof ObjectNode object) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }

  /** How many items a list response holds ({@code [...]}, or the first array member of an object), or -1. */
  static int count(JsonNode response) {
    if (response.isArray()) {
      return response.size();
    }
    if (response instanceof ObjectNode object && isKeyedMap(object)) {
      return object.size();
    }
    for (JsonNode member : response) {
      if (member.isArray()) {
        return member.size();
      }
    }
    return -1;
  }

  static String id(ObjectNode subject) {
    for (Map.Entry<String, JsonNode> member : subject.properties()) {
      String name = member.getKey();
      if ((name.equals("id") || name.equals("uuid") || name.endsWith("_id") || name.endsWith("_uuid"))
          && member.getValue().isValueNode() && !member.getValue().isNull()) {
        return member.getValue().asText();
      }
    }
    return "";
  }

  static String status(ObjectNode subject) {
    for (String name : new String[] {"status_invoice", "status", "state"}) {
      JsonNode value = subject.get(name);
      if (value != null && value.isTextual() && !value.asText().equals("success")) {
        return value.asText();
      }
    }
    return "";
  }

  static String amount(ObjectNode subject) {
    JsonNode amount = subject.get("amount");
    if (amount == null || !amount.isValueNode() || amount.isNull()) {
      return "";
    }
    String text = amount.isBigDecimal() ? amount.decimalValue().toPlainString() : amount.asText();
    for (String name : new String[] {"currency", "fiat_currency", "amount_currency"}) {
      JsonNode currency = subject.get(name);
      if (currency != null && currency.isTextual() && !text.endsWith(currency.asText())) {
        return text + " " + currency.asText();
      }
    }
    return text;
  }

  static String link(ObjectNode subject) {
    for (Map.Entry<String, JsonNode> member : subject.properties()) {
      String name = member.getKey().toLowerCase(Locale.ROOT);
      String value = member.getValue().asText("");
      if ((name.contains("url") || name.contains("link")) && value.matches("https?://.+")
          && !name.contains("callback") && !name.contains("postback") && !name.contains("redirect")
          && !name.contains("success") && !name.contains("fail")) {
        return value;
      }
    }
    return "";
  }

  private static boolean isKeyedMap(ObjectNode object) {
    if (object.isEmpty()) {
      return false;
    }
    for (JsonNode value : object) {
      if (!value.isObject()) {
        return false;
      }
    }
    return true;
  }
}
