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
 * Numbers of invoices, by status (result.count).
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"all", "created", "paid", "overpaid", "partial", "canceled"})
public final class StatusCounts {
  @JsonProperty("all")
  private final Integer all;

  private final String allRaw;

  @JsonProperty("created")
  private final Integer created;

  private final String createdRaw;

  @JsonProperty("paid")
  private final Integer paid;

  private final String paidRaw;

  @JsonProperty("overpaid")
  private final Integer overpaid;

  private final String overpaidRaw;

  @JsonProperty("partial")
  private final Integer partial;

  private final String partialRaw;

  @JsonProperty("canceled")
  private final Integer canceled;

  private final String canceledRaw;

  @JsonCreator
  StatusCounts(@JsonProperty("all") @JsonDeserialize(using = WireNumbers.Int.class) Object all,
      @JsonProperty("created") @JsonDeserialize(using = WireNumbers.Int.class) Object created,
      @JsonProperty("paid") @JsonDeserialize(using = WireNumbers.Int.class) Object paid,
      @JsonProperty("overpaid") @JsonDeserialize(using = WireNumbers.Int.class) Object overpaid,
      @JsonProperty("partial") @JsonDeserialize(using = WireNumbers.Int.class) Object partial,
      @JsonProperty("canceled") @JsonDeserialize(using = WireNumbers.Int.class) Object canceled) {
    // Jackson creates the object with this, from the values on the wire.
    this.all = WireNumbers.value(all, Integer.class);
    this.allRaw = WireNumbers.raw(all);
    this.created = WireNumbers.value(created, Integer.class);
    this.createdRaw = WireNumbers.raw(created);
    this.paid = WireNumbers.value(paid, Integer.class);
    this.paidRaw = WireNumbers.raw(paid);
    this.overpaid = WireNumbers.value(overpaid, Integer.class);
    this.overpaidRaw = WireNumbers.raw(overpaid);
    this.partial = WireNumbers.value(partial, Integer.class);
    this.partialRaw = WireNumbers.raw(partial);
    this.canceled = WireNumbers.value(canceled, Integer.class);
    this.canceledRaw = WireNumbers.raw(canceled);
  }

  /**
   * All invoices.
   *
   * <p>Wire name {@code all}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code allRaw()} has it)
   */
  public Integer all() {
    return all;
  }

  /**
   * The wire value of {@code all} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code all()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String allRaw() {
    return allRaw;
  }

  /**
   * Invoices with the "Created" status.
   *
   * <p>Wire name {@code created}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code createdRaw()} has it)
   */
  public Integer created() {
    return created;
  }

  /**
   * The wire value of {@code created} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code created()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String createdRaw() {
    return createdRaw;
  }

  /**
   * Invoices with the "Paid" status.
   *
   * <p>Wire name {@code paid}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code paidRaw()} has it)
   */
  public Integer paid() {
    return paid;
  }

  /**
   * The wire value of {@code paid} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code paid()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String paidRaw() {
    return paidRaw;
  }

  /**
   * Invoices with the "Overpaid" status.
   *
   * <p>Wire name {@code overpaid}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code overpaidRaw()} has it)
   */
  public Integer overpaid() {
    return overpaid;
  }

  /**
   * The wire value of {@code overpaid} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code overpaid()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String overpaidRaw() {
    return overpaidRaw;
  }

  /**
   * Invoices with the "Partially paid" status.
   *
   * <p>Wire name {@code partial}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code partialRaw()} has it)
   */
  public Integer partial() {
    return partial;
  }

  /**
   * The wire value of {@code partial} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code partial()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String partialRaw() {
    return partialRaw;
  }

  /**
   * Invoices with the "Canceled" status.
   *
   * <p>Wire name {@code canceled}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code canceledRaw()} has it)
   */
  public Integer canceled() {
    return canceled;
  }

  /**
   * The wire value of {@code canceled} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code canceled()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String canceledRaw() {
    return canceledRaw;
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
