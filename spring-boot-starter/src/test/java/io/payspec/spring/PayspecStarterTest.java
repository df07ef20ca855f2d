package io.payspec.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.madeup.acme.AcmeClient;
import io.payspec.madeup.acme.v2.CreateInvoiceRequest;
import io.payspec.madeup.acme.v2.Currency;
import io.payspec.madeup.acme.v2.Invoice;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationVerifier;
import io.payspec.sandbox.Sandbox;
import io.payspec.sandbox.SandboxExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A small Spring Boot shop that gets its payment clients from the starter and pays against the sandbox,
 * with the made-up providers Acme and Bodyco next to every installed one.
 */
@ExtendWith(SandboxExtension.class)
class PayspecStarterTest {
  /** The shop: one service that creates an invoice with the injected client. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Shop {
    @Bean
    Checkout checkout(AcmeClient acme) {
      return new Checkout(acme);
    }
  }

  /** The shop's own code. */
  record Checkout(AcmeClient acme) {
    Invoice pay(String orderId, String amount) {
      return acme.v2().createInvoice(CreateInvoiceRequest.builder()
          .shopId("spring-shop")
          .amount(new BigDecimal(amount))
          .currency(Currency.EUR)
          .orderId(orderId)
          .build());
    }
  }

  @Test
  void aSpringBootAppCreatesAnInvoiceWithTheConfiguredClient(Sandbox sandbox) {
    int before = sandbox.requests().total();
    try (ConfigurableApplicationContext app = start(sandboxProperties(sandbox))) {
      Invoice invoice = app.getBean(Checkout.class).pay("ORDER-7", "42.50");

      assertFalse(invoice.uuid().isBlank());
      assertEquals(before + 1, sandbox.requests().total());
    }
  }

  @Test
  void everyInstalledProviderIsABeanOfItsGeneratedClientType(Sandbox sandbox) {
    try (ConfigurableApplicationContext app = start(sandboxProperties(sandbox))) {
      for (ProviderModule module : ProviderModule.installed()) {
        Object client = app.getBean(module.provider().id() + "Client");
        assertEquals(module.getClass().getSimpleName().replace("Module", "Client"), client.getClass().getSimpleName());
        for (String secret : sandbox.credentials(module.provider().id()).values()) {
          assertFalse(client.toString().contains(secret), client.toString());
        }
      }
    }
  }

  @Test
  void startupStopsOnAMissingCredentialNamingTheProperty(Sandbox sandbox) {
    List<String> properties = new ArrayList<>(sandboxProperties(sandbox));
    properties.removeIf(property -> property.startsWith("payspec.acme.api-key="));

    BeanCreationException failure = assertThrows(BeanCreationException.class, () -> start(properties).close());

    Throwable cause = failure.getMostSpecificCause();
    assertTrue(cause instanceof PayspecPropertiesException, String.valueOf(cause));
    assertEquals("Acme client: set payspec.acme.api-key (or payspec.acme.enabled=false)",
        cause.getMessage());
  }

  @Test
  void theFailureReportSaysWhatToSet() {
    FailureAnalysis analysis = new PayspecFailureAnalyzer().analyze(new BeanCreationException("acmeClient",
        "Instantiation of supplied bean failed", new PayspecPropertiesException("Acme client: set x")));

    assertEquals("payspec: Acme client: set x", analysis.getDescription());
    assertTrue(analysis.getAction().contains("payspec.<provider>.enabled=false"), analysis.getAction());
  }

  @Test
  void aBadTimeoutNamesItsProperty(Sandbox sandbox) {
    List<String> properties = new ArrayList<>(sandboxProperties(sandbox));
    properties.add("payspec.acme.request-timeout=-5s");

    BeanCreationException failure = assertThrows(BeanCreationException.class, () -> start(properties).close());

    assertTrue(failure.getMostSpecificCause().getMessage().startsWith("payspec.acme.request-timeout: "),
        failure.getMostSpecificCause().getMessage());
  }

  @Test
  void aDisabledProviderHasNoBean(Sandbox sandbox) {
    List<String> properties = new ArrayList<>(sandboxProperties(sandbox));
    properties.add("payspec.bodyco.enabled=false");

    try (ConfigurableApplicationContext app = start(properties)) {
      assertFalse(app.containsBean("bodycoClient"));
      assertTrue(app.containsBean("acmeClient"));
    }
  }

  @Test
  void eachNotificationWithItsSecretSetIsAVerifierBean(Sandbox sandbox) {
    List<String> properties = new ArrayList<>(sandboxProperties(sandbox));
    try (ConfigurableApplicationContext app = start(properties)) {
      assertFalse(app.containsBean("acmeV1PostbackVerifier"), "no secret set, no verifier");
    }
    properties.add("payspec.acme.postback-secret=starter-postback-secret");

    try (ConfigurableApplicationContext app = start(properties)) {
      NotificationVerifier<?> verifier = app.getBean("acmeV1PostbackVerifier", NotificationVerifier.class);
      assertEquals("postback", verifier.info().name());
      assertFalse(verifier.toString().contains("starter-postback-secret"));
    }
  }

  /** A shop that builds its own Acme client. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ShopWithItsOwnClient {
    static final AcmeClient OWN = AcmeClient.builder().apiKey("own-key").build();

    @Bean
    AcmeClient myAcme() {
      return OWN;
    }
  }

  @Test
  void anApplicationsOwnClientBeanWins() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopWithItsOwnClient.class)
        .web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off", "logging.level.root=off")
        .run()) {
      assertEquals(ShopWithItsOwnClient.OWN, app.getBean(AcmeClient.class));
      assertFalse(app.containsBean("acmeClient"));
    }
  }

  /** Every provider pointed at the sandbox, with its credentials, as application properties. */
  private static List<String> sandboxProperties(Sandbox sandbox) {
    List<String> properties = new ArrayList<>();
    for (ProviderModule module : ProviderModule.installed()) {
      String prefix = "payspec." + module.provider().id() + ".";
      properties.add(prefix + "base-url=" + sandbox.baseUrl());
      properties.add(prefix + "request-timeout=5s");
      for (Map.Entry<String, String> credential : sandbox.credentials(module.provider().id()).entrySet()) {
        properties.add(prefix + credential.getKey().replace('_', '-') + "=" + credential.getValue());
      }
    }
    return properties;
  }

  private static ConfigurableApplicationContext start(List<String> properties) {
    List<String> all = new ArrayList<>(properties);
    all.add("spring.main.banner-mode=off");
    all.add("logging.level.root=off");
    return new SpringApplicationBuilder(Shop.class)
        .web(WebApplicationType.NONE)
        .properties(all.toArray(String[]::new))
        .run();
  }
}
