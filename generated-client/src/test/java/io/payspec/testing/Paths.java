package io.payspec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The wire paths of a JSON request, for checking metadata against what is really written. */
public final class Paths {
  private Paths() {}

  /**
   * The paths of the leaves in document order: a nested object contributes its fields
   * ({@code add_fields.time_to_pay.hours}), an array is one leaf.
   */
  public static List<String> leafPaths(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, "", out);
    return out;
  }

  private static void collect(JsonNode node, String prefix, List<String> out) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      if (field.getValue().isObject()) {
        collect(field.getValue(), path, out);
      } else {
        out.add(path);
      }
    }
  }
}
