package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandTest {
  @Test
  void listsEveryOperationWithItsDocumentedUrl() {
    Cli.Result result = Cli.run("list");

    assertEquals(0, result.exitCode(), result.both());
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.get(0).matches("PROVIDER +VERSION +OPERATION +METHOD +URL +DESCRIPTION"), lines.get(0));
    assertTrue(lines.get(1).matches("cryptocloud +v1 +create-invoice +POST +https://api\\.cryptocloud\\.plus/v1/invoice/create +.+"),
        lines.get(1));
    assertTrue(lines.get(2).matches("cryptocloud +v1 +get-invoice +GET +https://api\\.cryptocloud\\.plus/v1/invoice/info +.+"),
        lines.get(2));
    assertTrue(lines.get(3).matches("cryptocloud +v2 +create-invoice +POST +https://api\\.cryptocloud\\.plus/v2/invoice/create +.+"),
        lines.get(3));
    assertTrue(lines.get(4).matches("crystalpay +v3 +create-invoice +POST +https://api\\.crystalpay\\.io/v3/invoice/create/ +.+"),
        lines.get(4));
    assertTrue(lines.get(5).matches("nordpay +v1 +create-invoice +POST +https://api\\.nord-pay\\.com/invoice/create +.+"),
        lines.get(5));
    assertTrue(result.out().contains("--auth-login / CRYSTALPAY_AUTH_LOGIN, --auth-secret / CRYSTALPAY_AUTH_SECRET"),
        result.out());
    assertTrue(result.out().contains("header Authorization: Token <key>"), result.out());
  }
}
