package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import io.payspec.runtime.meta.AuthInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Checks a request's credentials where the provider documents them: the header with its prefix
 * ({@code Authorization: Token <key>}, {@code X-API-KEY: <key>}) or the login and secret fields of the
 * body ({@code auth_login}, {@code auth_secret}). Like stripe-mock, any well-formed credential is
 * accepted (present, at most {@value #MAX_CHARS} printable ASCII characters); the one documented bad
 * credential, {@link SandboxCredentials#REFUSED}, is refused, so that a shop can test its
 * authentication-failure path.
 */
final class Authenticator {
  /** The longest credential the sandbox accepts. */
  static final int MAX_CHARS = 1024;

  private final AuthInfo auth;
  private final Map<String, String> accepted;

  /**
   * @param auth how the provider authenticates
   * @param accepted the accepted credentials by name ({@code api_key}, {@code auth_login}, ...)
   */
  Authenticator(AuthInfo auth, Map<String, String> accepted) {
    this.auth = auth;
    this.accepted = Map.copyOf(accepted);
  }

  /** Whether the credentials travel in a header, checked before the body is read. */
  boolean inHeader() {
    return auth.kind() == AuthInfo.Kind.HEADER;
  }

  /** For header credentials: whether the header holds the prefix and a well-formed key that is not refused. */
  boolean acceptsHeaders(Headers headers) {
    String prefix = auth.prefix() == null ? "" : auth.prefix();
    List<String> values = headers.get(auth.header());
    if (values == null || values.size() != 1 || !values.get(0).startsWith(prefix)) {
      return false;
    }
    return wellFormed(values.get(0).substring(prefix.length()));
  }

  /** For body credentials: whether the login and secret fields hold well-formed values, none refused. */
  boolean acceptsBody(ObjectNode body) {
    return wellFormed(text(body.get(auth.loginField()))) && wellFormed(text(body.get(auth.secretField())));
  }

  /** The credentials the sandbox hands out, by name; any other well-formed value works as well. */
  Map<String, String> accepted() {
    return accepted;
  }

  private static boolean wellFormed(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_CHARS || isRefused(value)) {
      return false;
    }
    return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private static boolean isRefused(String value) {
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
        SandboxCredentials.REFUSED.getBytes(StandardCharsets.UTF_8));
  }

  /** Removes body credentials, which are not request fields. */
  void strip(ObjectNode body) {
    if (auth.kind() == AuthInfo.Kind.BODY) {
      body.remove(auth.loginField());
      body.remove(auth.secretField());
    }
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }
}
