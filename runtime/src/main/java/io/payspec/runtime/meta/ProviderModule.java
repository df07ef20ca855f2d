package io.payspec.runtime.meta;

import java.util.List;
import java.util.ServiceLoader;

/**
 * One generated provider, discoverable with {@link ServiceLoader}: the command line and the sandbox
 * find every provider on the class path through it, including ones a team generates in its own module.
 */
public interface ProviderModule {
  ProviderInfo provider();

  /** Every operation of every version, oldest version first. */
  List<Operation<?, ?>> operations();

  /** Every notification the provider sends to shops, oldest version first; none by default. */
  default List<NotificationInfo<?>> notifications() {
    return List.of();
  }

  /** Every provider module on the class path of this class loader. */
  static List<ProviderModule> installed() {
    return ServiceLoader.load(ProviderModule.class, ProviderModule.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
  }
}
