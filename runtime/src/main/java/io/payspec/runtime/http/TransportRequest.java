package io.payspec.runtime.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One request as it goes on the wire.
 *
 * @param method HTTP method
 * @param uri full URI
 * @param headers headers in the order they are sent (may hold credentials: see {@link #toString()})
 * @param body the body bytes (UTF-8 JSON), or an empty array
 * @param timeout time allowed for the whole exchange
 * @param maxResponseBytes larger response bodies are refused
 */
public record TransportRequest(
    String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout, long maxResponseBytes) {

  /** Method and URI only: headers and body may hold credentials and are never printed. */
  @Override
  public String toString() {
    return method + " " + uri;
  }
}
