package io.payspec.runtime.meta;

import java.util.List;

/**
 * How a provider authenticates, as its descriptor declares it.
 *
 * @param kind header or body credentials
 * @param header for {@link Kind#HEADER}: the header name
 * @param prefix for {@link Kind#HEADER}: text before the key ({@code "Token "})
 * @param loginField for {@link Kind#BODY}: wire name of the login
 * @param secretField for {@link Kind#BODY}: wire name of the secret
 */
public record AuthInfo(Kind kind, String header, String prefix, String loginField, String secretField) {
  /** Where the credentials go. */
  public enum Kind {
    HEADER,
    BODY
  }

  public static AuthInfo header(String header, String prefix) {
    return new AuthInfo(Kind.HEADER, header, prefix, null, null);
  }

  public static AuthInfo body(String loginField, String secretField) {
    return new AuthInfo(Kind.BODY, null, null, loginField, secretField);
  }

  /**
   * The names of the credentials a client needs, as wire-style names: {@code api_key} for a header
   * key, the login and secret field names for body credentials.
   */
  public List<String> credentialNames() {
    return kind == Kind.HEADER ? List.of("api_key") : List.of(loginField, secretField);
  }

  /** Whether a credential name is a secret (never printed). */
  public boolean isSecret(String credentialName) {
    return kind == Kind.HEADER || credentialName.equals(secretField);
  }
}
