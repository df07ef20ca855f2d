package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the CryptoCloud sandbox says about a payment currency (its {@code result.currency} object and a
 * fixed sandbox price in USD). The prices are made up and never change: the sandbox takes no money.
 */
final class CryptoCloudCoins {
  /** The page's example currency, used when the request selects none. */
  static final String DEFAULT_CURRENCY = "ETH";

  private static final Set<String> STABLECOINS = Set.of("USDT", "USDC", "DAI", "USDD", "PYUSD");
  private static final Set<String> EVM_NETWORKS = Set.of("ERC20", "BSC", "ARB", "BASE", "OPT");
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("BTC", "Bitcoin"), Map.entry("ETH", "Ethereum"), Map.entry("LTC", "Litecoin"),
      Map.entry("TRX", "Tron"), Map.entry("SOL", "Solana"), Map.entry("TON", "Toncoin"),
      Map.entry("BNB", "BNB"), Map.entry("USDT", "Tether"), Map.entry("USDC", "USD Coin"),
      Map.entry("DAI", "Dai"), Map.entry("USDD", "USDD"), Map.entry("PYUSD", "PayPal USD"),
      Map.entry("XAUT", "Tether Gold"), Map.entry("ARB", "Arbitrum"), Map.entry("OP", "Optimism"),
      Map.entry("PEPE", "Pepe"), Map.entry("SHIB", "Shiba Inu"), Map.entry("TRUMP", "Official Trump"));
  private static final Map<String, String> USD_PRICES = Map.of(
      "BTC", "100000", "ETH", "2925", "LTC", "100", "TRX", "0.25", "SOL", "150",
      "TON", "5", "BNB", "600", "XAUT", "2500");
  /** The network of a currency listed without one ({@code ETH} is paid on ERC20). */
  private static final Map<String, String> HOME_NETWORKS = Map.of(
      "BTC", "BTC", "ETH", "ERC20", "LTC", "LTC", "TRX", "TRC20", "SOL", "SOL", "TON", "TON", "BNB", "BSC");
  private static final Map<String, String> NETWORK_NAMES = Map.ofEntries(
      Map.entry("BTC", "Bitcoin"), Map.entry("LTC", "Litecoin"), Map.entry("ERC20", "Ethereum"),
      Map.entry("TRC20", "Tron"), Map.entry("BSC", "BNB Smart Chain"), Map.entry("ARB", "Arbitrum"),
      Map.entry("BASE", "Base"), Map.entry("OPT", "Optimism"), Map.entry("SOL", "Solana"),
      Map.entry("TON", "TON"));
  private static final List<String> NETWORK_ORDER =
      List.of("BTC", "LTC", "ERC20", "TRC20", "BSC", "ARB", "BASE", "OPT", "SOL", "TON");

  private final String wireValue;
  private final String code;
  private final String network;

  /** A currency by its wire value: {@code ETH}, {@code USDT_TRC20}. */
  CryptoCloudCoins(String wireValue) {
    this.wireValue = wireValue;
    int underscore = wireValue.indexOf('_');
    this.code = underscore < 0 ? wireValue : wireValue.substring(0, underscore);
    this.network = underscore < 0
        ? HOME_NETWORKS.getOrDefault(wireValue, wireValue)
        : wireValue.substring(underscore + 1);
  }

  /** The fixed sandbox price of one coin in USD. */
  BigDecimal usdPrice() {
    return STABLECOINS.contains(code) ? BigDecimal.ONE : new BigDecimal(USD_PRICES.getOrDefault(code, "1"));
  }

  /** A made-up address of the currency's network. */
  String address(Fresh fresh) {
    return EVM_NETWORKS.contains(network) ? "0x" + fresh.hex(40) : code + fresh.upperAlphanumeric(30);
  }

  /** The {@code result.currency} object of the v2 page's example. */
  ObjectNode json(int id) {
    ObjectNode currency = JsonNodeFactory.instance.objectNode();
    currency.put("id", id);
    currency.put("code", code);
    currency.put("fullcode", wireValue);
    ObjectNode net = currency.putObject("network");
    net.put("code", network);
    net.put("id", NETWORK_ORDER.indexOf(network) + 1);
    net.put("icon", "https://cdn.cryptocloud.plus/img/network/" + network + ".svg");
    net.put("fullname", NETWORK_NAMES.getOrDefault(network, network));
    currency.put("name", NAMES.getOrDefault(code, code));
    currency.put("is_email_required", false);
    currency.put("stablecoin", STABLECOINS.contains(code));
    currency.put("icon_base", "https://cdn.cryptocloud.plus/img/currency/" + code + ".svg");
    currency.put("icon_network", "https://cdn.cryptocloud.plus/img/currency/" + wireValue + ".svg");
    currency.put("icon_qr", "https://cdn.cryptocloud.plus/img/stroke/" + code + "_STROKE.svg");
    currency.put("order", id);
    return currency;
  }
}
