package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.madeup.acme.v1.AcmeV1;
import io.payspec.madeup.acme.v2.AcmeV2;
import io.payspec.madeup.bodyco.v1.BodycoV1;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The endpoints the command-line tests send to, on the made-up providers of payspec-test-providers
 * (Acme v1 and v2 with a header key, Bodyco with credentials in the body), with what they send: a
 * test of the command line is about what it derives from the metadata, never about a real provider.
 */
final class Endpoints {
  private Endpoints() {}

  /**
   * One endpoint version.
   *
   * @param command the words before the options
   * @param valid options of a valid request
   * @param invalid options of an invalid request
   * @param violatedFields the wire names the invalid request's violations name
   * @param credentials the sandbox's credentials as options
   * @param wrongCredentials credentials the sandbox refuses
   * @param refusal the provider's message for refused credentials
   * @param checkJson checks the {@code --json} output of the valid request
   */
  record Case(
      Operation<?, ?> operation,
      List<String> command,
      List<String> valid,
      List<String> invalid,
      List<String> violatedFields,
      Function<Sandbox, List<String>> credentials,
      List<String> wrongCredentials,
      String refusal,
      Consumer<JsonNode> checkJson) {
    List<String> args(List<String> options, List<String> more) {
      List<String> args = new ArrayList<>(command);
      args.addAll(options);
      args.addAll(more);
      return args;
    }

    @Override
    public String toString() {
      return String.join(" ", command);
    }
  }

  private static Function<Sandbox, List<String>> apiKey(String providerId) {
    return sandbox -> List.of("--api-key", sandbox.credentials(providerId).get("api_key"));
  }

  /** The made-up endpoints, each with valid and invalid options, credentials and checks of its answer. */
  static List<Case> all() {
    return List.of(
        new Case(AcmeV1.CREATE_INVOICE,
            List.of("acme", "v1", "create-invoice"),
            List.of("--allowed-currencies", "BTC,ETH", "--amount", "0.015 BNB", "--expires-time", "45", "--label", "Order 7"),
            List.of("--currency", "BTC", "--allowed-currencies", "BTC,ETH", "--amount", "200 USD", "--expires-time", "30",
                "--label", "x", "--success-url", "nope"),
            List.of("currency|allowed_currencies (--currency, --allowed-currencies)", "success_url (--success-url)"),
            apiKey("acme"),
            List.of("--api-key", Sandbox.REFUSED_CREDENTIAL),
            "Key not accepted.",
            json -> {
              assertEquals("Order 7", json.get("label").asText());
              assertEquals(false, json.get("is_paid").booleanValue());
              assertTrue(json.get("uuid").asText().matches("INV-[A-Z0-9]{8}"), json.toString());
              assertEquals("https://pay.acme.test/" + json.get("uuid").asText(), json.get("url").asText());
            }),
        new Case(AcmeV2.CREATE_INVOICE,
            List.of("acme", "v2", "create-invoice"),
            List.of("--shop-id", "shop-1", "--amount", "10.50", "--currency", "EUR",
                "--options.time-to-pay.hours", "2", "--options.coins", "USDT_TRC20"),
            List.of("--shop-id", "s", "--amount", "-5", "--email", "bad", "--options.time-to-pay.minutes", "75"),
            List.of("amount (--amount)", "email (--email)",
                "options.time_to_pay.minutes (--options.time-to-pay.minutes)"),
            apiKey("acme"),
            List.of("--api-key", Sandbox.REFUSED_CREDENTIAL),
            "Unauthorized request.",
            json -> {
              assertTrue(json.get("uuid").asText().matches("INV-[A-Z0-9]{8}"), json.toString());
              assertEquals("10.50", json.get("amount").toString(), "the amount stays exact");
              assertEquals("EUR", json.get("currency").asText());
              assertEquals("created", json.get("status").asText());
              assertEquals("USDT", json.at("/coin/code").asText());
              assertEquals("https://pay.acme.test/" + json.get("uuid").asText(), json.get("link").asText());
            }),
        new Case(BodycoV1.CREATE_INVOICE,
            List.of("bodyco", "v1", "create-invoice"),
            List.of("--amount", "100", "--type", "topup", "--lifetime", "60"),
            List.of("--amount", "0", "--lifetime", "5000", "--redirect-url", "nope"),
            List.of("amount (--amount)", "type (--type)", "lifetime (--lifetime)", "redirect_url (--redirect-url)"),
            sandbox -> {
              Map<String, String> credentials = sandbox.credentials("bodyco");
              return List.of("--login", credentials.get("login"), "--secret", credentials.get("secret"));
            },
            List.of("--login", "sandbox-login", "--secret", Sandbox.REFUSED_CREDENTIAL),
            "Login or secret not accepted",
            json -> {
              assertTrue(json.get("id").asText().matches("\\d{9}_[a-z]{10}"), json.toString());
              assertEquals("https://pay.bodyco.test/?i=" + json.get("id").asText(), json.get("url").asText());
              assertEquals(0, new BigDecimal("100").compareTo(json.get("amount").decimalValue()));
              assertEquals("topup", json.get("type").asText());
            }));
  }

  /** The words that name an operation: provider id, version, operation in kebab case. */
  static List<String> command(Operation<?, ?> operation) {
    return List.of(operation.provider().id(), operation.version(), Catalog.kebab(operation.name()));
  }

  /** Every installed operation, real and made up, named as on the command line; from the metadata only. */
  static List<Operation<?, ?>> installed() {
    return ProviderModule.installed().stream().flatMap(module -> module.operations().stream()).toList();
  }
}
