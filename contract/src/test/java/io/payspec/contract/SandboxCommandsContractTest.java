package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.payspec.cli.Main;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.CreateInvoiceRequest;
import io.payspec.nordpay.v1.Postback;
import io.payspec.nordpay.v1.PostbackStatus;
import io.payspec.nordpay.v1.PostbackType;
import io.payspec.nordpay.v1.PostbackVerifier;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.sandbox.Sandbox;
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
 * {@code payspec sandbox pay|expire|fail|deliver-held|clear-failures} on a real provider, against a
 * {@code payspec sandbox} started from the command line with {@code --notification-url} naming a handler
 * on loopback.
 */
class SandboxCommandsContractTest {
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

    Result part = Cli.run("sandbox", "pay", "--url", url, "nordpay", id, "--amount", "12.50");

    assertEquals(0, part.exitCode(), part.both());
    assertEquals("delivered NordPay v1 postback to http://127.0.0.1:" + handler.getAddress().getPort()
        + "/payments: HTTP 200 after 1 attempt" + System.lineSeparator(), part.out());
    Postback partly = next();
    assertEquals(Optional.of(PostbackStatus.PARTIALLY_PAID), partly.status());
    assertEquals(0, new BigDecimal("12.50").compareTo(partly.receivedAmount().orElseThrow()));

    assertEquals(0, Cli.run("sandbox", "pay", "--url", url + "/", "nordpay", id).exitCode());
    assertEquals(Optional.of(PostbackStatus.PAID), next().status());

    String other = invoice();
    Result expired = Cli.run("sandbox", "expire", "--url", url, "nordpay", other);
    assertEquals(0, expired.exitCode(), expired.both());
    assertEquals(PostbackType.INVOICE_EXPIRED, next().postbackType());
  }

  @Test
  void heldNotificationsWaitForDeliverHeld() throws Exception {
    String id = invoice();
    Result fail = Cli.run("sandbox", "fail", "--url", url, "notification_held");
    assertEquals(0, fail.exitCode(), fail.both());
    assertEquals("injected notification_held" + System.lineSeparator(), fail.out());

    Result held = Cli.run("sandbox", "pay", "--url", url, "nordpay", id);

    assertTrue(held.out().startsWith("held NordPay v1 postback to "), held.out());
    assertTrue(RECEIVED.isEmpty());
    Result released = Cli.run("sandbox", "deliver-held", "--url", url);
    assertEquals(0, released.exitCode(), released.both());
    assertTrue(released.out().startsWith("delivered NordPay v1 postback"), released.out());
    assertEquals(Optional.of(PostbackStatus.PAID), next().status());
    assertEquals("no notification was held" + System.lineSeparator(),
        Cli.run("sandbox", "deliver-held", "--url", url).out());
  }

  @Test
  void failuresOfCallsAreInjectedAndCleared() {
    assertEquals(0, Cli.run("sandbox", "fail", "--url", url, "server_error", "--status", "503", "--always").exitCode());
    Result failing = Cli.run("nordpay", "create-invoice", "--base-url", url, "--api-key", "k", "--currency", "BTC",
        "--amount", "5 USD", "--expires-time", "30", "--label", "x");
    assertEquals(3, failing.exitCode(), failing.both());
    assertTrue(failing.err().contains("503"), failing.err());

    Result cleared = Cli.run("sandbox", "clear-failures", "--url", url);

    assertEquals("cleared" + System.lineSeparator(), cleared.out());
    assertEquals(0, Cli.run("nordpay", "create-invoice", "--base-url", url, "--api-key", "k", "--currency", "BTC",
        "--amount", "5 USD", "--expires-time", "30", "--label", "x").exitCode());
  }

  /** The outcome of one command-line run. */
  private record Result(int exitCode, String out, String err) {
    String both() {
      return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private static final class Cli {
    static Result run(String... args) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code;
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        code = Main.run(args, o, e, Map.of());
      }
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  /** An output stream a test waits on until some text is written (monitor wait, no sleep). */
  private static final class AwaitableOutput extends java.io.OutputStream {
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
      notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
      notifyAll();
    }

    synchronized String await(String expected, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!bytes.toString(StandardCharsets.UTF_8).contains(expected)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("'" + expected + "' was not written within " + timeout);
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
