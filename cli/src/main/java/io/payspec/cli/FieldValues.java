package io.payspec.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.meta.FieldInfo;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns option text into the JSON value of a field, by its kind: integers and decimals exactly (a
 * decimal keeps its text, {@code 10.50} stays {@code 10.50}), {@code true}/{@code false}, amounts with
 * currency checked as {@code "200 USD"}, enum values checked against the documented ones, lists split
 * at commas. Wrong text is a {@link UsageException} naming the option.
 */
final class FieldValues {
  private final ObjectMapper mapper;

  FieldValues(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The JSON value of the option's text. */
  JsonNode convert(FieldOption option, String text) {
    FieldInfo field = option.field();
    if (!field.list()) {
      return one(option, text);
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    if (!text.isBlank()) {
      for (String element : text.split(",", -1)) {
        array.add(one(option, element.strip()));
      }
    }
    return array;
  }

  private JsonNode one(FieldOption option, String text) {
    FieldInfo field = option.field();
    return switch (field.kind()) {
      case STRING, TIMESTAMP, DATE -> TextNode.valueOf(text);
      case INTEGER -> integer(option, text);
      case DECIMAL -> decimal(option, text);
      case BOOLEAN -> bool(option, text);
      case CURRENCY_AMOUNT -> amount(option, text);
      case ENUM -> enumValue(option, text);
      case OBJECT -> object(option, text);
    };
  }

  private static JsonNode integer(FieldOption option, String text) {
    try {
      return JsonNodeFactory.instance.numberNode(new BigInteger(text.strip()));
    } catch (NumberFormatException e) {
      throw new UsageException(option.name() + ": '" + text + "' is not an integer");
    }
  }

  private static JsonNode decimal(FieldOption option, String text) {
    try {
      return DecimalNode.valueOf(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      throw new UsageException(option.name() + ": '" + text + "' is not a decimal number");
    }
  }

  private static JsonNode bool(FieldOption option, String text) {
    return switch (text.strip()) {
      case "true" -> BooleanNode.TRUE;
      case "false" -> BooleanNode.FALSE;
      default -> throw new UsageException(option.name() + ": '" + text + "' is not true or false");
    };
  }

  private static JsonNode amount(FieldOption option, String text) {
    try {
      return TextNode.valueOf(CurrencyAmount.parse(text).toWire());
    } catch (IllegalArgumentException e) {
      throw new UsageException(option.name() + ": '" + text + "' is not an amount with currency such as \"200 USD\"");
    }
  }

  private static JsonNode enumValue(FieldOption option, String text) {
    if (!option.field().enumValues().isEmpty() && !option.field().enumValues().contains(text)) {
      throw new UsageException(option.name() + ": '" + text + "' is not one of "
          + String.join(", ", option.field().enumValues()));
    }
    return TextNode.valueOf(text);
  }

  private JsonNode object(FieldOption option, String text) {
    try {
      JsonNode node = mapper.readTree(text);
      if (node instanceof ObjectNode) {
        return node;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw new UsageException(option.name() + ": the value is not a JSON object");
  }
}
