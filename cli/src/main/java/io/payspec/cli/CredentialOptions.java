package io.payspec.cli;

import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credential options of an operation, derived from {@link Operation#credentials()} (a provider's
 * key, or an endpoint's own {@code security_key}, a signature's {@code salt}):
 * {@code api_key} is {@code --api-key} or {@code CRYPTOCLOUD_API_KEY}, {@code auth_login} is
 * {@code --auth-login} or {@code CRYSTALPAY_AUTH_LOGIN}. An option wins over the environment. Values are
 * never printed; messages name only the option and the variable.
 */
final class CredentialOptions {
  private final ProviderInfo provider;
  private final AuthInfo auth;
  private final List<String> names;

  CredentialOptions(Operation<?, ?> operation) {
    this.provider = operation.provider();
    this.auth = operation.auth();
    // The client of a provider is built with the provider's own credentials too, whatever the call needs.
    java.util.Set<String> all = new java.util.LinkedHashSet<>(operation.provider().auth().credentialNames());
    all.addAll(operation.credentials());
    this.names = List.copyOf(all);
  }

  /** One option per credential. */
  List<OptionSpec> specs() {
    List<OptionSpec> specs = new ArrayList<>();
    for (String name : names) {
      String hint = auth.isSecret(name) ? "SECRET" : "VALUE";
      specs.add(OptionSpec.value(Catalog.optionName(name), hint,
          "or the environment variable " + Catalog.envName(provider, name)
              + (auth.isSecret(name) ? "; never printed" : "")));
    }
    return specs;
  }

  /**
   * Every credential by name: from its option, else from {@code fallback} (the sandbox's, when it runs
   * in-process), else from the environment.
   *
   * @param fallback credentials to use before the environment, or an empty map
   * @throws UsageException naming every missing or empty credential
   */
  Map<String, String> resolve(ParsedOptions options, Map<String, String> env, Map<String, String> fallback) {
    Map<String, String> resolved = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      String option = Catalog.optionName(name);
      String variable = Catalog.envName(provider, name);
      Optional<String> value = options.value(option)
          .or(() -> Optional.ofNullable(fallback.get(name)))
          .or(() -> Optional.ofNullable(env.get(variable)));
      if (value.isEmpty() || value.get().isBlank()) {
        missing.add(name + " (pass " + option + " or set " + variable + ")");
      } else {
        resolved.put(name, value.get());
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException("missing " + provider.name() + " credential" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing));
    }
    return resolved;
  }
}
