package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.cryptocloud.v1.CryptoCloudV1;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.crystalpay.v3.CrystalPayV3;
import io.payspec.nordpay.v1.NordPayV1;
import io.payspec.runtime.meta.Operation;
import io.payspec.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Every endpoint version with what the command line tests send to it. */
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

  static List<Case> all() {
    return List.of(
        new Case(CryptoCloudV1.CREATE_INVOICE,
            List.of("cryptocloud", "v1", "create-invoice"),
            List.of("--shop-id", "shop-1", "--amount", "100", "--currency", "EUR", "--order-id", "o-1"),
            List.of("--amount", "-1", "--email", "nope"),
            List.of("shop_id (--shop-id)", "amount (--amount)", "email (--email)"),
            apiKey("cryptocloud"),
            List.of("--api-key", Sandbox.REFUSED_CREDENTIAL),
            "Unauthenticated.",
            json -> {
              assertEquals("success", json.get("status").asText());
              assertEquals("EUR", json.get("currency").asText());
              assertEquals("https://pay.cryptocloud.plus/" + json.get("invoice_id").asText(), json.get("pay_url").asText());
            }),
        new Case(CryptoCloudV2.CREATE_INVOICE,
            List.of("cryptocloud", "v2", "create-invoice"),
            List.of("--shop-id", "shop-1", "--amount", "10.50", "--currency", "EUR",
                "--add-fields.time-to-pay.hours", "2", "--add-fields.cryptocurrency", "USDT_TRC20"),
            List.of("--shop-id", "s", "--amount", "-5", "--email", "bad", "--add-fields.period", "week",
                "--add-fields.time-to-pay.minutes", "75"),
            List.of("amount (--amount)", "email (--email)", "add_fields.time_to_pay.minutes (--add-fields.time-to-pay.minutes)",
                "add_fields.period (--add-fields.period)"),
            apiKey("cryptocloud"),
            List.of("--api-key", Sandbox.REFUSED_CREDENTIAL),
            "Unauthorized request.",
            json -> {
              assertTrue(json.get("uuid").asText().matches("INV-[A-Z0-9]{8}"), json.toString());
              assertEquals("10.50", json.get("amount_in_fiat").toString(), "the amount stays exact");
              assertEquals("EUR", json.get("fiat_currency").asText());
              assertEquals("created", json.get("status").asText());
              assertEquals("USDT", json.at("/currency/code").asText());
            }),
        new Case(NordPayV1.CREATE_INVOICE,
            List.of("nordpay", "v1", "create-invoice"),
            List.of("--allowed-currencies", "BTC,ETH", "--amount", "0.015 BNB", "--expires-time", "45", "--label", "Order 7"),
            List.of("--currency", "BTC", "--allowed-currencies", "BTC,ETH", "--amount", "200 USD", "--expires-time", "30",
                "--label", "x"),
            List.of("currency|allowed_currencies (--currency, --allowed-currencies)"),
            apiKey("nordpay"),
            List.of("--api-key", Sandbox.REFUSED_CREDENTIAL),
            "Invalid API key",
            json -> {
              assertEquals("Order 7", json.get("label").asText());
              assertEquals(0, new BigDecimal("0.015").compareTo(json.get("amount").decimalValue()));
              assertEquals(false, json.get("is_paid").booleanValue());
              assertTrue(json.get("url").asText().endsWith(json.get("uuid").asText()));
            }),
        new Case(CrystalPayV3.CREATE_INVOICE,
            List.of("crystalpay", "v3", "create-invoice"),
            List.of("--amount", "100", "--currency", "USD", "--type", "topup", "--lifetime", "60"),
            List.of("--amount", "0", "--lifetime", "5000", "--redirect-url", "nope"),
            List.of("amount (--amount)", "type (--type)", "lifetime (--lifetime)", "redirect_url (--redirect-url)"),
            sandbox -> {
              Map<String, String> credentials = sandbox.credentials("crystalpay");
              return List.of("--auth-login", credentials.get("auth_login"), "--auth-secret", credentials.get("auth_secret"));
            },
            List.of("--auth-login", "sandbox-login", "--auth-secret", Sandbox.REFUSED_CREDENTIAL),
            "Invalid auth credentials",
            json -> {
              assertTrue(json.get("id").asText().matches("\\d{9}_[a-z]{10}"), json.toString());
              assertEquals("https://pay.crystalpay.io/?i=" + json.get("id").asText(), json.get("url").asText());
              assertEquals(0, new BigDecimal("8146").compareTo(json.get("rub_amount").decimalValue()));
              assertEquals("topup", json.get("type").asText());
            }));
  }
}
