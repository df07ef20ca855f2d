package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request body being built from options: values put at dotted wire paths, nested objects made on the way. */
final class RequestTree {
  private final ObjectNode root = JsonNodeFactory.instance.objectNode();

  /** Puts a value at {@code add_fields.time_to_pay.hours}. */
  RequestTree put(String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = parent.get(parts[i]);
      parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
    }
    parent.set(parts[parts.length - 1], value);
    return this;
  }

  /** The body, with wire names. */
  ObjectNode json() {
    return root.deepCopy();
  }
}
