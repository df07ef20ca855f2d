package io.payspec.runtime.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One response as it came off the wire.
 *
 * @param status HTTP status
 * @param headers the headers by name: either a map whose keys ignore case (what {@code java.net.http}
 *     gives, used as it is) or one whose names are in lower case; read them with {@link #header}
 * @param body the body bytes
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {
  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      values = headers.get(name.toLowerCase(Locale.ROOT));
    }
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return "HTTP " + status + " (" + body.length + " bytes)";
  }
}
