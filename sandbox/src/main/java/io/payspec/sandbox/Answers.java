package io.payspec.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.meta.ResponseExampleInfo;
import io.payspec.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The answer to an accepted request, derived from the operation's documented success example and the
 * sandbox's state, with no per-provider code:
 *
 * <ul>
 *   <li>the example body is the template, envelope included; its payload gets fresh identifiers, links
 *       and timestamps ({@link FreshExample}), and the request's values go into members of the same
 *       name ({@link Overlay});
 *   <li>an operation named {@code create<Thing>} keeps what it created; {@code get<Thing>(s)} finds it
 *       by any identifier the request carries and shows it in the example's shape (a new one with its
 *       first documented status, see {@link Statuses}), {@code list<Things>}
 *       shows every one created, {@code cancel<Thing>} sets its status to the documented cancelled
 *       status. A lookup of something never created is answered with the documented not-found example
 *       (or the operation's error shape), except for the documented request example itself, which gets
 *       the documented answer;
 *   <li>an operation without a success example answers with its request, in its envelope;
 *   <li>a {@link SuccessBody} given to the builder replaces all of this for its operation.
 * </ul>
 */
final class Answers {
  /** The rule of the violation a lookup of an unknown resource is answered with. */
  static final String NOT_FOUND = "not_found";

  private final ObjectMapper mapper;
  private final FreshExample fresh;
  private final Fresh values;
  private final Map<OperationKey, SuccessBody> overrides = new HashMap<>();
  private final Set<String> created = new LinkedHashSet<>();
  private final Map<String, String> cancelledStatus = new HashMap<>();
  private final Map<String, Statuses> statuses = new HashMap<>();
  private final Resources resources = new Resources();

  Answers(ObjectMapper mapper, List<Operation<?, ?>> operations, List<SuccessBody> overrides, Fresh fresh) {
    this.mapper = mapper;
    this.fresh = new FreshExample(fresh);
    this.values = fresh;
    overrides.forEach(body -> this.overrides.put(body.operation(), body));
    for (Operation<?, ?> operation : operations) {
      OperationRole role = OperationRole.of(operation);
      if (role.verb() == OperationRole.Verb.CREATE) {
        created.add(OperationRole.scope(operation, role.noun()));
        statuses.put(OperationRole.scope(operation, role.noun()), Statuses.of(operation, operations));
      }
    }
    for (Operation<?, ?> operation : operations) {
      OperationRole role = OperationRole.of(operation);
      cancelledStatus.putIfAbsent(OperationRole.scope(operation, role.noun()), cancelled(operations, operation));
    }
  }

  /**
   * The reply to a valid request whose values (credentials removed) are {@code request}. Whatever went
   * into the payload, the envelope's own members ({@code status}, {@code error}, {@code errors}) keep
   * their documented values: a payload that is the whole body must not turn a success into an error.
   */
  Reply success(Operation<?, ?> operation, ObjectNode request) {
    OperationKey key = OperationKey.of(operation);
    if (overrides.containsKey(key)) {
      ObjectNode payload = overrides.get(key).payload(new RequestValues(operation, request), values);
      return Reply.json(200, Envelopes.success(Envelopes.of(operation), payload));
    }
    ResponseExampleInfo sample = Documentation.firstSuccess(operation);
    if (sample == null) {
      return Reply.json(200, Envelopes.success(Envelopes.of(operation), request.deepCopy()));
    }
    JsonNode body = parse(sample.body());
    JsonNode payload = payload(operation, body);
    fresh.refresh(payload);
    OperationRole role = OperationRole.of(operation);
    String scope = OperationRole.scope(operation, role.noun());
    if (!created.contains(scope) || role.verb() == OperationRole.Verb.OTHER) {
      overlay(payload, request);
      return new Reply(sample.status(), keepEnvelope(operation, body, sample), Map.of());
    }
    switch (role.verb()) {
      case CREATE -> {
        overlay(payload, request);
        if (payload instanceof ObjectNode object) {
          ObjectNode facts = request.deepCopy();
          facts.setAll(object);
          // A new resource has its first documented status, whatever status a look-up's example shows.
          Statuses documented = statuses.get(scope);
          if (!facts.has(documented.member())) {
            documented.initial().ifPresent(first -> facts.put(documented.member(), first));
          }
          resources.add(scope, facts, identifiers(object));
        }
      }
      // The list's envelope holds the count members beside it ({"result": [...], "count": 2}).
      case LIST -> fill(payload instanceof ArrayNode && body instanceof ObjectNode ? body : payload, resources.all(scope));
      default -> {
        List<String> lookup = scalars(request);
        List<ObjectNode> before = resources.find(scope, lookup);
        if (role.verb() == OperationRole.Verb.CANCEL && !before.isEmpty()) {
          String member = statusMember(payload, before.get(0));
          JsonNode documented = payload.get(member);
          resources.update(scope, lookup, member, documented != null && documented.isTextual()
              && documented.asText().toLowerCase(Locale.ROOT).startsWith("cancel")
              ? documented.asText() : cancelledStatus.get(scope));
        }
        List<ObjectNode> found = resources.find(scope, lookup);
        if (found.isEmpty() && !documented(operation, request)) {
          return notFound(operation, role.noun(), request);
        }
        overlay(payload, request);
        if (!found.isEmpty()) {
          if (payload instanceof ArrayNode) {
            fill(payload, found);
          } else if (payload instanceof ObjectNode object) {
            Overlay.onto(object, found.get(0));
          }
        }
      }
    }
    return new Reply(sample.status(), keepEnvelope(operation, body, sample), Map.of());
  }

  /** Puts the documented values of the envelope's own members back into the answer. */
  private JsonNode keepEnvelope(Operation<?, ?> operation, JsonNode body, ResponseExampleInfo sample) {
    JsonNode documented = parse(sample.body());
    Operation.EnvelopeInfo envelope = Envelopes.of(operation);
    if (body instanceof ObjectNode answer && documented instanceof ObjectNode page
        && envelope.kind() != EnvelopeKind.FLAT) {
      List<String> members = envelope.kind() == EnvelopeKind.STATUS_AND_RESULT
          ? List.of(envelope.statusField()) : List.of(envelope.errorFlagField(), envelope.errorsField());
      for (String member : members) {
        if (page.has(member)) {
          answer.set(member, page.get(member));
        }
      }
    }
    return body;
  }

  /** The documented payload inside a documented body: what the envelope wraps. */
  static JsonNode payload(Operation<?, ?> operation, JsonNode body) {
    Operation.EnvelopeInfo envelope = Envelopes.of(operation);
    if (envelope.kind() == EnvelopeKind.STATUS_AND_RESULT && body instanceof ObjectNode object
        && !envelope.resultField().isEmpty() && object.has(envelope.resultField())) {
      return object.get(envelope.resultField());
    }
    return body;
  }

  private JsonNode parse(String text) {
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a documented example is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void overlay(JsonNode payload, ObjectNode request) {
    if (payload instanceof ObjectNode object) {
      Overlay.onto(object, request);
    }
  }

  /**
   * Puts one item per resource into the first list of objects of the payload (the payload itself when it
   * is a list), shaped like the list's first documented item, and sets the count members beside it
   * ({@code all_count}, {@code total}). Returns whether there was such a list.
   */
  private boolean fill(JsonNode payload, List<ObjectNode> found) {
    ArrayNode list = null;
    ObjectNode holder = null;
    if (payload instanceof ArrayNode array) {
      list = array;
    } else if (payload instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (member.getValue() instanceof ArrayNode array && (array.isEmpty() || array.get(0).isObject())) {
          list = array;
          holder = object;
          break;
        }
      }
    }
    if (list == null || (!list.isEmpty() && !list.get(0).isObject())) {
      return false;
    }
    ObjectNode template = list.isEmpty() ? null : (ObjectNode) list.get(0);
    list.removeAll();
    for (ObjectNode resource : found) {
      if (template == null) {
        list.add(resource);
      } else {
        ObjectNode item = template.deepCopy();
        Overlay.onto(item, resource);
        list.add(item);
      }
    }
    if (holder != null) {
      for (Map.Entry<String, JsonNode> member : holder.properties()) {
        String name = member.getKey().toLowerCase(Locale.ROOT);
        if (member.getValue().isIntegralNumber() && (name.contains("count") || name.contains("total"))) {
          member.setValue(JsonNodeFactory.instance.numberNode(found.size()));
        }
      }
    }
    return true;
  }

  /** The identifiers a created resource is found by: {@code INV-89UX09KA} also as {@code 89UX09KA}. */
  private static List<String> identifiers(ObjectNode payload) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> member : payload.properties()) {
      if (FreshExample.identifier(member.getKey()) && member.getValue().isValueNode()
          && !member.getValue().isNull() && !member.getValue().asText().isEmpty()) {
        String id = member.getValue().asText();
        keys.add(id);
        int dash = id.indexOf('-');
        if (dash > 0 && dash <= 4 && id.substring(0, dash).chars().allMatch(Character::isUpperCase)) {
          keys.add(id.substring(dash + 1));
        }
      }
    }
    return keys;
  }

  /** Every scalar value of a request, as text: the identifiers a lookup may carry. */
  private static List<String> scalars(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isValueNode() && !node.isNull()) {
      out.add(node.asText());
    }
    node.forEach(child -> out.addAll(scalars(child)));
    return out;
  }

  /** Whether the request is one of the operation's documented request examples (same values). */
  private boolean documented(Operation<?, ?> operation, ObjectNode request) {
    ObjectNode written = request.deepCopy();
    // Computed fields (a signature) are never in a documented request: the client adds them.
    operation.requestFields().stream().filter(field -> field.signature() != null)
        .forEach(field -> written.remove(field.path()));
    List<String> given = scalars(written).stream().sorted().toList();
    for (RequestExampleInfo sample : Documentation.requests(operation)) {
      ObjectNode example = ExampleRequests.values(operation, sample, mapper);
      if (scalars(example).stream().sorted().toList().equals(given)) {
        return true;
      }
    }
    return false;
  }

  private Reply notFound(Operation<?, ?> operation, String noun, ObjectNode request) {
    for (ResponseExampleInfo sample : Documentation.responses(operation)) {
      if (sample.outcome() == io.payspec.annotations.ExampleOutcome.NOT_FOUND) {
        return new Reply(sample.status(), parse(sample.body()), Map.of());
      }
    }
    String field = operation.requestFields().stream().map(FieldInfo::path)
        .filter(request::has).findFirst().orElse("");
    return ErrorReplies.invalid(operation, List.of(new Violation(field, NOT_FOUND,
        "no " + noun + " with this identifier was created in the sandbox")));
  }

  /** A copy of the facts of the resource of a scope with this identifier, or null when none was created. */
  ObjectNode find(String scope, String id) {
    List<ObjectNode> found = resources.find(scope, List.of(id));
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Changes a created resource (paid, expired): its members take the values of {@code changes}. Returns
   * its facts after the change, or null when no resource of the scope has this identifier.
   */
  ObjectNode settle(String scope, String id, ObjectNode changes) {
    if (resources.update(scope, List.of(id), changes) == 0) {
      return null;
    }
    return find(scope, id);
  }

  /**
   * The member holding a resource's status: the one the cancel's documented answer shows
   * ({@code status} or {@code state}), else the one the resource has, else {@code status}.
   */
  private static String statusMember(JsonNode cancelAnswer, ObjectNode resource) {
    for (String name : List.of("status", "state")) {
      JsonNode value = cancelAnswer.get(name);
      if (value != null && value.isTextual() && value.asText().toLowerCase(Locale.ROOT).startsWith("cancel")) {
        return name;
      }
    }
    return resource.has("status") || !resource.has("state") ? "status" : "state";
  }

  /**
   * The documented wire value meaning "cancelled" in an operation's provider version: the first value
   * starting with {@code cancel} among the version's request enums and documented answers; else
   * {@code canceled}.
   */
  private String cancelled(List<Operation<?, ?>> operations, Operation<?, ?> of) {
    for (Operation<?, ?> operation : operations) {
      if (!operation.provider().id().equals(of.provider().id()) || !operation.version().equals(of.version())) {
        continue;
      }
      for (FieldInfo field : operation.requestFields()) {
        for (String value : field.enumValues()) {
          if (value.toLowerCase(Locale.ROOT).startsWith("cancel")) {
            return value;
          }
        }
      }
      for (ResponseExampleInfo sample : Documentation.responses(operation)) {
        for (String text : scalars(parse(sample.body()))) {
          if (text.toLowerCase(Locale.ROOT).matches("cancell?ed")) {
            return text;
          }
        }
      }
    }
    return "canceled";
  }
}
