package io.payspec.sandbox;

import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.ProviderInfo;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credentials a sandbox hands out, per provider and credential name (it accepts any other
 * well-formed value too, and refuses {@link #REFUSED}). Defaults: the API key
 * {@code sandbox-<providerId>-key} for header credentials; the login {@code sandbox-login} and the
 * secret {@code sandbox-secret} for body credentials; {@code sandbox-<providerId>-<name>} for the
 * credentials single operations add ({@code sandbox-cryptocloud-security-key}). They are sandbox-only values: printing them is fine.
 */
final class SandboxCredentials {
  /**
   * The one credential every sandbox refuses, as an API key, a login or a secret: use it to test
   * what your code does when the provider refuses its credentials.
   */
  static final String REFUSED = "sandbox-refused-credential";

  static final String DEFAULT_LOGIN = "sandbox-login";
  static final String DEFAULT_SECRET = "sandbox-secret";

  private SandboxCredentials() {}

  /**
   * The accepted credentials of a provider, by name: the provider's ({@link AuthInfo#credentialNames()})
   * first, then those its operations add ({@code security_key}, a signature's {@code salt}).
   *
   * @param names every credential name the provider's operations use, in order
   */
  static Map<String, String> accepted(ProviderInfo provider, Collection<String> names, Map<String, String> overrides) {
    Map<String, String> accepted = new LinkedHashMap<>();
    for (String name : names) {
      accepted.put(name, overrides.getOrDefault(name, defaultValue(provider, name)));
    }
    for (String name : overrides.keySet()) {
      if (!accepted.containsKey(name)) {
        throw new IllegalArgumentException(provider.name() + " has no credential '" + name
            + "'; it takes " + names);
      }
    }
    return accepted;
  }

  private static String defaultValue(ProviderInfo provider, String name) {
    AuthInfo auth = provider.auth();
    if (auth.kind() == AuthInfo.Kind.HEADER && auth.credentialNames().contains(name)) {
      return "sandbox-" + provider.id() + "-key";
    }
    if (name.equals(auth.secretField())) {
      return DEFAULT_SECRET;
    }
    if (name.equals(auth.loginField())) {
      return DEFAULT_LOGIN;
    }
    return "sandbox-" + provider.id() + "-" + name.replace('_', '-');
  }
}
