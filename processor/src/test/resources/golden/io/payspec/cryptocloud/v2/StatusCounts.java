package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Numbers of invoices, by status (result.count).
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
public final class StatusCounts {
  @JsonProperty("all")
  private final Integer all;

  @JsonProperty("created")
  private final Integer created;

  @JsonProperty("paid")
  private final Integer paid;

  @JsonProperty("overpaid")
  private final Integer overpaid;

  @JsonProperty("partial")
  private final Integer partial;

  @JsonProperty("canceled")
  private final Integer canceled;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  StatusCounts(@JsonProperty("all") Integer all, @JsonProperty("created") Integer created,
      @JsonProperty("paid") Integer paid, @JsonProperty("overpaid") Integer overpaid,
      @JsonProperty("partial") Integer partial, @JsonProperty("canceled") Integer canceled) {
    this.all = all;
    this.created = created;
    this.paid = paid;
    this.overpaid = overpaid;
    this.partial = partial;
    this.canceled = canceled;
  }

  /**
   * All invoices.
   *
   * <p>Wire name {@code all}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer all() {
    return all;
  }

  /**
   * Invoices with the "Created" status.
   *
   * <p>Wire name {@code created}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer created() {
    return created;
  }

  /**
   * Invoices with the "Paid" status.
   *
   * <p>Wire name {@code paid}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer paid() {
    return paid;
  }

  /**
   * Invoices with the "Overpaid" status.
   *
   * <p>Wire name {@code overpaid}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer overpaid() {
    return overpaid;
  }

  /**
   * Invoices with the "Partially paid" status.
   *
   * <p>Wire name {@code partial}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer partial() {
    return partial;
  }

  /**
   * Invoices with the "Canceled" status.
   *
   * <p>Wire name {@code canceled}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer canceled() {
    return canceled;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StatusCounts that
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
    return "StatusCounts{"
        + "all=" + all
        + ", created=" + created
        + ", paid=" + paid
        + ", overpaid=" + overpaid
        + ", partial=" + partial
        + ", canceled=" + canceled
        + "}";
  }
}
