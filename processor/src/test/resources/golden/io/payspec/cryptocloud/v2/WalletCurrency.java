package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A currency of a balance or a static wallet (currency): code is the full code (USDT_TRC20), short_code the coin (USDT), obj_network its network.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "code", "short_code", "name", "is_email_required", "stablecoin", "icon_base", "icon_network", "icon_qr", "order", "obj_network", "enable"})
public final class WalletCurrency {
  @JsonProperty("id")
  private final Integer id;

  private final String idRaw;

  @JsonProperty("code")
  private final String code;

  @JsonProperty("short_code")
  private final String shortCode;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("is_email_required")
  private final Boolean isEmailRequired;

  @JsonProperty("stablecoin")
  private final Boolean stablecoin;

  @JsonProperty("icon_base")
  private final String iconBase;

  @JsonProperty("icon_network")
  private final String iconNetwork;

  @JsonProperty("icon_qr")
  private final String iconQr;

  @JsonProperty("order")
  private final Integer order;

  private final String orderRaw;

  @JsonProperty("obj_network")
  private final Network objNetwork;

  @JsonProperty("enable")
  private final Boolean enable;

  @JsonCreator
  WalletCurrency(@JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int.class) Object id,
      @JsonProperty("code") String code, @JsonProperty("short_code") String shortCode,
      @JsonProperty("name") String name, @JsonProperty("is_email_required") Boolean isEmailRequired,
      @JsonProperty("stablecoin") Boolean stablecoin, @JsonProperty("icon_base") String iconBase,
      @JsonProperty("icon_network") String iconNetwork, @JsonProperty("icon_qr") String iconQr,
      @JsonProperty("order") @JsonDeserialize(using = WireNumbers.Int.class) Object order,
      @JsonProperty("obj_network") Network objNetwork, @JsonProperty("enable") Boolean enable) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = WireNumbers.value(id, Integer.class);
    this.idRaw = WireNumbers.raw(id);
    this.code = code;
    this.shortCode = shortCode;
    this.name = name;
    this.isEmailRequired = isEmailRequired;
    this.stablecoin = stablecoin;
    this.iconBase = iconBase;
    this.iconNetwork = iconNetwork;
    this.iconQr = iconQr;
    this.order = WireNumbers.value(order, Integer.class);
    this.orderRaw = WireNumbers.raw(order);
    this.objNetwork = objNetwork;
    this.enable = enable;
  }

  /**
   * Currency identifier.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code idRaw()} has it)
   */
  public Integer id() {
    return id;
  }

  /**
   * The wire value of {@code id} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code id()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String idRaw() {
    return idRaw;
  }

  /**
   * Full currency code, e.g. USDT_TRC20.
   *
   * <p>Wire name {@code code}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String code() {
    return code;
  }

  /**
   * Currency code without its network, e.g. USDT.
   *
   * <p>Wire name {@code short_code}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String shortCode() {
    return shortCode;
  }

  /**
   * Currency name, e.g. Tether.
   *
   * <p>Wire name {@code name}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String name() {
    return name;
  }

  /**
   * Whether the payer's email is required for this currency.
   *
   * <p>Wire name {@code is_email_required}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean isEmailRequired() {
    return isEmailRequired;
  }

  /**
   * Whether the currency is a stablecoin.
   *
   * <p>Wire name {@code stablecoin}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean stablecoin() {
    return stablecoin;
  }

  /**
   * Currency icon URL.
   *
   * <p>Wire name {@code icon_base}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String iconBase() {
    return iconBase;
  }

  /**
   * Icon URL of the currency on its network; may be the string "None".
   *
   * <p>Wire name {@code icon_network}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String iconNetwork() {
    return iconNetwork;
  }

  /**
   * Icon URL for the QR code.
   *
   * <p>Wire name {@code icon_qr}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String iconQr() {
    return iconQr;
  }

  /**
   * Display order of the currency.
   *
   * <p>Wire name {@code order}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code orderRaw()} has it)
   */
  public Integer order() {
    return order;
  }

  /**
   * The wire value of {@code order} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code order()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String orderRaw() {
    return orderRaw;
  }

  /**
   * The currency's network.
   *
   * <p>Wire name {@code obj_network}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Network objNetwork() {
    return objNetwork;
  }

  /**
   * Whether the currency is enabled.
   *
   * <p>Wire name {@code enable}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean enable() {
    return enable;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WalletCurrency that
        && Objects.equals(id, that.id)
        && Objects.equals(code, that.code)
        && Objects.equals(shortCode, that.shortCode)
        && Objects.equals(name, that.name)
        && Objects.equals(isEmailRequired, that.isEmailRequired)
        && Objects.equals(stablecoin, that.stablecoin)
        && Objects.equals(iconBase, that.iconBase)
        && Objects.equals(iconNetwork, that.iconNetwork)
        && Objects.equals(iconQr, that.iconQr)
        && Objects.equals(order, that.order)
        && Objects.equals(objNetwork, that.objNetwork)
        && Objects.equals(enable, that.enable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, code, shortCode, name, isEmailRequired, stablecoin, iconBase, iconNetwork, iconQr, order, objNetwork, enable);
  }

  @Override
  public String toString() {
    return "WalletCurrency{"
        + "id=" + id
        + ", code=" + code
        + ", short_code=" + shortCode
        + ", name=" + name
        + ", is_email_required=" + isEmailRequired
        + ", stablecoin=" + stablecoin
        + ", icon_base=" + iconBase
        + ", icon_network=" + iconNetwork
        + ", icon_qr=" + iconQr
        + ", order=" + order
        + ", obj_network=" + objNetwork
        + ", enable=" + enable
        + "}";
  }
}
