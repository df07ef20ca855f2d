package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A confirmed withdrawal, waiting for admin approval.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"detail", "status", "id"})
public final class WithdrawalConfirmation {
  @JsonProperty("detail")
  private final String detail;

  @JsonProperty("status")
  private final String statusRaw;

  private final WithdrawalStatus status;

  @JsonProperty("id")
  private final Long id;

  private final String idRaw;

  @JsonCreator
  WithdrawalConfirmation(@JsonProperty("detail") String detail,
      @JsonProperty("status") String status,
      @JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int64.class) Object id) {
    // Jackson creates the object with this, from the values on the wire.
    this.detail = detail;
    this.statusRaw = status;
    this.status = WithdrawalStatus.fromWire(statusRaw);
    this.id = WireNumbers.value(id, Long.class);
    this.idRaw = WireNumbers.raw(id);
  }

  /**
   * What happened, e.g. "Withdrawal request created and waiting for admin approval".
   *
   * <p>Wire name {@code detail}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String detail() {
    return detail;
  }

  /**
   * Status of the withdrawal.
   *
   * <p>Wire name {@code status}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public WithdrawalStatus status() {
    return status;
  }

  /**
   * The wire value of {@code status} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String statusRaw() {
    return statusRaw;
  }

  /**
   * Identifier of the withdrawal.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code idRaw()} has it)
   */
  public Long id() {
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

  @Override
  public boolean equals(Object other) {
    return other instanceof WithdrawalConfirmation that
        && Objects.equals(detail, that.detail)
        && Objects.equals(statusRaw, that.statusRaw)
        && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(detail, statusRaw, id);
  }

  @Override
  public String toString() {
    return "WithdrawalConfirmation{"
        + "detail=" + detail
        + ", status=" + statusRaw
        + ", id=" + id
        + "}";
  }
}
