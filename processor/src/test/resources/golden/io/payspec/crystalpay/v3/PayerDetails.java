package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.RequestJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Payer-related information (payer_details); only the e-mail is known.
 *
 * <p>Immutable; create it with {@link #builder()}. Its rules are checked when the enclosing request is built, so that violations name the full wire path.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"email"})
public final class PayerDetails {
  private final String email;

  private PayerDetails(Builder builder) {
    this.email = builder.email;
  }

  /**
   * Payer's e-mail.
   *
   * <p>Wire name {@code email}; an e-mail address; personal data, masked in {@code toString()} and messages.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("email")
  public String email() {
    return email;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this object's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder copy = new Builder();
    copy.email = email;
    return copy;
  }

  @JsonCreator
  static PayerDetails fromJson(@JsonProperty("email") String email) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.email = email;
    return new PayerDetails(builder);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PayerDetails that
        && Objects.equals(email, that.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email);
  }

  @Override
  public String toString() {
    return "PayerDetails{"
        + "email=" + (email == null ? "null" : "****")
        + "}";
  }

  /**
   * Builds {@link PayerDetails}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String email;

    private Builder() {
    }

    /**
     * Payer's e-mail.
     *
     * <p>Wire name {@code email}; an e-mail address; personal data, masked in {@code toString()} and messages.
     *
     * @param email the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Builds the object; its rules are checked when the enclosing request is built.
     *
     * @return the immutable object
     */
    public PayerDetails build() {
      return new PayerDetails(this);
    }
  }
}
