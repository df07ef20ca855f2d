package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The providers on the class path ({@link ProviderModule#installed()}), sorted by id, and how the
 * command line names their operations: kebab case, {@code createInvoice} is {@code create-invoice}.
 */
final class Catalog {
  private final List<ProviderModule> modules;

  Catalog(List<ProviderModule> modules) {
    this.modules = modules.stream().sorted(Comparator.comparing(module -> module.provider().id())).toList();
  }

  /** Every installed provider. */
  static Catalog installed() {
    return new Catalog(ProviderModule.installed());
  }

  List<ProviderModule> modules() {
    return modules;
  }

  /** The provider with this id. */
  Optional<ProviderModule> provider(String id) {
    return modules.stream().filter(module -> module.provider().id().equals(id)).findFirst();
  }

  /** A provider's versions, oldest first. */
  static List<String> versions(ProviderModule module) {
    return List.copyOf(module.operations().stream().map(Operation::version)
        .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
  }

  /** A provider's operation names in kebab case, in order. */
  static List<String> operationNames(ProviderModule module) {
    return List.copyOf(module.operations().stream().map(operation -> kebab(operation.name()))
        .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
  }

  /**
   * An operation by its kebab name, in a version or (version null) in the newest version that has it.
   */
  static Optional<Operation<?, ?>> operation(ProviderModule module, String version, String kebabName) {
    Operation<?, ?> found = null;
    for (Operation<?, ?> operation : module.operations()) {
      if (kebab(operation.name()).equals(kebabName) && (version == null || operation.version().equals(version))) {
        found = operation;
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@code createInvoice} as {@code create-invoice}. */
  static String kebab(String camelCase) {
    StringBuilder out = new StringBuilder();
    for (char c : camelCase.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The documented URL of an operation: base URL and path. */
  static String url(Operation<?, ?> operation) {
    return operation.provider().baseUrl() + operation.path();
  }

  /** How a provider authenticates, in words: {@code header Authorization: Token <key>}. */
  static String authSummary(ProviderInfo provider) {
    return switch (provider.auth().kind()) {
      case HEADER -> "header " + provider.auth().header() + ": "
          + (provider.auth().prefix() == null ? "" : provider.auth().prefix()) + "<key>";
      case BODY -> "body fields " + String.join(", ", provider.auth().credentialNames());
    };
  }

  /** {@code CRYPTOCLOUD_API_KEY}: the environment variable of a credential. */
  static String envName(ProviderInfo provider, String credentialName) {
    return (provider.id() + "_" + credentialName).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** {@code --api-key}: the option of a credential or a field path. */
  static String optionName(String wireName) {
    return "--" + wireName.replace('_', '-');
  }
}
