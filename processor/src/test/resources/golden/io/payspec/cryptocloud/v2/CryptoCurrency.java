package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.payspec.runtime.WireEnumIndex;
import io.payspec.runtime.WireEnumValue;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Payment currencies (cryptocurrency and network) of API v2.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the client does not know: it keeps
 * responses readable when the provider adds values, and a request holding it is rejected before sending.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public enum CryptoCurrency implements WireEnumValue {
  /**
   * Wire value {@code BTC}.
   */
  BTC("BTC"),

  /**
   * Wire value {@code LTC}.
   */
  LTC("LTC"),

  /**
   * Wire value {@code TRX}.
   */
  TRX("TRX"),

  /**
   * Wire value {@code SOL}.
   */
  SOL("SOL"),

  /**
   * Wire value {@code TON}.
   */
  TON("TON"),

  /**
   * Wire value {@code BNB}.
   */
  BNB("BNB"),

  /**
   * Wire value {@code ETH}.
   */
  ETH("ETH"),

  /**
   * Wire value {@code ETH_ARB}.
   */
  ETH_ARB("ETH_ARB"),

  /**
   * Wire value {@code ETH_BASE}.
   */
  ETH_BASE("ETH_BASE"),

  /**
   * Wire value {@code ETH_OPT}.
   */
  ETH_OPT("ETH_OPT"),

  /**
   * Wire value {@code USDT_ARB}.
   */
  USDT_ARB("USDT_ARB"),

  /**
   * Wire value {@code USDT_BSC}.
   */
  USDT_BSC("USDT_BSC"),

  /**
   * Wire value {@code USDT_ERC20}.
   */
  USDT_ERC20("USDT_ERC20"),

  /**
   * Wire value {@code USDT_OPT}.
   */
  USDT_OPT("USDT_OPT"),

  /**
   * Wire value {@code USDT_SOL}.
   */
  USDT_SOL("USDT_SOL"),

  /**
   * Wire value {@code USDT_TON}.
   */
  USDT_TON("USDT_TON"),

  /**
   * Wire value {@code USDT_TRC20}.
   */
  USDT_TRC20("USDT_TRC20"),

  /**
   * Wire value {@code USDC_ARB}.
   */
  USDC_ARB("USDC_ARB"),

  /**
   * Wire value {@code USDC_BASE}.
   */
  USDC_BASE("USDC_BASE"),

  /**
   * Wire value {@code USDC_BSC}.
   */
  USDC_BSC("USDC_BSC"),

  /**
   * Wire value {@code USDC_ERC20}.
   */
  USDC_ERC20("USDC_ERC20"),

  /**
   * Wire value {@code USDC_OPT}.
   */
  USDC_OPT("USDC_OPT"),

  /**
   * Wire value {@code USDC_SOL}.
   */
  USDC_SOL("USDC_SOL"),

  /**
   * Wire value {@code DAI_ARB}.
   */
  DAI_ARB("DAI_ARB"),

  /**
   * Wire value {@code DAI_BASE}.
   */
  DAI_BASE("DAI_BASE"),

  /**
   * Wire value {@code DAI_BSC}.
   */
  DAI_BSC("DAI_BSC"),

  /**
   * Wire value {@code DAI_ERC20}.
   */
  DAI_ERC20("DAI_ERC20"),

  /**
   * Wire value {@code DAI_OPT}.
   */
  DAI_OPT("DAI_OPT"),

  /**
   * Wire value {@code USDD_TRC20}.
   */
  USDD_TRC20("USDD_TRC20"),

  /**
   * Wire value {@code PYUSD_ERC20}.
   */
  PYUSD_ERC20("PYUSD_ERC20"),

  /**
   * Wire value {@code PYUSD_SOL}.
   */
  PYUSD_SOL("PYUSD_SOL"),

  /**
   * Wire value {@code XAUT_ERC20}.
   */
  XAUT_ERC20("XAUT_ERC20"),

  /**
   * Wire value {@code XAUT_TON}.
   */
  XAUT_TON("XAUT_TON"),

  /**
   * Wire value {@code ARB_ARB}.
   */
  ARB_ARB("ARB_ARB"),

  /**
   * Wire value {@code OP_OPT}.
   */
  OP_OPT("OP_OPT"),

  /**
   * Wire value {@code PEPE_BSC}.
   */
  PEPE_BSC("PEPE_BSC"),

  /**
   * Wire value {@code PEPE_ERC20}.
   */
  PEPE_ERC20("PEPE_ERC20"),

  /**
   * Wire value {@code SHIB_BSC}.
   */
  SHIB_BSC("SHIB_BSC"),

  /**
   * Wire value {@code SHIB_ERC20}.
   */
  SHIB_ERC20("SHIB_ERC20"),

  /**
   * Wire value {@code TRUMP_SOL}.
   */
  TRUMP_SOL("TRUMP_SOL"),

  /**
   * A value the descriptor does not document; never sent.
   */
  UNKNOWN(null);

  private static final WireEnumIndex<CryptoCurrency> INDEX = WireEnumIndex.of(values(), UNKNOWN);

  private final String wireValue;

  CryptoCurrency(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  @Override
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /**
   * The constant for a wire value: {@link #UNKNOWN} for an undocumented one, {@code null} for {@code null}.
   *
   * @param wireValue the value as received, or {@code null}
   * @return its constant
   */
  @JsonCreator
  public static CryptoCurrency fromWire(String wireValue) {
    return INDEX.fromWire(wireValue);
  }

  /**
   * Every documented wire value, in documented order.
   *
   * @return the values, unmodifiable
   */
  public static List<String> knownWireValues() {
    return INDEX.knownWireValues();
  }
}
