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
 * A currency network (result.currency.network of an invoice, obj_network of a balance or static wallet currency).
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"code", "id", "icon", "fullname"})
public final class Network {
  @JsonProperty("code")
  private final String code;

  @JsonProperty("id")
  private final Integer id;

  private final String idRaw;

  @JsonProperty("icon")
  private final String icon;

  @JsonProperty("fullname")
  private final String fullname;

  @JsonCreator
  Network(@JsonProperty("code") String code,
      @JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int.class) Object id,
      @JsonProperty("icon") String icon, @JsonProperty("fullname") String fullname) {
    // Jackson creates the object with this, from the values on the wire.
    this.code = code;
    this.id = WireNumbers.value(id, Integer.class);
    this.idRaw = WireNumbers.raw(id);
    this.icon = icon;
    this.fullname = fullname;
  }

  /**
   * Network code, e.g. ERC20.
   *
   * <p>Wire name {@code code}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String code() {
    return code;
  }

  /**
   * Network identifier.
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
   * Network icon URL.
   *
   * <p>Wire name {@code icon}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String icon() {
    return icon;
  }

  /**
   * Network name, e.g. Ethereum.
   *
   * <p>Wire name {@code fullname}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String fullname() {
    return fullname;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Network that
        && Objects.equals(code, that.code)
        && Objects.equals(id, that.id)
        && Objects.equals(icon, that.icon)
        && Objects.equals(fullname, that.fullname);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, id, icon, fullname);
  }

  @Override
  public String toString() {
    return "Network{"
        + "code=" + code
        + ", id=" + id
        + ", icon=" + icon
        + ", fullname=" + fullname
        + "}";
  }
}
