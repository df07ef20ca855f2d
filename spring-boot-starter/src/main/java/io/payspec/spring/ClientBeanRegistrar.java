package io.payspec.spring;

import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationVerifier;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Registers a bean for each installed provider's client, from the metadata alone (no per-provider
 * code). A provider with {@code payspec.<provider>.*} properties is created at startup, so a missing
 * credential stops the application with a message naming the property; one without any property is
 * created only if something injects it (the same check then runs). An application that defines its own
 * bean of a client type keeps it: the starter registers none for that provider.
 */
final class ClientBeanRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {
  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    Binder binder = Binder.get(environment);
    for (ProviderModule module : ProviderModule.installed()) {
      String id = module.provider().id();
      ProviderSettings settings = ProviderSettings.read(binder, module.provider());
      if (!settings.enabled()) {
        continue;
      }
      Class<Object> type = ProviderClients.clientType(module);
      if (definedByTheApplication(registry, type)) {
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(type, () -> ProviderClients.create(module, settings));
      definition.setLazyInit(!settings.configured());
      definition.setDescription(module.provider().name() + " client, configured from " + ProviderSettings.PREFIX
          + "." + id + ".*");
      registry.registerBeanDefinition(id + "Client", definition);
      registerVerifiers(registry, binder, module);
    }
  }

  /**
   * A {@link NotificationVerifier} bean for each notification of the provider whose secret is set
   * ({@code payspec.cryptocloud.secret-key}), named {@code <provider><Version><Name>Verifier}
   * ({@code cryptocloudV2PostbackVerifier}).
   */
  private static void registerVerifiers(BeanDefinitionRegistry registry, Binder binder, ProviderModule module) {
    for (NotificationInfo<?> info : module.notifications()) {
      String property = ProviderSettings.prefix(module.provider()) + "."
          + ProviderSettings.property(info.scheme().credential());
      String secret = binder.bind(property, String.class).orElse(null);
      if (secret == null) {
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(NotificationVerifier.class, () -> verifier(info, secret, property));
      definition.setDescription(info.displayName() + " verifier, secret from " + property);
      registry.registerBeanDefinition(module.provider().id() + capitalized(info.version()) + capitalized(info.name())
          + "Verifier", definition);
    }
  }

  private static NotificationVerifier<?> verifier(NotificationInfo<?> info, String secret, String property) {
    try {
      return NotificationVerifier.builder(info).secret(secret).build();
    } catch (io.payspec.runtime.error.PayspecException e) {
      throw new PayspecPropertiesException(property + ": " + e.getMessage());
    }
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Whether the application defines its own client of this type: the starter then backs off. */
  private static boolean definedByTheApplication(BeanDefinitionRegistry registry, Class<?> type) {
    return registry instanceof ListableBeanFactory beans && beans.getBeanNamesForType(type, true, false).length > 0;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // every bean is registered above
  }
}
