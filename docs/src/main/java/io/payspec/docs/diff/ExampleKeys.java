package io.payspec.docs.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The wire paths a page's examples show ({@code add_fields.time_to_pay.hours}), envelopes looked through. */
final class ExampleKeys {
  private ExampleKeys() {}

  static Set<String> request(PageEndpoint page) {
    Set<String> keys = new HashSet<>();
    for (PageExample e : page.requestExamples()) {
      if (e.readable()) {
        collect("", e.json(), keys);
      }
    }
    return keys;
  }

  static Set<String> response(PageEndpoint page) {
    Set<String> keys = new HashSet<>();
    for (PageExample e : page.responseExamples()) {
      if (e.readable() && e.status() >= 200 && e.status() < 300) {
        collect("", e.json(), keys);
        JsonNode result = e.json().get("result");
        if (result != null) {
          collect("", result, keys);
        }
        JsonNode data = e.json().get("data");
        if (data != null) {
          collect("", data, keys);
        }
      }
    }
    return keys;
  }

  private static void collect(String prefix, JsonNode node, Set<String> keys) {
    if (node.isArray() && !node.isEmpty()) {
      collect(prefix, node.get(0), keys);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix + e.getKey();
      keys.add(path);
      collect(path + ".", e.getValue(), keys);
    }
  }
}
