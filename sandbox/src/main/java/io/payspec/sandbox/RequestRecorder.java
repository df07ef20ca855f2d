package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.AuthInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an arrived request into a bounded {@link RecordedRequest} with credentials masked: the
 * provider's authentication header and the usual credential headers keep only their prefix
 * ({@code Token ****}); a body secret's value is masked wherever it appears in the body.
 */
final class RequestRecorder {
  static final String MASK = "****";
  private static final Set<String> CREDENTIAL_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "api-key");
  private static final int MAX_VALUE_CHARS = 1024;
  private static final ObjectMapper MAPPER = Json.mapper();

  private RequestRecorder() {}

  static RecordedRequest record(String method, String path, Endpoint endpoint, Headers headers, byte[] body) {
    AuthInfo auth = endpoint == null ? null : endpoint.operation().provider().auth();
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (kept.size() >= RequestLog.MAX_HEADERS) {
        break;
      }
      String name = header.getKey().toLowerCase(Locale.ROOT);
      boolean credential = CREDENTIAL_HEADERS.contains(name)
          || (auth != null && auth.kind() == AuthInfo.Kind.HEADER && auth.header().equalsIgnoreCase(name));
      String prefix = auth != null && auth.prefix() != null ? auth.prefix() : "";
      List<String> values = new ArrayList<>();
      for (String value : header.getValue()) {
        values.add(credential ? (!prefix.isEmpty() && value.startsWith(prefix) ? prefix : "") + MASK
            : cut(value, MAX_VALUE_CHARS));
      }
      kept.put(name, List.copyOf(values));
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (auth != null && auth.kind() == AuthInfo.Kind.BODY) {
      text = maskBodySecret(text, body, auth.secretField());
    }
    return new RecordedRequest(method, cut(path, RequestLog.MAX_PATH_CHARS), endpoint == null ? null : endpoint.key(),
        kept, cut(text, RequestLog.MAX_BODY_CHARS));
  }

  private static String maskBodySecret(String text, byte[] body, String secretField) {
    try {
      JsonNode tree = Json.readTree(MAPPER, body);
      JsonNode secret = tree.path(secretField);
      if (secret.isTextual() && !secret.asText().isEmpty()) {
        String value = secret.asText();
        // As written in the body: plain, or with JSON escapes.
        String escaped = MAPPER.writeValueAsString(value);
        return text.replace(escaped.substring(1, escaped.length() - 1), MASK).replace(value, MASK);
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not JSON: nothing to find the secret by; the body is kept as sent
    }
    return text;
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "… [" + text.length() + " characters]";
  }
}
