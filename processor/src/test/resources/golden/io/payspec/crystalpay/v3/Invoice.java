package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The created invoice (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "url", "rub_amount", "currency", "amount", "type", "subtract_from"})
public final class Invoice {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("url")
  private final String url;

  @JsonProperty("rub_amount")
  private final BigDecimal rubAmount;

  private final String rubAmountRaw;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("type")
  private final String typeRaw;

  private final InvoiceType type;

  @JsonProperty("subtract_from")
  private final String subtractFromRaw;

  private final SubtractFrom subtractFrom;

  @JsonCreator
  Invoice(@JsonProperty("id") String id, @JsonProperty("url") String url,
      @JsonProperty("rub_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object rubAmount,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("type") String type, @JsonProperty("subtract_from") String subtractFrom) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = id;
    this.url = url;
    this.rubAmount = WireNumbers.value(rubAmount, BigDecimal.class);
    this.rubAmountRaw = WireNumbers.raw(rubAmount);
    this.currency = currency;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.typeRaw = type;
    this.type = InvoiceType.fromWire(typeRaw);
    this.subtractFromRaw = subtractFrom;
    this.subtractFrom = SubtractFrom.fromWire(subtractFromRaw);
  }

  /**
   * Invoice ID.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String id() {
    return id;
  }

  /**
   * Invoice payment link.
   *
   * <p>Wire name {@code url}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String url() {
    return url;
  }

  /**
   * Invoice amount in roubles.
   *
   * <p>Wire name {@code rub_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code rubAmountRaw()} has it)
   */
  public BigDecimal rubAmount() {
    return rubAmount;
  }

  /**
   * The wire value of {@code rub_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code rubAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String rubAmountRaw() {
    return rubAmountRaw;
  }

  /**
   * Invoice currency.
   *
   * <p>Wire name {@code currency}.
   *
   * <p>Departs from the page: <em>page:</em> string; <em>chosen:</em> String; <em>because</em> Like the request's currency: no list of codes is documented.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Invoice amount in the currency of the currency field.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountRaw()} has it)
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The wire value of {@code amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountRaw() {
    return amountRaw;
  }

  /**
   * Invoice type.
   *
   * <p>Wire name {@code type}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public InvoiceType type() {
    return type;
  }

  /**
   * The wire value of {@code type} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String typeRaw() {
    return typeRaw;
  }

  /**
   * Where the fee is deducted from.
   *
   * <p>Wire name {@code subtract_from}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public SubtractFrom subtractFrom() {
    return subtractFrom;
  }

  /**
   * The wire value of {@code subtract_from} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String subtractFromRaw() {
    return subtractFromRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Invoice that
        && Objects.equals(id, that.id)
        && Objects.equals(url, that.url)
        && Objects.equals(rubAmount, that.rubAmount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amount, that.amount)
        && Objects.equals(typeRaw, that.typeRaw)
        && Objects.equals(subtractFromRaw, that.subtractFromRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, url, rubAmount, currency, amount, typeRaw, subtractFromRaw);
  }

  @Override
  public String toString() {
    return "Invoice{"
        + "id=" + id
        + ", url=" + url
        + ", rub_amount=" + rubAmount
        + ", currency=" + currency
        + ", amount=" + amount
        + ", type=" + typeRaw
        + ", subtract_from=" + subtractFromRaw
        + "}";
  }
}
