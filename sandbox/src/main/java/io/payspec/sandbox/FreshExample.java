package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a documented example payload into a fresh one, without knowing the provider: every identifier
 * at the top level of the payload (or of each of its list items) gets a new value of the same shape
 * ({@code INV-89UX09KA} becomes {@code INV-Q2W7C1ZD}, a UUID a new UUID, {@code 1234567} seven new
 * digits), every text that contains an old identifier (a payment link) gets the new one, and every
 * timestamp moves to now, keeping its distance to the example's earliest one (an expiry stays 24 hours
 * after creation) and its format.
 */
final class FreshExample {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,4}");
  /** The shortest identifier (or part of one) looked for inside other texts. */
  private static final int MIN_SEARCHED = 6;
  /** The fewest digits of a fresh numeric identifier. */
  private static final int MIN_NUMBER_DIGITS = 7;

  private final Fresh fresh;

  FreshExample(Fresh fresh) {
    this.fresh = fresh;
  }

  /** Whether a member name names an identifier: {@code id}, {@code uuid}, {@code invoice_id}, {@code payoffId}. */
  static boolean identifier(String name) {
    return name.equals("id") || name.equals("uuid") || name.endsWith("_id") || name.endsWith("_uuid")
        || name.endsWith("Id");
  }

  /** Refreshes the payload in place and returns it. */
  JsonNode refresh(JsonNode payload) {
    Map<String, String> replaced = new LinkedHashMap<>();
    if (payload instanceof ObjectNode object) {
      newIdentifiers(object, replaced);
    } else if (payload instanceof ArrayNode array) {
      array.forEach(item -> {
        if (item instanceof ObjectNode object) {
          newIdentifiers(object, replaced);
        }
      });
    }
    replaceInTexts(payload, replaced);
    List<TextNode> stamps = new ArrayList<>();
    collectTimestamps(payload, stamps);
    Instant earliest = null;
    for (TextNode stamp : stamps) {
      Instant at = TimestampText.parse(stamp.asText());
      earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
    }
    if (earliest != null) {
      moveTimestamps(payload, earliest, fresh.now());
    }
    return payload;
  }

  private void newIdentifiers(ObjectNode object, Map<String, String> replaced) {
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (!identifier(member.getKey())) {
        continue;
      }
      JsonNode value = member.getValue();
      if (value.isIntegralNumber()) {
        // At least seven digits: the page's "id": 1 would give one id in ten twice.
        String digits = fresh.digits(Math.max(MIN_NUMBER_DIGITS, value.asText().replace("-", "").length()));
        remember(replaced, value.asText(), digits);
        member.setValue(JsonNodeFactory.instance.numberNode(Long.parseLong(digits)));
      } else if (value.isTextual() && !value.asText().isEmpty()) {
        String fresher = like(value.asText(), replaced);
        member.setValue(JsonNodeFactory.instance.textNode(fresher));
      }
    }
  }

  /** A new value shaped like {@code old}; records which parts were replaced by what. */
  private String like(String old, Map<String, String> replaced) {
    if (UUID_TEXT.matcher(old).matches()) {
      String uuid = fresh.uuid().toString();
      remember(replaced, old, uuid);
      return uuid;
    }
    StringBuilder out = new StringBuilder();
    StringBuilder part = new StringBuilder();
    boolean first = true;
    for (int i = 0; i <= old.length(); i++) {
      char c = i < old.length() ? old.charAt(i) : 0;
      if (i < old.length() && Character.isLetterOrDigit(c)) {
        part.append(c);
        continue;
      }
      String segment = part.toString();
      boolean prefix = first && i < old.length() && PREFIX.matcher(segment).matches();
      String fresher = prefix || segment.isEmpty() ? segment : sameKind(segment);
      if (!fresher.equals(segment)) {
        remember(replaced, segment, fresher);
      }
      out.append(fresher);
      if (i < old.length()) {
        out.append(c);
      }
      part.setLength(0);
      first = false;
    }
    remember(replaced, old, out.toString());
    return out.toString();
  }

  /**
   * Records a replacement for the texts that contain the old value; short values ({@code 1},
   * {@code 2019}) are not searched for in texts, where they would hit dates and amounts.
   */
  private static void remember(Map<String, String> replaced, String old, String fresher) {
    if (old.length() >= MIN_SEARCHED) {
      replaced.put(old, fresher);
    }
  }

  private String sameKind(String segment) {
    boolean digits = segment.chars().allMatch(Character::isDigit);
    boolean lower = segment.chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c));
    if (digits) {
      return fresh.digits(segment.length());
    }
    if (lower) {
      return segment.chars().anyMatch(Character::isDigit)
          ? fresh.hex(segment.length()) : fresh.lowerLetters(segment.length());
    }
    return fresh.upperAlphanumeric(segment.length());
  }

  private static void replaceInTexts(JsonNode node, Map<String, String> replaced) {
    if (replaced.isEmpty()) {
      return;
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (member.getValue().isTextual()) {
          member.setValue(JsonNodeFactory.instance.textNode(replace(member.getValue().asText(), replaced)));
        } else {
          replaceInTexts(member.getValue(), replaced);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, JsonNodeFactory.instance.textNode(replace(array.get(i).asText(), replaced)));
        } else {
          replaceInTexts(array.get(i), replaced);
        }
      }
    }
  }

  /** A text with old identifiers replaced; texts that are identifiers themselves are already new. */
  private static String replace(String text, Map<String, String> replaced) {
    if (replaced.containsValue(text)) {
      return text;
    }
    String out = text;
    for (Map.Entry<String, String> entry : replaced.entrySet()) {
      if (out.contains(entry.getKey())) {
        out = out.replace(entry.getKey(), entry.getValue());
      }
    }
    return out;
  }

  private static void collectTimestamps(JsonNode node, List<TextNode> stamps) {
    if (node instanceof TextNode text && TimestampText.parse(text.asText()) != null) {
      stamps.add(text);
    }
    node.forEach(child -> collectTimestamps(child, stamps));
  }

  private static void moveTimestamps(JsonNode node, Instant earliest, Instant now) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (member.getValue().isTextual()) {
          member.setValue(moved(member.getValue().asText(), earliest, now));
        } else {
          moveTimestamps(member.getValue(), earliest, now);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, moved(array.get(i).asText(), earliest, now));
        } else {
          moveTimestamps(array.get(i), earliest, now);
        }
      }
    }
  }

  private static JsonNode moved(String text, Instant earliest, Instant now) {
    Instant at = TimestampText.parse(text);
    if (at == null) {
      return JsonNodeFactory.instance.textNode(text);
    }
    return JsonNodeFactory.instance.textNode(TimestampText.format(text, now.plus(Duration.between(earliest, at))));
  }
}
