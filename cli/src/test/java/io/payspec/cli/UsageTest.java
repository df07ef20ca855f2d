package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.sandbox.Sandbox;
import io.payspec.sandbox.SandboxExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad command lines, credentials from the environment, and timeouts; on the made-up providers Acme (v1:
 * an amount with its currency; v2: a shop id and an enum currency) and Bodyco (credentials in the body).
 */
@ExtendWith(SandboxExtension.class)
class UsageTest {
  private static final String NL = System.lineSeparator();

  @Test
  void refusesAnUnknownOption(Sandbox sandbox) {
    int before = sandbox.requests().total();
    Cli.Result result = Cli.run("acme", "v2", "create-invoice", "--x", "1", "--shop-id", "s");

    assertEquals(2, result.exitCode());
    assertEquals("payspec: unknown option --x; see --help" + NL, result.err());
    assertEquals(before, sandbox.requests().total());
  }

  @Test
  void refusesAnUnknownProviderVersionOrOperation() {
    assertTrue(Cli.run("stripe").err().startsWith("payspec: unknown command or provider 'stripe'"));
    assertEquals(2, Cli.run("acme", "v7", "create-invoice").exitCode());
    assertTrue(Cli.run("acme", "v2", "refund").err().contains("operations: create-invoice"));
    assertTrue(Cli.run("acme").err().contains("name an operation: payspec acme [v1|v2] create-invoice"));
  }

  @Test
  void refusesAnUndocumentedEnumValueWithTheAllowedOnes() {
    Cli.Result result = Cli.run("bodyco", "create-invoice", "--sandbox", "--amount", "1", "--type", "gift",
        "--lifetime", "5");

    assertEquals(2, result.exitCode());
    assertEquals("payspec: the Bodyco v1 createInvoice request is invalid (1 violation); nothing was sent:" + NL
        + "  type (--type): 'gift' is not one of purchase, topup" + NL, result.err());
  }

  @Test
  void reportsAValueThatDoesNotConvertTogetherWithEveryBrokenRule(Sandbox sandbox) {
    int before = sandbox.requests().total();
    Cli.Result result = Cli.run("acme", "v2", "create-invoice", "--base-url", sandbox.baseUrl(),
        "--api-key", "k", "--currency", "XXX", "--amount", "-5");

    assertEquals(2, result.exitCode(), result.both());
    List<String> lines = result.err().lines().toList();
    assertEquals("payspec: the Acme v2 createInvoice request is invalid (3 violations); nothing was sent:",
        lines.get(0));
    assertEquals("  shop_id (--shop-id): is required", lines.get(1));
    assertEquals("  amount (--amount): must be greater than 0, was -5", lines.get(2));
    assertTrue(lines.get(3).startsWith("  currency (--currency): 'XXX' is not one of USD, "), lines.get(3));
    assertEquals(4, lines.size(), result.err());
    assertEquals(before, sandbox.requests().total());
  }

  @Test
  void reportsEveryValueThatCannotBeConverted() {
    Cli.Result result = Cli.run("acme", "v1", "create-invoice", "--sandbox", "--amount", "200", "--expires-time", "soon",
        "--label", "x", "--currency", "BTC");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("(2 violations); nothing was sent"), result.err());
    assertTrue(result.err().contains("expires_time (--expires-time): 'soon' is not an integer"), result.err());
    assertTrue(result.err().contains("amount (--amount): '200' is not an amount with currency such as \"200 USD\""),
        result.err());
  }

  @Test
  void saysWhichCredentialIsMissing(Sandbox sandbox) {
    int before = sandbox.requests().total();
    Cli.Result header = Cli.run("acme", "v1", "create-invoice", "--base-url", sandbox.baseUrl(), "--currency", "BTC",
        "--amount", "1 USD", "--expires-time", "30", "--label", "x");
    Cli.Result body = Cli.run(Map.of("BODYCO_LOGIN", "sandbox-login"), "bodyco", "create-invoice",
        "--base-url", sandbox.baseUrl(), "--amount", "1", "--type", "topup", "--lifetime", "5");

    assertEquals(2, header.exitCode());
    assertEquals("payspec: missing Acme credential api_key (pass --api-key or set ACME_API_KEY)" + NL, header.err());
    assertEquals(2, body.exitCode());
    assertEquals("payspec: missing Bodyco credential secret (pass --secret or set BODYCO_SECRET)" + NL, body.err());
    assertEquals(before, sandbox.requests().total());
  }

  @Test
  void takesCredentialsFromTheEnvironment(Sandbox sandbox) {
    Cli.Result result = Cli.run(Map.of("ACME_API_KEY", sandbox.credentials("acme").get("api_key")),
        "acme", "v1", "create-invoice", "--base-url", sandbox.baseUrl(), "--currency", "BTC", "--amount", "1 USD",
        "--expires-time", "30", "--label", "x");

    assertEquals(0, result.exitCode(), result.both());
  }

  @Test
  void anOptionWinsOverTheEnvironment(Sandbox sandbox) {
    Cli.Result result = Cli.run(Map.of("ACME_API_KEY", sandbox.credentials("acme").get("api_key")),
        // The option carries the sandbox's refused credential: exit 3 shows that it, not the environment, was sent.
        "acme", "v1", "create-invoice", "--base-url", sandbox.baseUrl(), "--api-key", Sandbox.REFUSED_CREDENTIAL,
        "--currency", "BTC",
        "--amount", "1 USD", "--expires-time", "30", "--label", "x");

    assertEquals(3, result.exitCode(), result.both());
  }

  @Test
  void refusesContradictoryOrMalformedOptions() {
    assertEquals(2, Cli.run("acme", "create-invoice", "--sandbox", "--base-url", "http://127.0.0.1:1",
        "--shop-id", "s", "--amount", "1").exitCode());
    assertEquals(2, Cli.run("acme", "create-invoice", "--sandbox", "--timeout", "-3",
        "--shop-id", "s", "--amount", "1").exitCode());
    assertEquals(2, Cli.run("acme", "create-invoice", "--shop-id").exitCode());
    assertEquals(2, Cli.run("acme", "create-invoice", "--shop-id", "a", "--shop-id", "b").exitCode());
    Cli.Result plainHttp = Cli.run("acme", "create-invoice", "--base-url", "http://api.example.com",
        "--api-key", "k", "--shop-id", "s", "--amount", "1");
    assertEquals(2, plainHttp.exitCode(), plainHttp.both());
    assertTrue(plainHttp.err().contains("--base-url: base URL must use https"), plainHttp.err());
  }

  @Test
  void takesANegativeNumberAsAValue(Sandbox sandbox) {
    Cli.Result result = Cli.run("acme", "create-invoice", "--sandbox", "--shop-id", "s", "--amount", "-5");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("amount (--amount): must be greater than 0, was -5"), result.err());
  }

  @Test
  void reportsNoAnswerInTimeWithExit4() throws IOException {
    // Listens but never accepts: the connection is made, the answer never comes.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Cli.Result result = Cli.run("acme", "create-invoice", "--base-url", "http://127.0.0.1:" + silent.getLocalPort(),
          "--api-key", "k", "--timeout", "0.5", "--shop-id", "s", "--amount", "1");

      assertEquals(4, result.exitCode(), result.both());
      assertTrue(result.err().startsWith("payspec: Acme v2 createInvoice"), result.err());
    }
  }
}
