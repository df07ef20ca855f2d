package io.payspec.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.NotificationInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a notification about one resource, before it is signed: a documented example of the
 * notification with the resource's facts put in, in the example's JSON types ({@link Overlay}). No
 * provider is named:
 *
 * <ul>
 *   <li>the example is the first documented one whose status member ({@code status}, {@code state})
 *       holds the new status (NordPay's {@code invoice_expired} body for an expiry), else the first one
 *       whose status is not another documented status of the resource (the payment body);
 *   <li>top-level values take the facts' values of the same name; a nested object that has the status
 *       member (CryptoCloud's {@code invoice_info}) takes the facts member by member;
 *   <li>the id field ({@link NotificationInfo#idField()}) names the resource, without the look-up's prefix,
 *       in the JSON type the documented bodies give it;
 *   <li>the status member takes the new status where the example's value is one of the resource's
 *       documented statuses; a protocol value (CryptoCloud's top-level {@code "success"}) is kept.
 * </ul>
 */
final class NotificationDraft {
  private NotificationDraft() {}

  /**
   * The example a notification of {@code status} is written from: one documented with that status, else
   * (unless {@code exact}) one documented with no other status of the resource.
   */
  static Optional<ObjectNode> example(NotificationInfo<?> info, Statuses statuses, String status, boolean exact,
      ObjectMapper mapper) {
    ObjectNode fallback = null;
    for (NotificationInfo.Example example : info.examples()) {
      ObjectNode body = parse(info, example, mapper);
      JsonNode documented = body.get(statuses.member());
      if (documented == null) {
        documented = body.get(statuses.member().equals("status") ? "state" : "status");
      }
      String value = documented == null || !documented.isTextual() ? null : documented.asText();
      if (status.equals(value)) {
        return Optional.of(body);
      }
      if (fallback == null && (value == null || !statuses.values().contains(value) || statuses.paid().equals(value))) {
        fallback = body;
      }
    }
    return exact ? Optional.empty() : Optional.ofNullable(fallback);
  }

  /** The example with the resource's facts, id and status put in. */
  static ObjectNode fill(NotificationInfo<?> info, ObjectNode example, Statuses statuses, ObjectNode facts,
      String id, String status, ObjectMapper mapper) {
    ObjectNode body = example.deepCopy();
    String proof = info.scheme().field();
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      String name = member.getKey();
      JsonNode current = member.getValue();
      if (name.equals(proof) || isStatus(name)) {
        continue;
      }
      if (current instanceof ObjectNode nested && nested.has(statuses.member())) {
        Overlay.onto(nested, facts);
        continue;
      }
      JsonNode known = facts.get(name);
      if (known != null && known.isValueNode() && !known.isNull() && current.isValueNode()) {
        JsonNode adapted = Overlay.adapt(current, known);
        if (adapted != null) {
          member.setValue(adapted);
        }
      }
    }
    if (info.idField() != null) {
      String bare = id.startsWith(info.lookupIdPrefix()) ? id.substring(info.lookupIdPrefix().length()) : id;
      JsonNode current = body.has(info.idField()) ? body.get(info.idField()) : documentedId(info, mapper);
      JsonNode adapted = current == null ? null : Overlay.adapt(current, JsonNodeFactory.instance.textNode(bare));
      body.set(info.idField(), adapted == null ? JsonNodeFactory.instance.textNode(bare) : adapted);
    }
    for (String member : List.of("status", "state")) {
      JsonNode value = body.get(member);
      if (value != null && value.isTextual() && statuses.values().contains(value.asText())
          || value != null && value.isTextual() && statuses.values().isEmpty() && !value.asText().equals("success")) {
        body.put(member, status);
      }
    }
    return body;
  }

  /**
   * The id field as another documented body of the notification writes it (NordPay's number in its
   * expiry body), when the chosen body has none; null when no body has it.
   */
  private static JsonNode documentedId(NotificationInfo<?> info, ObjectMapper mapper) {
    for (NotificationInfo.Example example : info.examples()) {
      JsonNode value = parse(info, example, mapper).get(info.idField());
      if (value != null && value.isValueNode() && !value.isNull()) {
        return value;
      }
    }
    return null;
  }

  private static boolean isStatus(String name) {
    return name.equals("status") || name.equals("state");
  }

  private static ObjectNode parse(NotificationInfo<?> info, NotificationInfo.Example example, ObjectMapper mapper) {
    try {
      if (mapper.readTree(example.body()) instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw new IllegalStateException(info.displayName() + ": its documented body '" + example.name()
        + "' is not a JSON object");
  }
}
