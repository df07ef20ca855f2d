package io.payspec.runtime.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One response as it came off the wire.
 *
 * @param status HTTP status
 * @param headers header names in lower case
 * @param body the body bytes
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {
  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return "HTTP " + status + " (" + body.length + " bytes)";
  }
}
