package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A confirmed withdrawal, waiting for admin approval.
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
@JsonPropertyOrder({"detail", "status", "id"})
public final class WithdrawalConfirmation {
  @JsonProperty("detail")
  private final String detail;

  @JsonProperty("status")
  private final String statusRaw;

  private final WithdrawalStatus status;

  @JsonProperty("id")
  private final Long id;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  WithdrawalConfirmation(@JsonProperty("detail") String detail,
      @JsonProperty("status") String status, @JsonProperty("id") Long id) {
    this.detail = detail;
    this.statusRaw = status;
    this.status = WithdrawalStatus.fromWire(statusRaw);
    this.id = id;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public Long id() {
    return id;
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
