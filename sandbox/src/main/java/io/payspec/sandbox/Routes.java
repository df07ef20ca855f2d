package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the endpoint for a method and a raw path: documented paths match exactly (a trailing slash
 * counts: {@code /v3/invoice/create/} is not {@code /v3/invoice/create}), paths with placeholders
 * ({@code /invoice/{identifier}}) match one segment per placeholder; a literal path wins over a
 * template. Answers 404 for an unknown path and 405 for a known path with another method.
 */
final class Routes {
  /** One served endpoint and its path. */
  private record Route(PathTemplate path, Endpoint endpoint) {}

  /**
   * The endpoint found and the values of its path placeholders.
   *
   * @param endpoint the endpoint
   * @param pathValues decoded placeholder values by wire name
   */
  record Match(Endpoint endpoint, Map<String, String> pathValues) {}

  private final List<Route> routes = new ArrayList<>();

  /**
   * @throws IllegalStateException if two operations share a method and path
   */
  Routes(List<Endpoint> endpoints) {
    for (Endpoint endpoint : endpoints) {
      String method = endpoint.operation().method().name();
      String path = endpoint.operation().path();
      for (Route earlier : routes) {
        if (earlier.path().toString().equals(path) && earlier.endpoint().operation().method().name().equals(method)) {
          throw new IllegalStateException("the sandbox cannot serve both " + earlier.endpoint().key() + " and "
              + endpoint.key() + ": both are " + method + " " + path);
        }
      }
      routes.add(new Route(new PathTemplate(path), endpoint));
    }
    // Literal paths first: /invoice/transactions is not /invoice/{identifier}.
    routes.sort((a, b) -> Boolean.compare(!a.path().literal(), !b.path().literal()));
  }

  /** The endpoint at this method and raw path, or null. */
  Match find(String method, String rawPath) {
    for (Route route : routes) {
      if (route.endpoint().operation().method().name().equals(method)) {
        Map<String, String> values = route.path().match(rawPath);
        if (values != null) {
          return new Match(route.endpoint(), values);
        }
      }
    }
    return null;
  }

  /** The answer when {@link #find} found nothing. */
  Reply miss(String rawPath) {
    Set<String> methods = new LinkedHashSet<>();
    for (Route route : routes) {
      if (route.path().match(rawPath) != null) {
        methods.add(route.endpoint().operation().method().name());
      }
    }
    if (methods.isEmpty()) {
      return Reply.json(404, JsonNodeFactory.instance.objectNode().put("detail", "Not Found"));
    }
    return new Reply(405, JsonNodeFactory.instance.objectNode().put("detail", "Method Not Allowed"),
        Map.of("Allow", String.join(", ", methods)));
  }
}
