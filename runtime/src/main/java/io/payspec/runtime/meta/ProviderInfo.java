package io.payspec.runtime.meta;

import java.util.List;

/**
 * A provider as its descriptor declares it.
 *
 * @param id lower-case id, e.g. {@code cryptocloud}
 * @param name display name, e.g. {@code CryptoCloud}
 * @param baseUrl the documented base URL
 * @param auth how it authenticates (an operation may authenticate otherwise: {@link Operation#auth()})
 * @param description one sentence
 * @param credentials every credential any of its operations needs, snake case, the provider's own
 *     first ({@code api_key}), then operations' own ({@code security_key}) and signature secrets
 *     ({@code salt}); all but a body login are secret
 */
public record ProviderInfo(String id, String name, String baseUrl, AuthInfo auth, String description, List<String> credentials) {
  public ProviderInfo {
    credentials = List.copyOf(credentials);
  }

  /** A provider whose every operation uses its own authentication. */
  public ProviderInfo(String id, String name, String baseUrl, AuthInfo auth, String description) {
    this(id, name, baseUrl, auth, description, auth.credentialNames());
  }

  /** Whether a credential is a secret, never printed: all but a body login. */
  public boolean isSecret(String credential) {
    return !credential.equals(auth.loginField());
  }
}
