package io.payspec.docs.diff;

import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.spec.SpecEndpoint;
import java.util.List;
import java.util.Optional;

/**
 * Finds a page endpoint's endpoint in the spec: same path (path parameters compared by position,
 * not name) and, when the page gives an absolute URL, same host; the same method preferred.
 */
public final class EndpointMatcher {
  private EndpointMatcher() {}

  public static Optional<SpecEndpoint> find(PageEndpoint page, List<SpecEndpoint> specs) {
    String pagePath = normalize(page.path());
    String origin = page.origin();
    List<SpecEndpoint> byPath = specs.stream()
        .filter(s -> normalize(fullPath(s)).equals(pagePath) || normalize(s.path()).equals(pagePath))
        .filter(s -> origin.isEmpty() || s.baseUrl().startsWith(origin))
        .toList();
    return byPath.stream().filter(s -> s.method().equalsIgnoreCase(page.method())).findFirst()
        .or(() -> byPath.stream().findFirst());
  }

  /** The base URL's own path (if any) plus the endpoint's path. */
  private static String fullPath(SpecEndpoint spec) {
    String base = spec.baseUrl();
    int scheme = base.indexOf("://");
    int slash = scheme < 0 ? -1 : base.indexOf('/', scheme + 3);
    String basePath = slash < 0 ? "" : base.substring(slash);
    if (basePath.endsWith("/") && spec.path().startsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    return basePath + spec.path();
  }

  static String normalize(String path) {
    return path.replaceAll("\\{[^}]*}", "{}").replaceAll(":[A-Za-z_]+", "{}");
  }
}
