package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.payspec.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Credentials never appear in anything the command line prints, whatever happens; on the made-up
 * providers Acme (a header key) and Bodyco (login and secret in the body).
 */
class SecretsTest {
  private static final String API_KEY = "SECRET-KEY-7f3a9c";
  private static final String AUTH_SECRET = "SECRET-PASS-41be02";
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder()
        .credential("acme", "api_key", API_KEY)
        .credential("bodyco", "secret", AUTH_SECRET)
        .start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static void assertNoSecret(Cli.Result result) {
    assertFalse(result.both().contains(API_KEY), result.both());
    assertFalse(result.both().contains(AUTH_SECRET), result.both());
  }

  @Test
  void notOnSuccessInEitherFormat() {
    for (String format : List.of("--json", "--timeout=5")) {
      Cli.Result result = Cli.run("acme", "create-invoice", "--base-url", sandbox.baseUrl(), "--api-key", API_KEY,
          "--shop-id", "s", "--amount", "1", format);
      assertEquals(0, result.exitCode(), result.both());
      assertNoSecret(result);
    }
    Cli.Result body = Cli.run(Map.of("BODYCO_SECRET", AUTH_SECRET, "BODYCO_LOGIN", "sandbox-login"),
        "bodyco", "create-invoice", "--base-url", sandbox.baseUrl(), "--amount", "1", "--type", "topup",
        "--lifetime", "5", "--json");
    assertEquals(0, body.exitCode(), body.both());
    assertNoSecret(body);
  }

  @Test
  void notWhenTheProviderRefusesThem() {
    // The sandbox accepts any well-formed credential and refuses its one documented bad credential.
    String refused = Sandbox.REFUSED_CREDENTIAL;
    Cli.Result result = Cli.run("acme", "v1", "create-invoice", "--base-url", sandbox.baseUrl(), "--api-key", refused,
        "--currency", "BTC", "--amount", "1 USD", "--expires-time", "30", "--label", "x");
    Cli.Result body = Cli.run("bodyco", "create-invoice", "--base-url", sandbox.baseUrl(),
        "--login", "nobody", "--secret", refused, "--amount", "1", "--type", "topup", "--lifetime", "5");

    assertEquals(3, result.exitCode(), result.both());
    assertEquals(3, body.exitCode(), body.both());
    assertFalse(result.both().contains(refused), result.both());
    assertFalse(body.both().contains(refused), body.both());
  }

  @Test
  void notWhenUnreachableInvalidOrMistyped() {
    List<List<String>> runs = List.of(
        List.of("acme", "create-invoice", "--base-url", ClosedPort.baseUrl(), "--api-key", API_KEY,
            "--shop-id", "s", "--amount", "1"),
        List.of("acme", "create-invoice", "--api-key", API_KEY, "--amount", "-1"),
        List.of("acme", "create-invoice", "--api-kee=" + API_KEY, "--shop-id", "s", "--amount", "1"),
        List.of("--api-key=" + API_KEY),
        List.of("acme", "create-invoice", "--api-key", API_KEY, "--api-key", API_KEY),
        List.of("acme", "create-invoice", "--json=" + API_KEY),
        List.of("acme", "create-invoice", "--base-url", "http://example.com", "--api-key", API_KEY,
            "--shop-id", "s", "--amount", "1"),
        List.of("acme", "create-invoice", "--api-key", API_KEY, "--help"));
    for (List<String> args : runs) {
      Cli.Result result = Cli.run(Map.of("ACME_API_KEY", API_KEY), args);
      assertNoSecret(result);
    }
  }
}
