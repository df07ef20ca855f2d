package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void createsAnInvoicePerEndpointVersionAndShowsRefusedRequests() {
    Cli.Result result = Cli.run("demo");

    assertEquals(0, result.exitCode(), result.both());
    assertEquals("", result.err());
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.contains("  PROVIDER     VERSION  INVOICE ID            AMOUNT      PAY LINK")
        || lines.stream().anyMatch(line -> line.matches("  PROVIDER +VERSION +INVOICE ID +AMOUNT +PAY LINK")), result.out());
    assertRow(lines, "CryptoCloud +v1 +[A-Z0-9]{8} +100 USD +https://pay\\.cryptocloud\\.plus/[A-Z0-9]{8}");
    assertRow(lines, "CryptoCloud +v2 +INV-[A-Z0-9]{8} +250\\.50 EUR +https://pay\\.cryptocloud\\.plus/[A-Z0-9]{8}");
    assertRow(lines, "NordPay +v1 +\\d+ +200 USD +https://nord-pay\\.com/invoice/[0-9a-f-]{36}");
    assertRow(lines, "CrystalPay +v3 +\\d{9}_[a-z]{10} +1500 RUB +https://pay\\.crystalpay\\.io/\\?i=\\d{9}_[a-z]{10}");
    assertTrue(result.out().contains("- amount: must be greater than 0, was -5"), result.out());
    assertTrue(result.out().contains("- email: must be an e-mail address"), result.out());
    assertTrue(result.out().contains("- add_fields.period: may only be set together with add_fields.email_to_send"),
        result.out());
    assertTrue(result.out().contains("- currency|allowed_currencies: exactly one of currency, allowed_currencies"),
        result.out());
    assertTrue(result.out().contains("The sandbox received 4 requests: 4 invoices, none of the refused ones."),
        result.out());
    assertTrue(result.out().endsWith("Sandbox stopped." + System.lineSeparator()), result.out());
  }

  @Test
  void refusesArguments() {
    Cli.Result result = Cli.run("demo", "--fast");

    assertEquals(2, result.exitCode());
    assertEquals("payspec: unknown option --fast; see --help" + System.lineSeparator(), result.err());
  }

  private static void assertRow(List<String> lines, String pattern) {
    assertTrue(lines.stream().anyMatch(line -> line.matches("  " + pattern)), pattern + " in\n" + String.join("\n", lines));
  }
}
