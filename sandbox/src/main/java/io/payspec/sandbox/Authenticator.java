package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import io.payspec.runtime.meta.AuthInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Checks a request's credentials exactly as the provider documents them: the header with its prefix
 * ({@code Authorization: Token <key>}, {@code X-API-KEY: <key>}) or the login and secret fields of the
 * body ({@code auth_login}, {@code auth_secret}).
 */
final class Authenticator {
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

  /** For header credentials: whether the header holds the prefix and the accepted key. */
  boolean acceptsHeaders(Headers headers) {
    String prefix = auth.prefix() == null ? "" : auth.prefix();
    return same(headers.getFirst(auth.header()), prefix + accepted.get(auth.credential() == null ? "api_key" : auth.credential()));
  }

  /** For body credentials: whether the login and secret fields hold the accepted values. */
  boolean acceptsBody(ObjectNode body) {
    return same(text(body.get(auth.loginField())), accepted.get(auth.loginField()))
        && same(text(body.get(auth.secretField())), accepted.get(auth.secretField()));
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

  /** Compares in constant time, as a real service would. */
  private static boolean same(String given, String expected) {
    return given != null && expected != null
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
