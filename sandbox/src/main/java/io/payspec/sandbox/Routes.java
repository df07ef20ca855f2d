package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the endpoint for a method and an exact path (a trailing slash counts:
 * {@code /v3/invoice/create/} is not {@code /v3/invoice/create}); answers 404 for an unknown path and
 * 405 for a known path with another method.
 */
final class Routes {
  private final Map<String, Map<String, Endpoint>> byPath = new LinkedHashMap<>();

  /**
   * @throws IllegalStateException if two operations share a method and path
   */
  Routes(List<Endpoint> endpoints) {
    for (Endpoint endpoint : endpoints) {
      String method = endpoint.operation().method().name();
      String path = endpoint.operation().path();
      Endpoint earlier = byPath.computeIfAbsent(path, p -> new LinkedHashMap<>()).putIfAbsent(method, endpoint);
      if (earlier != null) {
        throw new IllegalStateException("the sandbox cannot serve both " + earlier.key() + " and "
            + endpoint.key() + ": both are " + method + " " + path);
      }
    }
  }

  /** The endpoint at this method and path, or null. */
  Endpoint find(String method, String path) {
    Map<String, Endpoint> methods = byPath.get(path);
    return methods == null ? null : methods.get(method);
  }

  /** The answer when {@link #find} found nothing. */
  Reply miss(String path) {
    Map<String, Endpoint> methods = byPath.get(path);
    if (methods == null) {
      return Reply.json(404, JsonNodeFactory.instance.objectNode().put("detail", "Not Found"));
    }
    return new Reply(405, JsonNodeFactory.instance.objectNode().put("detail", "Method Not Allowed"),
        Map.of("Allow", String.join(", ", methods.keySet())));
  }
}
