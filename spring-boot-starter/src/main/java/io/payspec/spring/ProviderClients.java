package io.payspec.spring;

import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a provider's generated client from its {@link ProviderModule} and {@link ProviderSettings}.
 * The generated client lives next to its module and is named like it ({@code CryptoCloudModule},
 * {@code CryptoCloudClient}) with a static {@code builder()} whose builder is a {@link ClientBuilder};
 * nothing here knows any provider.
 */
final class ProviderClients {
  private ProviderClients() {}

  /** The generated client class of a module. */
  @SuppressWarnings("unchecked")
  static Class<Object> clientType(ProviderModule module) {
    String name = module.getClass().getName().replaceFirst("Module$", "Client");
    try {
      return (Class<Object>) Class.forName(name, false, module.getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new PayspecPropertiesException("no generated client " + name + " next to " + module.getClass().getName());
    }
  }

  /**
   * Creates the client.
   *
   * @throws PayspecPropertiesException naming every missing credential property, or a bad value
   */
  static Object create(ProviderModule module, ProviderSettings settings) {
    ProviderInfo provider = module.provider();
    List<String> missing = new ArrayList<>();
    for (String name : provider.auth().credentialNames()) {
      String value = settings.credentials().get(name);
      if (value == null || value.isBlank()) {
        missing.add(ProviderSettings.prefix(provider) + "." + ProviderSettings.property(name));
      }
    }
    if (!missing.isEmpty()) {
      throw new PayspecPropertiesException(provider.name() + " client: set " + String.join(" and ", missing)
          + " (or " + ProviderSettings.prefix(provider) + ".enabled=false)");
    }
    Class<Object> type = clientType(module);
    try {
      ClientBuilder<?> builder = (ClientBuilder<?>) type.getMethod("builder").invoke(null);
      configure(builder, settings);
      Method build = builder.getClass().getMethod("build");
      return build.invoke(builder);
    } catch (InvocationTargetException e) {
      throw new PayspecPropertiesException(provider.name() + " client: " + e.getCause().getMessage());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new PayspecPropertiesException(type.getName() + " is not a generated payspec client: " + e);
    }
  }

  private static void configure(ClientBuilder<?> builder, ProviderSettings settings) {
    String prefix = ProviderSettings.prefix(settings.provider()) + ".";
    try {
      settings.credentials().forEach(builder::credential);
    } catch (IllegalArgumentException e) {
      throw new PayspecPropertiesException(settings.provider().name() + " client: " + e.getMessage());
    }
    apply(prefix + "base-url", () -> {
      if (settings.baseUrl() != null) {
        builder.baseUrl(settings.baseUrl());
      }
    });
    apply(prefix + "connect-timeout", () -> {
      if (settings.connectTimeout() != null) {
        builder.connectTimeout(settings.connectTimeout());
      }
    });
    apply(prefix + "request-timeout", () -> {
      if (settings.requestTimeout() != null) {
        builder.requestTimeout(settings.requestTimeout());
      }
    });
  }

  private static void apply(String property, Runnable setting) {
    try {
      setting.run();
    } catch (IllegalArgumentException e) {
      throw new PayspecPropertiesException(property + ": " + e.getMessage());
    }
  }
}
