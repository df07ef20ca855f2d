package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Amounts of invoices in USD, by status (result.amount).
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"all", "created", "paid", "overpaid", "partial", "canceled"})
public final class StatusAmounts {
  @JsonProperty("all")
  private final BigDecimal all;

  @JsonProperty("created")
  private final BigDecimal created;

  @JsonProperty("paid")
  private final BigDecimal paid;

  @JsonProperty("overpaid")
  private final BigDecimal overpaid;

  @JsonProperty("partial")
  private final BigDecimal partial;

  @JsonProperty("canceled")
  private final BigDecimal canceled;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  StatusAmounts(@JsonProperty("all") BigDecimal all, @JsonProperty("created") BigDecimal created,
      @JsonProperty("paid") BigDecimal paid, @JsonProperty("overpaid") BigDecimal overpaid,
      @JsonProperty("partial") BigDecimal partial, @JsonProperty("canceled") BigDecimal canceled) {
    this.all = all;
    this.created = created;
    this.paid = paid;
    this.overpaid = overpaid;
    this.partial = partial;
    this.canceled = canceled;
  }

  /**
   * All invoices, in USD.
   *
   * <p>Wire name {@code all}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal all() {
    return all;
  }

  /**
   * Invoices with the "Created" status, in USD.
   *
   * <p>Wire name {@code created}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal created() {
    return created;
  }

  /**
   * Invoices with the "Paid" status, in USD.
   *
   * <p>Wire name {@code paid}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal paid() {
    return paid;
  }

  /**
   * Invoices with the "Overpaid" status, in USD.
   *
   * <p>Wire name {@code overpaid}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal overpaid() {
    return overpaid;
  }

  /**
   * Invoices with the "Partially paid" status, in USD.
   *
   * <p>Wire name {@code partial}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal partial() {
    return partial;
  }

  /**
   * Invoices with the "Canceled" status, in USD.
   *
   * <p>Wire name {@code canceled}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal canceled() {
    return canceled;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StatusAmounts that
        && Objects.equals(all, that.all)
        && Objects.equals(created, that.created)
        && Objects.equals(paid, that.paid)
        && Objects.equals(overpaid, that.overpaid)
        && Objects.equals(partial, that.partial)
        && Objects.equals(canceled, that.canceled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(all, created, paid, overpaid, partial, canceled);
  }

  @Override
  public String toString() {
    return "StatusAmounts{"
        + "all=" + all
        + ", created=" + created
        + ", paid=" + paid
        + ", overpaid=" + overpaid
        + ", partial=" + partial
        + ", canceled=" + canceled
        + "}";
  }
}
