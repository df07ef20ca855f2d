package io.payspec.runtime.meta;

import java.util.List;

/**
 * How a provider, or one of its operations, authenticates, as its descriptor declares it.
 *
 * @param kind header or body credentials
 * @param header for {@link Kind#HEADER}: the header name
 * @param prefix for {@link Kind#HEADER}: text before the key ({@code "Token "})
 * @param loginField for {@link Kind#BODY}: wire name of the login
 * @param secretField for {@link Kind#BODY}: wire name of the secret
 * @param credential for {@link Kind#HEADER}: name of the credential sent, {@code api_key} unless an
 *     endpoint takes its own ({@code security_key})
 */
public record AuthInfo(Kind kind, String header, String prefix, String loginField, String secretField, String credential) {
  /** Where the credentials go. */
  public enum Kind {
    HEADER,
    BODY
  }

  /** Header credentials as first described, without a credential name: {@code api_key}. */
  public AuthInfo(Kind kind, String header, String prefix, String loginField, String secretField) {
    this(kind, header, prefix, loginField, secretField, kind == Kind.HEADER ? "api_key" : null);
  }

  public static AuthInfo header(String header, String prefix) {
    return header(header, prefix, "api_key");
  }

  public static AuthInfo header(String header, String prefix, String credential) {
    return new AuthInfo(Kind.HEADER, header, prefix, null, null, credential);
  }

  public static AuthInfo body(String loginField, String secretField) {
    return new AuthInfo(Kind.BODY, null, null, loginField, secretField, null);
  }

  /**
   * The names of the credentials this authentication needs, as wire-style names: the credential of
   * a header key ({@code api_key}), the login and secret field names for body credentials.
   */
  public List<String> credentialNames() {
    return kind == Kind.HEADER ? List.of(credential) : List.of(loginField, secretField);
  }

  /** Whether a credential name is a secret (never printed): anything but a body login. */
  public boolean isSecret(String credentialName) {
    return kind == Kind.HEADER || !credentialName.equals(loginField);
  }
}
