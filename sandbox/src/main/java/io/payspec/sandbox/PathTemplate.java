package io.payspec.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A documented path with {@code {wire_name}} placeholders, such as {@code /invoice/{identifier}}, matched
 * segment by segment against a raw request path; a trailing slash counts, as on the providers' servers.
 */
public final class PathTemplate {
  private final String template;
  private final List<String> segments;

  /** Parses a documented path. */
  public PathTemplate(String template) {
    this.template = template;
    this.segments = List.of(template.split("/", -1));
  }

  /** Whether the path has no placeholder. */
  public boolean literal() {
    return segments.stream().noneMatch(PathTemplate::placeholder);
  }

  /**
   * The decoded parameter values by wire name when {@code rawPath} matches (a placeholder matches one
   * non-empty segment), else null.
   */
  public Map<String, String> match(String rawPath) {
    String[] parts = rawPath.split("/", -1);
    if (parts.length != segments.size()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments.get(i);
      if (placeholder(segment)) {
        if (parts[i].isEmpty()) {
          return null;
        }
        values.put(segment.substring(1, segment.length() - 1), decode(parts[i]));
      } else if (!segment.equals(parts[i])) {
        return null;
      }
    }
    return values;
  }

  /** The names of the placeholders, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (String segment : segments) {
      if (placeholder(segment)) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return template;
  }

  private static boolean placeholder(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
