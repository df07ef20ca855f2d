package io.payspec.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers one client bean per installed provider (every {@link io.payspec.runtime.meta.ProviderModule}
 * on the class path: the ones in {@code payspec-client} and any a team generated in its own module),
 * named {@code <provider>Client} ({@code cryptocloudClient}) and of the generated client type
 * ({@code CryptoCloudClient}), configured from {@code payspec.<provider>.*}: see {@link ProviderSettings}.
 */
@AutoConfiguration
public class PayspecAutoConfiguration {
  /** Creates the auto-configuration; Spring Boot does. */
  public PayspecAutoConfiguration() {}

  /**
   * The registrar of the client beans.
   *
   * @return the registrar
   */
  @Bean
  static ClientBeanRegistrar payspecClientBeanRegistrar() {
    return new ClientBeanRegistrar();
  }
}
