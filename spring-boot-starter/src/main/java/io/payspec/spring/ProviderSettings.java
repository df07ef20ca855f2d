package io.payspec.spring;

import io.payspec.runtime.meta.ProviderInfo;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * One provider's {@code payspec.<provider>.*} properties, read with Spring Boot's relaxed binding
 * ({@code payspec.cryptocloud.api-key} or {@code PAYSPEC_CRYPTOCLOUD_APIKEY}):
 * <ul>
 *   <li>one property per credential the provider's metadata names, with {@code _} written {@code -}:
 *       {@code api-key}, or {@code auth-login} and {@code auth-secret};
 *   <li>{@code base-url}: default the documented one;
 *   <li>{@code connect-timeout}, {@code request-timeout}: durations such as {@code 5s}; default the
 *       client's (10 s and 30 s);
 *   <li>{@code enabled}: {@code false} registers no bean.
 * </ul>
 *
 * @param provider the provider
 * @param credentials the credentials set, by credential name ({@code api_key}); values are secrets
 * @param baseUrl the base URL, or null for the documented one
 * @param connectTimeout or null for the default
 * @param requestTimeout or null for the default
 * @param enabled whether to register the client
 * @param configured whether any property of the provider is set
 */
record ProviderSettings(ProviderInfo provider, Map<String, String> credentials, String baseUrl,
    Duration connectTimeout, Duration requestTimeout, boolean enabled, boolean configured) {
  /** Every property of the starter starts with this. */
  static final String PREFIX = "payspec";

  /** Reads the provider's properties. */
  static ProviderSettings read(Binder binder, ProviderInfo provider) {
    String prefix = prefix(provider);
    Map<String, String> credentials = new LinkedHashMap<>();
    for (String name : provider.auth().credentialNames()) {
      binder.bind(prefix + "." + property(name), String.class).ifBound(value -> credentials.put(name, value));
    }
    boolean configured = binder.bind(prefix, Bindable.mapOf(String.class, Object.class))
        .map(map -> !map.isEmpty()).orElse(false);
    return new ProviderSettings(provider, Map.copyOf(credentials),
        binder.bind(prefix + ".base-url", String.class).orElse(null),
        binder.bind(prefix + ".connect-timeout", Duration.class).orElse(null),
        binder.bind(prefix + ".request-timeout", Duration.class).orElse(null),
        binder.bind(prefix + ".enabled", Boolean.class).orElse(true),
        configured);
  }

  /** {@code payspec.cryptocloud}. */
  static String prefix(ProviderInfo provider) {
    return PREFIX + "." + provider.id();
  }

  /** {@code api_key} as the property {@code api-key}. */
  static String property(String credentialName) {
    return credentialName.replace('_', '-');
  }

  /** The settings without secrets. */
  @Override
  public String toString() {
    return "ProviderSettings{" + provider.id() + ", credentials " + credentials.keySet() + ", baseUrl " + baseUrl
        + ", connectTimeout " + connectTimeout + ", requestTimeout " + requestTimeout + "}";
  }
}
