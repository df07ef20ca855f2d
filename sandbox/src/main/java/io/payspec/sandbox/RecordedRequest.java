package io.payspec.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One request the sandbox received, as it arrived (before it was checked), bounded: the path and
 * the body are cut to {@link RequestLog#MAX_PATH_CHARS} and {@link RequestLog#MAX_BODY_CHARS}
 * characters, at most {@link RequestLog#MAX_HEADERS} headers are kept, and credentials (the
 * provider's authentication header, {@code Authorization}, body secrets) are masked as {@code ****}.
 *
 * @param method the HTTP method
 * @param path the raw request path
 * @param operation the operation served at that method and path, or null when none is
 * @param headers the request headers, names in lower case, credentials masked
 * @param body the body as UTF-8 text, credentials masked; empty when there was none
 */
public record RecordedRequest(
    String method, String path, OperationKey operation, Map<String, List<String>> headers, String body) {
  /** Copies the headers. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /** A request without headers and body. */
  public RecordedRequest(String method, String path, OperationKey operation) {
    this(method, path, operation, Map.of(), "");
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
