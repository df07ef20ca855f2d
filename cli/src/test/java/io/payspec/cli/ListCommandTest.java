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
    List<String> v2 = List.of(
        "cancel-invoice +POST +https://api\\.cryptocloud\\.plus/v2/invoice/merchant/canceled",
        "create-invoice +POST +https://api\\.cryptocloud\\.plus/v2/invoice/create",
        "create-static-wallet +POST +https://api\\.cryptocloud\\.plus/v2/invoice/static/create",
        "create-withdrawal +POST +https://api\\.cryptocloud\\.plus/v2/invoice/api/out/create",
        "get-balance +POST +https://api\\.cryptocloud\\.plus/v2/merchant/wallet/balance/all",
        "get-invoices +POST +https://api\\.cryptocloud\\.plus/v2/invoice/merchant/info",
        "get-statistics +POST +https://api\\.cryptocloud\\.plus/v2/invoice/merchant/statistics",
        "list-invoices +POST +https://api\\.cryptocloud\\.plus/v2/invoice/merchant/list");
    for (int i = 0; i < v2.size(); i++) {
      assertTrue(lines.get(3 + i).matches("cryptocloud +v2 +" + v2.get(i) + " +.+"), lines.get(3 + i));
    }
    assertTrue(lines.get(11).matches("crystalpay +v3 +create-invoice +POST +https://api\\.crystalpay\\.io/v3/invoice/create/ +.+"),
        lines.get(11));
    assertTrue(lines.get(12).matches("nordpay +v1 +create-invoice +POST +https://api\\.nord-pay\\.com/invoice/create +.+"),
        lines.get(12));
    assertTrue(result.out().contains("--auth-login / CRYSTALPAY_AUTH_LOGIN, --auth-secret / CRYSTALPAY_AUTH_SECRET"),
        result.out());
    assertTrue(result.out().contains("header Authorization: Token <key>"), result.out());
  }
}
