package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.CreateInvoiceRequest;
import io.payspec.nordpay.v1.Postback;
import io.payspec.nordpay.v1.PostbackStatus;
import io.payspec.nordpay.v1.PostbackType;
import io.payspec.nordpay.v1.PostbackVerifier;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code payspec sandbox pay|expire|fail|deliver-held|clear-failures} against a {@code payspec sandbox}
 * started from the command line with {@code --notification-url} naming a handler on loopback.
 */
class SandboxControlCommandsTest {
  private static final BlockingQueue<byte[]> RECEIVED = new ArrayBlockingQueue<>(10);
  private static HttpServer handler;
  private static Thread serving;
  private static String url;
  private static String secret;

  @BeforeAll
  static void startSandbox() throws Exception {
    // The sandbox's notification secrets are the same in every sandbox; the Java API names them.
    try (Sandbox sandbox = Sandbox.start()) {
      secret = sandbox.notificationSecret("nordpay", "postback_secret");
    }
    handler = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    handler.createContext("/payments", exchange -> {
      RECEIVED.add(exchange.getRequestBody().readAllBytes());
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    handler.start();
    AwaitableOutput out = new AwaitableOutput();
    serving = new Thread(() -> Main.run(new String[] {"sandbox", "--notification-url",
        "http://127.0.0.1:" + handler.getAddress().getPort() + "/payments"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new AwaitableOutput(), true,
            StandardCharsets.UTF_8), Map.of()));
    serving.start();
    String printed = out.await("Try: ", Duration.ofSeconds(20));
    Matcher found = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)").matcher(printed);
    assertTrue(found.find(), printed);
    url = found.group(1);
    assertTrue(printed.contains("payspec sandbox pay --url " + url + " <provider> <invoice-id>"), printed);
    assertTrue(printed.contains("curl -X POST " + url + "/_payspec/payments"), printed);
  }

  @AfterEach
  void clearFailures() {
    Cli.run("sandbox", "clear-failures", "--url", url);
  }

  @AfterAll
  static void stopSandbox() throws InterruptedException {
    serving.interrupt();
    serving.join(Duration.ofSeconds(20).toMillis());
    handler.stop(0);
  }

  private static String invoice() {
    return Long.toString(NordPayClient.builder().apiKey("any-well-formed-key").baseUrl(url).build().v1()
        .createInvoice(CreateInvoiceRequest.builder().currency("USDTTRC20").amount(CurrencyAmount.of("200", "USD"))
            .expiresTime(30).label("Order #3").build()).id());
  }

  private static Postback next() throws InterruptedException {
    byte[] body = RECEIVED.poll(10, TimeUnit.SECONDS);
    assertNotNull(body, "the handler received a notification");
    return PostbackVerifier.builder().postbackSecret(secret).build().verify(body, "application/json");
  }

  @Test
  void paysInPartThenTheRestAndExpires() throws Exception {
    String id = invoice();

    Cli.Result part = Cli.run("sandbox", "pay", "--url", url, "nordpay", id, "--amount", "12.50");

    assertEquals(0, part.exitCode(), part.both());
    assertEquals("delivered NordPay v1 postback to http://127.0.0.1:" + handler.getAddress().getPort()
        + "/payments: HTTP 200 after 1 attempt" + System.lineSeparator(), part.out());
    Postback partly = next();
    assertEquals(Optional.of(PostbackStatus.PARTIALLY_PAID), partly.status());
    assertEquals(0, new BigDecimal("12.50").compareTo(partly.receivedAmount().orElseThrow()));

    assertEquals(0, Cli.run("sandbox", "pay", "--url", url + "/", "nordpay", id).exitCode());
    assertEquals(Optional.of(PostbackStatus.PAID), next().status());

    String other = invoice();
    Cli.Result expired = Cli.run("sandbox", "expire", "--url", url, "nordpay", other);
    assertEquals(0, expired.exitCode(), expired.both());
    assertEquals(PostbackType.INVOICE_EXPIRED, next().postbackType());
  }

  @Test
  void heldNotificationsWaitForDeliverHeld() throws Exception {
    String id = invoice();
    Cli.Result fail = Cli.run("sandbox", "fail", "--url", url, "notification_held");
    assertEquals(0, fail.exitCode(), fail.both());
    assertEquals("injected notification_held" + System.lineSeparator(), fail.out());

    Cli.Result held = Cli.run("sandbox", "pay", "--url", url, "nordpay", id);

    assertTrue(held.out().startsWith("held NordPay v1 postback to "), held.out());
    assertTrue(RECEIVED.isEmpty());
    Cli.Result released = Cli.run("sandbox", "deliver-held", "--url", url);
    assertEquals(0, released.exitCode(), released.both());
    assertTrue(released.out().startsWith("delivered NordPay v1 postback"), released.out());
    assertEquals(Optional.of(PostbackStatus.PAID), next().status());
    assertEquals("no notification was held" + System.lineSeparator(),
        Cli.run("sandbox", "deliver-held", "--url", url).out());
  }

  @Test
  void failuresOfCallsAreInjectedAndCleared() {
    assertEquals(0, Cli.run("sandbox", "fail", "--url", url, "server_error", "--status", "503", "--always").exitCode());
    Cli.Result failing = Cli.run("nordpay", "create-invoice", "--base-url", url, "--api-key", "k", "--currency", "BTC",
        "--amount", "5 USD", "--expires-time", "30", "--label", "x");
    assertEquals(3, failing.exitCode(), failing.both());
    assertTrue(failing.err().contains("503"), failing.err());

    Cli.Result cleared = Cli.run("sandbox", "clear-failures", "--url", url);

    assertEquals("cleared" + System.lineSeparator(), cleared.out());
    assertEquals(0, Cli.run("nordpay", "create-invoice", "--base-url", url, "--api-key", "k", "--currency", "BTC",
        "--amount", "5 USD", "--expires-time", "30", "--label", "x").exitCode());
  }

  @Test
  void mistakesAreOneLineWithTheirExitCode() {
    Cli.Result unknown = Cli.run("sandbox", "pay", "--url", url, "nordpay", "999999999");
    assertEquals(2, unknown.exitCode(), unknown.both());
    assertEquals("payspec: the sandbox refused: nordpay has no invoice '999999999' in this sandbox: create it first"
        + System.lineSeparator(), unknown.err());

    Cli.Result missing = Cli.run("sandbox", "pay", "--url", url, "nordpay");
    assertEquals(2, missing.exitCode(), missing.both());
    assertEquals("payspec: missing INVOICE-ID; see --help" + System.lineSeparator(), missing.err());

    Cli.Result noUrl = Cli.run("sandbox", "expire", "nordpay", "1");
    assertEquals(2, noUrl.exitCode(), noUrl.both());
    assertEquals("payspec: missing required option --url; see --help" + System.lineSeparator(), noUrl.err());

    Cli.Result amount = Cli.run("sandbox", "pay", "--url", url, "nordpay", "1", "--amount", "lots");
    assertEquals(2, amount.exitCode(), amount.both());
    assertEquals("payspec: --amount: not a decimal number; e.g. --amount 12.50" + System.lineSeparator(), amount.err());

    Cli.Result badKind = Cli.run("sandbox", "fail", "--url", url, "meteor");
    assertEquals(2, badKind.exitCode(), badKind.both());
    assertTrue(badKind.err().startsWith("payspec: the sandbox refused: kind must be one of timeout"), badKind.err());

    Cli.Result nobody = Cli.run("sandbox", "deliver-held", "--url", ClosedPort.baseUrl());
    assertEquals(4, nobody.exitCode(), nobody.both());
    assertTrue(nobody.err().startsWith("payspec: no sandbox answered at http://127.0.0.1:"), nobody.err());

    Cli.Result ftp = Cli.run("sandbox", "deliver-held", "--url", "ftp://127.0.0.1:1");
    assertEquals(2, ftp.exitCode(), ftp.both());
  }

  @Test
  void helpIsDerivedFromTheCommands() {
    Cli.Result sandbox = Cli.run("sandbox", "--help");
    for (String command : new String[] {"pay", "expire", "complete-payoff", "deliver-held", "fail", "clear-failures"}) {
      assertTrue(sandbox.out().contains(System.lineSeparator() + "  " + command + System.lineSeparator()), sandbox.out());
    }
    assertTrue(sandbox.out().contains("--notification-url URL"), sandbox.out());

    Cli.Result pay = Cli.run("sandbox", "pay", "--help");
    assertEquals(0, pay.exitCode(), pay.both());
    assertTrue(pay.out().contains("--url=URL") && pay.out().contains("PROVIDER") && pay.out().contains("INVOICE-ID")
        && pay.out().contains("--amount=DECIMAL"), pay.out());
    assertFalse(pay.out().contains("Exception"), pay.out());
  }
}
