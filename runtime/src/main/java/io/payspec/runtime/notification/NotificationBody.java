package io.payspec.runtime.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads a notification's raw body into a JSON tree, whatever its documented encoding: JSON, or
 * {@code application/x-www-form-urlencoded} where nested objects arrive either as {@code a[b]=v} keys
 * or as JSON text in one field (the providers do not document which). Reading is bounded in size.
 */
final class NotificationBody {
  private NotificationBody() {}

  /** Thrown with a one-line reason that holds no body content. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean contentType;

    Unreadable(String message, boolean contentType) {
      super(message, null, false, false);
      this.contentType = contentType;
    }

    boolean contentType() {
      return contentType;
    }
  }

  /** The encoding a {@code Content-Type} names, if it is one of {@code accepted}; JSON when none is given. */
  static NotificationEncoding encoding(String contentType, List<NotificationEncoding> accepted) throws Unreadable {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    NotificationEncoding encoding;
    if (type.isEmpty() || type.equals("application/json") || type.endsWith("+json")) {
      encoding = NotificationEncoding.JSON;
    } else if (type.equals("application/x-www-form-urlencoded")) {
      encoding = NotificationEncoding.FORM;
    } else {
      throw new Unreadable("Content-Type " + printable(type) + " is neither JSON nor form data", true);
    }
    if (!accepted.contains(encoding)) {
      throw new Unreadable("the provider does not send " + encoding + " notifications (documented: " + accepted + ")", true);
    }
    return encoding;
  }

  static ObjectNode read(byte[] body, NotificationEncoding encoding, ObjectMapper mapper, int maxBytes) throws Unreadable {
    if (body == null || body.length == 0) {
      throw new Unreadable("the body is empty", false);
    }
    if (body.length > maxBytes) {
      throw new Unreadable("the body has " + body.length + " bytes, more than the limit of " + maxBytes, false);
    }
    return encoding == NotificationEncoding.FORM ? form(new String(body, StandardCharsets.UTF_8), mapper) : json(body, mapper);
  }

  private static ObjectNode json(byte[] body, ObjectMapper mapper) throws Unreadable {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Unreadable("the body is not JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")", false);
    } catch (IOException e) {
      throw new Unreadable("the body cannot be read as JSON", false);
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new Unreadable("the body is not a JSON object", false);
    }
    return object;
  }

  private static ObjectNode form(String body, ObjectMapper mapper) throws Unreadable {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (String pair : body.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      put(root, key, value, mapper);
    }
    return root;
  }

  private static void put(ObjectNode root, String key, String value, ObjectMapper mapper) throws Unreadable {
    List<String> path = path(key);
    ObjectNode parent = root;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode child = parent.get(path.get(i));
      if (child == null) {
        parent = parent.putObject(path.get(i));
      } else if (child instanceof ObjectNode object) {
        parent = object;
      } else {
        throw new Unreadable("form field " + printable(key) + " conflicts with another field", false);
      }
    }
    String leaf = path.get(path.size() - 1);
    if (parent.has(leaf)) {
      // A repeated field could carry a signed value and an unsigned one: never pick one silently.
      throw new Unreadable("form field " + printable(key) + " is repeated", false);
    }
    parent.set(leaf, value.startsWith("{") ? jsonObjectOrText(value, mapper) : parent.textNode(value));
  }

  private static JsonNode jsonObjectOrText(String value, ObjectMapper mapper) {
    try {
      JsonNode tree = mapper.readTree(value);
      if (tree instanceof ObjectNode) {
        return tree;
      }
    } catch (JsonProcessingException e) {
      // Not JSON: keep it as the text it is.
    }
    return JsonNodeFactory.instance.textNode(value);
  }

  /** {@code a[b][c]} -> [a, b, c]; a key without brackets is itself. */
  private static List<String> path(String key) throws Unreadable {
    int open = key.indexOf('[');
    if (open <= 0 || !key.endsWith("]")) {
      return List.of(key);
    }
    List<String> parts = new java.util.ArrayList<>();
    parts.add(key.substring(0, open));
    for (String part : key.substring(open + 1, key.length() - 1).split("\\]\\[", -1)) {
      if (part.isEmpty() || part.contains("[") || part.contains("]")) {
        throw new Unreadable("form field " + printable(key) + " has a malformed name", false);
      }
      parts.add(part);
    }
    return parts;
  }

  private static String decode(String text) throws Unreadable {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Unreadable("the form data is not percent-encoded correctly", false);
    }
  }

  /** At most 40 printable characters of a name the sender chose. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 40; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return "\"" + out + (text.length() > 40 ? "..." : "") + "\"";
  }
}
