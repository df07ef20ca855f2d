package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code payspec sandbox}: serves every installed provider (the made-up Acme and Bodyco among them) until stopped. */
class SandboxCommandTest {
  @Test
  void servesUntilInterruptedPrintingItsUrlAndCredentials() throws Exception {
    AwaitableOutput out = new AwaitableOutput();
    AwaitableOutput err = new AwaitableOutput();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exitCode.set(Main.run(new String[] {"sandbox", "--port", "0"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of())));
    serving.start();
    String printed = out.await("Try: ", Duration.ofSeconds(20));

    Matcher url = Pattern.compile("serving on (http://127\\.0\\.0\\.1:(\\d+))").matcher(printed);
    assertTrue(url.find(), printed);
    assertTrue(printed.contains("sandbox-acme-key"), printed);
    assertTrue(printed.contains("sandbox-login") && printed.contains("sandbox-secret"), printed);
    assertTrue(printed.contains(url.group(1) + "/bodyco/v1/invoice/create/"), printed);
    assertTrue(printed.contains(url.group(1) + "/_payspec/failures") && printed.contains("sandbox-refused-credential"), printed);

    Cli.Result call = Cli.run("acme", "v1", "create-invoice", "--base-url", url.group(1), "--api-key",
        "sandbox-acme-key", "--currency", "BTC", "--amount", "5 USD", "--expires-time", "30", "--label", "x");
    assertEquals(0, call.exitCode(), call.both());

    serving.interrupt();
    serving.join(Duration.ofSeconds(20).toMillis());
    assertFalse(serving.isAlive());
    assertEquals(0, exitCode.get());
    assertTrue(out.text().endsWith("payspec sandbox: stopped" + System.lineSeparator()), out.text());
    int port = Integer.parseInt(url.group(2));
    try (Socket probe = new Socket()) {
      assertThrows(ConnectException.class, () -> probe.connect(new InetSocketAddress("127.0.0.1", port), 2000));
    }
  }

  @Test
  void refusesABadPort() {
    Cli.Result result = Cli.run("sandbox", "--port", "70000");

    assertEquals(2, result.exitCode());
    assertEquals("payspec: --port: '70000' is not a port between 0 and 65535" + System.lineSeparator(), result.err());
  }

  @Test
  void failsWhenThePortIsTaken() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Cli.Result result = Cli.run("sandbox", "--port", String.valueOf(taken.getLocalPort()));

      assertEquals(1, result.exitCode(), result.both());
      assertTrue(result.err().startsWith("payspec: the sandbox cannot listen on 127.0.0.1:"), result.err());
    }
  }
}
