package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.ImmutableLists;
import io.payspec.runtime.json.RequestJson;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Additional parameters of an invoice (add_fields).
 *
 * <p>Immutable; create it with {@link #builder()}. Its rules are checked when the enclosing request is built, so that violations name the full wire path.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"time_to_pay", "available_currencies", "cryptocurrency", "email_to_send", "period"})
public final class AddFields {
  private final TimeToPay timeToPay;

  private final List<CryptoCurrency> availableCurrencies;

  private final CryptoCurrency cryptocurrency;

  private final String emailToSend;

  private final Period period;

  private AddFields(Builder builder) {
    this.timeToPay = builder.timeToPay;
    this.availableCurrencies = builder.availableCurrencies;
    this.cryptocurrency = builder.cryptocurrency;
    this.emailToSend = builder.emailToSend;
    this.period = builder.period;
  }

  /**
   * Invoice lifetime.
   *
   * <p>Wire name {@code time_to_pay}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("time_to_pay")
  public TimeToPay timeToPay() {
    return timeToPay;
  }

  /**
   * Available payment currencies.
   *
   * <p>Wire name {@code available_currencies}; at least 1 element.
   *
   * <p>Departs from the page: <em>page:</em> no minimum; <em>chosen:</em> at least one element; <em>because</em> An empty list would leave the payer no currency to pay with.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("available_currencies")
  public List<CryptoCurrency> availableCurrencies() {
    return availableCurrencies;
  }

  /**
   * Selecting the payment currency on behalf of the user: the payment page shows the payment details without a currency selection, and the address and amount are returned in the API response.
   *
   * <p>Wire name {@code cryptocurrency}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("cryptocurrency")
  public CryptoCurrency cryptocurrency() {
    return cryptocurrency;
  }

  /**
   * E-mail address to send the invoice to (provider's newer documentation).
   *
   * <p>Wire name {@code email_to_send}; an e-mail address; personal data, masked in {@code toString()} and messages.
   *
   * <p>Departs from the page: <em>page:</em> not on the create page; provider-docs/README.md: the provider's newer documentation adds add_fields.email_to_send; <em>chosen:</em> an optional e-mail field; <em>because</em> Documented by the provider elsewhere, and harmless when not set.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("email_to_send")
  public String emailToSend() {
    return emailToSend;
  }

  /**
   * Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation).
   *
   * <p>Wire name {@code period}; only together with {@code email_to_send}.
   *
   * <p>Departs from the page: <em>page:</em> not on the create page; provider-docs/README.md: month | week | day, only together with email_to_send; <em>chosen:</em> an optional enum field, refused without email_to_send; <em>because</em> Documented by the provider elsewhere, and harmless when not set.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("period")
  public Period period() {
    return period;
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
    copy.timeToPay = timeToPay;
    copy.availableCurrencies = availableCurrencies;
    copy.cryptocurrency = cryptocurrency;
    copy.emailToSend = emailToSend;
    copy.period = period;
    return copy;
  }

  @JsonCreator
  static AddFields fromJson(@JsonProperty("time_to_pay") TimeToPay timeToPay,
      @JsonProperty("available_currencies") List<CryptoCurrency> availableCurrencies,
      @JsonProperty("cryptocurrency") CryptoCurrency cryptocurrency,
      @JsonProperty("email_to_send") String emailToSend, @JsonProperty("period") Period period) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.timeToPay = timeToPay;
    builder.availableCurrencies = availableCurrencies == null ? null : Collections.unmodifiableList(availableCurrencies);
    builder.cryptocurrency = cryptocurrency;
    builder.emailToSend = emailToSend;
    builder.period = period;
    return new AddFields(builder);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AddFields that
        && Objects.equals(timeToPay, that.timeToPay)
        && Objects.equals(availableCurrencies, that.availableCurrencies)
        && Objects.equals(cryptocurrency, that.cryptocurrency)
        && Objects.equals(emailToSend, that.emailToSend)
        && Objects.equals(period, that.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeToPay, availableCurrencies, cryptocurrency, emailToSend, period);
  }

  @Override
  public String toString() {
    return "AddFields{"
        + "time_to_pay=" + timeToPay
        + ", available_currencies=" + availableCurrencies
        + ", cryptocurrency=" + cryptocurrency
        + ", email_to_send=" + (emailToSend == null ? "null" : "****")
        + ", period=" + period
        + "}";
  }

  /**
   * Builds {@link AddFields}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private TimeToPay timeToPay;

    private List<CryptoCurrency> availableCurrencies;

    private CryptoCurrency cryptocurrency;

    private String emailToSend;

    private Period period;

    private Builder() {
    }

    /**
     * Invoice lifetime.
     *
     * <p>Wire name {@code time_to_pay}.
     *
     * @param timeToPay the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeToPay(TimeToPay timeToPay) {
      this.timeToPay = timeToPay;
      return this;
    }

    /**
     * Available payment currencies.
     *
     * <p>Wire name {@code available_currencies}; at least 1 element.
     *
     * <p>Departs from the page: <em>page:</em> no minimum; <em>chosen:</em> at least one element; <em>because</em> An empty list would leave the payer no currency to pay with.
     *
     * @param availableCurrencies the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder availableCurrencies(List<CryptoCurrency> availableCurrencies) {
      this.availableCurrencies = ImmutableLists.copyOf(availableCurrencies);
      return this;
    }

    /**
     * Sets {@code available_currencies} to the given values.
     *
     * @param availableCurrencies the values
     * @return this builder
     */
    public Builder availableCurrencies(CryptoCurrency... availableCurrencies) {
      this.availableCurrencies = ImmutableLists.of(availableCurrencies);
      return this;
    }

    /**
     * Selecting the payment currency on behalf of the user: the payment page shows the payment details without a currency selection, and the address and amount are returned in the API response.
     *
     * <p>Wire name {@code cryptocurrency}.
     *
     * @param cryptocurrency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cryptocurrency(CryptoCurrency cryptocurrency) {
      this.cryptocurrency = cryptocurrency;
      return this;
    }

    /**
     * E-mail address to send the invoice to (provider's newer documentation).
     *
     * <p>Wire name {@code email_to_send}; an e-mail address; personal data, masked in {@code toString()} and messages.
     *
     * <p>Departs from the page: <em>page:</em> not on the create page; provider-docs/README.md: the provider's newer documentation adds add_fields.email_to_send; <em>chosen:</em> an optional e-mail field; <em>because</em> Documented by the provider elsewhere, and harmless when not set.
     *
     * @param emailToSend the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailToSend(String emailToSend) {
      this.emailToSend = emailToSend;
      return this;
    }

    /**
     * Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation).
     *
     * <p>Wire name {@code period}; only together with {@code email_to_send}.
     *
     * <p>Departs from the page: <em>page:</em> not on the create page; provider-docs/README.md: month | week | day, only together with email_to_send; <em>chosen:</em> an optional enum field, refused without email_to_send; <em>because</em> Documented by the provider elsewhere, and harmless when not set.
     *
     * @param period the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder period(Period period) {
      this.period = period;
      return this;
    }

    /**
     * Builds the object; its rules are checked when the enclosing request is built.
     *
     * @return the immutable object
     */
    public AddFields build() {
      return new AddFields(this);
    }
  }
}
