package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of one resource of one provider version, read from their names as the sandbox reads
 * them ({@code createInvoice}, {@code getInvoice}/{@code getInvoices}, {@code listInvoices},
 * {@code cancelInvoice}), and how to chain them: {@link #lookup} turns a documented lookup example into
 * one for the resource just created. The demo and the contract tests walk a shop's day with it.
 *
 * @param noun the resource, singular and lower case ({@code invoice})
 * @param create the operation that creates it
 * @param gets the operations that look it up, in order
 * @param lists the operations that list them
 * @param cancels the operations that cancel it
 */
public record Lifecycle(String noun, Operation<?, ?> create, List<Operation<?, ?>> gets,
    List<Operation<?, ?>> lists, List<Operation<?, ?>> cancels) {

  /**
   * Every resource that an operation creates and another looks up, lists or cancels, in the order of
   * the creating operations.
   */
  public static List<Lifecycle> of(List<Operation<?, ?>> operations) {
    Map<String, Operation<?, ?>> creators = new LinkedHashMap<>();
    for (Operation<?, ?> operation : operations) {
      OperationRole role = OperationRole.of(operation);
      if (role.verb() == OperationRole.Verb.CREATE) {
        creators.putIfAbsent(OperationRole.scope(operation, role.noun()), operation);
      }
    }
    List<Lifecycle> found = new ArrayList<>();
    creators.forEach((scope, create) -> {
      List<Operation<?, ?>> gets = new ArrayList<>();
      List<Operation<?, ?>> lists = new ArrayList<>();
      List<Operation<?, ?>> cancels = new ArrayList<>();
      String noun = OperationRole.of(create).noun();
      for (Operation<?, ?> operation : operations) {
        OperationRole role = OperationRole.of(operation);
        if (!OperationRole.scope(operation, role.noun()).equals(scope)) {
          continue;
        }
        switch (role.verb()) {
          case GET -> gets.add(operation);
          case LIST -> lists.add(operation);
          case CANCEL -> cancels.add(operation);
          default -> {
            // the creator itself, or a verb without state
          }
        }
      }
      if (!gets.isEmpty() || !lists.isEmpty() || !cancels.isEmpty()) {
        found.add(new Lifecycle(noun, create, List.copyOf(gets), List.copyOf(lists), List.copyOf(cancels)));
      }
    });
    return found;
  }

  /**
   * A lookup's documented request values with its identifiers replaced by those of a created resource:
   * each request field that travels in the path or is named like an identifier ({@code id}, {@code uuid},
   * {@code uuids}, {@code identifier}, {@code invoice_id}) takes the created member of the same name, or
   * of its singular ({@code uuids} takes {@code uuid}), else the created resource's first identifier; a
   * list field gets a list of that one value.
   *
   * @param operation the lookup (or cancel) operation
   * @param example the documented request's values, see {@link ExampleRequests#values}
   * @param created the created resource as its typed response writes it, with wire names
   */
  public static ObjectNode lookup(Operation<?, ?> operation, ObjectNode example, JsonNode created) {
    ObjectNode values = example.deepCopy();
    for (FieldInfo field : operation.requestFields()) {
      String name = field.path();
      if (name.contains(".")) {
        continue;
      }
      boolean identifying = Documentation.location(operation, field) == ParamIn.PATH
          || FreshExample.identifier(singular(name)) || name.equals("identifier");
      if (!identifying) {
        continue;
      }
      Optional<JsonNode> value = member(created, name).or(() -> member(created, singular(name)))
          .or(() -> firstIdentifier(created));
      if (value.isEmpty()) {
        continue;
      }
      if (field.list()) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode().add(value.get());
        values.set(name, list);
      } else {
        values.set(name, value.get());
      }
    }
    return values;
  }

  /** The value of the created resource's first identifier member ({@code id}, {@code uuid}, ...). */
  public static Optional<JsonNode> firstIdentifier(JsonNode created) {
    if (created instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (FreshExample.identifier(member.getKey()) && member.getValue().isValueNode()
            && !member.getValue().isNull()) {
          return Optional.of(member.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> member(JsonNode created, String name) {
    JsonNode value = created.get(name);
    return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value) : Optional.empty();
  }

  private static String singular(String name) {
    return name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
  }
}
