package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code payspec sandbox} commands that drive a running sandbox, on what needs no provider: their
 * derived help, failures injected and cleared, releasing held notifications, and every mistake as one
 * line with its exit code. Paying real providers' invoices through them is in the contract tests.
 */
class SandboxControlCommandsTest {
  private Sandbox sandbox;
  private String url;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().modules(List.of()).start();
    url = sandbox.baseUrl();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void failuresAreInjectedAndClearedAndHeldNotificationsReleased() {
    Cli.Result fail = Cli.run("sandbox", "fail", "--url", url, "notification_late", "--age", "900", "--times", "2");
    assertEquals(0, fail.exitCode(), fail.both());
    assertEquals("injected notification_late" + System.lineSeparator(), fail.out());

    Cli.Result always = Cli.run("sandbox", "fail", "--url", url + "/", "rate_limited", "--retry-after", "7", "--always");
    assertEquals("injected rate_limited until cleared" + System.lineSeparator(), always.out());

    Cli.Result cleared = Cli.run("sandbox", "clear-failures", "--url", url);
    assertEquals(0, cleared.exitCode(), cleared.both());
    assertEquals("cleared" + System.lineSeparator(), cleared.out());

    Cli.Result released = Cli.run("sandbox", "deliver-held", "--url", url);
    assertEquals(0, released.exitCode(), released.both());
    assertEquals("no notification was held" + System.lineSeparator(), released.out());
  }

  @Test
  void mistakesAreOneLineWithTheirExitCode() {
    Cli.Result unknown = Cli.run("sandbox", "pay", "--url", url, "nope", "42");
    assertEquals(2, unknown.exitCode(), unknown.both());
    assertEquals("payspec: the sandbox refused: no provider 'nope' in this sandbox" + System.lineSeparator(),
        unknown.err());

    Cli.Result missing = Cli.run("sandbox", "pay", "--url", url, "nope");
    assertEquals(2, missing.exitCode(), missing.both());
    assertEquals("payspec: missing INVOICE-ID; see --help" + System.lineSeparator(), missing.err());

    Cli.Result noUrl = Cli.run("sandbox", "expire", "nope", "1");
    assertEquals(2, noUrl.exitCode(), noUrl.both());
    assertEquals("payspec: missing required option --url; see --help" + System.lineSeparator(), noUrl.err());

    Cli.Result amount = Cli.run("sandbox", "pay", "--url", url, "nope", "1", "--amount", "lots");
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
    assertEquals("payspec: --url: must be http://host:port, the base URL payspec sandbox printed"
        + System.lineSeparator(), ftp.err());

    Cli.Result notificationUrl = Cli.run("sandbox", "--notification-url", "ftp://shop.test/hook");
    assertEquals(2, notificationUrl.exitCode(), notificationUrl.both());
    assertEquals("payspec: --notification-url: must be an http:// or https:// URL" + System.lineSeparator(),
        notificationUrl.err());
  }

  @Test
  void helpIsDerivedFromTheCommands() {
    Cli.Result sandboxHelp = Cli.run("sandbox", "--help");
    for (String command : List.of("pay", "expire", "complete-payoff", "deliver-held", "fail", "clear-failures")) {
      assertTrue(sandboxHelp.out().contains(System.lineSeparator() + "  " + command + System.lineSeparator()),
          sandboxHelp.out());
    }
    assertTrue(sandboxHelp.out().contains("--notification-url URL"), sandboxHelp.out());

    Cli.Result pay = Cli.run("sandbox", "pay", "--help");
    assertEquals(0, pay.exitCode(), pay.both());
    assertTrue(pay.out().contains("--url=URL") && pay.out().contains("PROVIDER") && pay.out().contains("INVOICE-ID")
        && pay.out().contains("--amount=DECIMAL"), pay.out());
    assertFalse(pay.out().contains("Exception"), pay.out());
  }
}
