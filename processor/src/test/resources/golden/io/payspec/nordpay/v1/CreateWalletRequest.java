package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A request to create a NordPay wallet.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"currency", "label", "postback_url"})
public final class CreateWalletRequest {
  private final String currency;

  private final String label;

  private final String postbackUrl;

  private final boolean checkedByBuild;

  private CreateWalletRequest(Builder builder, boolean checkedByBuild) {
    this.currency = builder.currency;
    this.label = builder.label;
    this.postbackUrl = builder.postbackUrl;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Currency of the wallet.
   *
   * <p>Wire name {@code currency}; required.
   *
   * <p>Departs from the page: <em>page:</em> string, linked to a currencies page that was not exported; <em>chosen:</em> String, no enum; <em>because</em> As createInvoice's currency: the list of codes is not documented here.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public String currency() {
    return currency;
  }

  /**
   * Label of the wallet.
   *
   * <p>Wire name {@code label}; required; at most 255 characters.
   *
   * <p>Departs from the page: <em>page:</em> table: no bound; 400 message: "Max length of label is 255 characters"; <em>chosen:</em> at most 255 characters; <em>because</em> The documented error message states the bound.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("label")
  public String label() {
    return label;
  }

  /**
   * Destination URL for sending post.
   *
   * <p>Wire name {@code postback_url}; at most 255 characters; an http(s) URL.
   *
   * <p>Departs from the page: <em>page:</em> table: string, no bound; 400 message: "Max length of postback_url is 255 characters"; <em>chosen:</em> an absolute http(s) URL of at most 255 characters; <em>because</em> The error message states the bound; the service posts to it, so it must be a URL.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("postback_url")
  public String postbackUrl() {
    return postbackUrl;
  }

  boolean checkedByBuild() {
    // True for a request of Builder.build(), which checked every rule: being immutable, it obeys them
    // for good. False for one read from JSON or made by Builder.validate().
    return checkedByBuild;
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
    copy.currency = currency;
    copy.label = label;
    copy.postbackUrl = postbackUrl;
    return copy;
  }

  @JsonCreator
  static CreateWalletRequest fromJson(@JsonProperty("currency") String currency,
      @JsonProperty("label") String label, @JsonProperty("postback_url") String postbackUrl) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.currency = currency;
    builder.label = label;
    builder.postbackUrl = postbackUrl;
    return new CreateWalletRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateWalletRequest that
        && Objects.equals(currency, that.currency)
        && Objects.equals(label, that.label)
        && Objects.equals(postbackUrl, that.postbackUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, label, postbackUrl);
  }

  @Override
  public String toString() {
    return "CreateWalletRequest{"
        + "currency=" + currency
        + ", label=" + label
        + ", postback_url=" + postbackUrl
        + "}";
  }

  /**
   * Builds {@link CreateWalletRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String currency;

    private String label;

    private String postbackUrl;

    private Builder() {
    }

    /**
     * Currency of the wallet.
     *
     * <p>Wire name {@code currency}; required.
     *
     * <p>Departs from the page: <em>page:</em> string, linked to a currencies page that was not exported; <em>chosen:</em> String, no enum; <em>because</em> As createInvoice's currency: the list of codes is not documented here.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Label of the wallet.
     *
     * <p>Wire name {@code label}; required; at most 255 characters.
     *
     * <p>Departs from the page: <em>page:</em> table: no bound; 400 message: "Max length of label is 255 characters"; <em>chosen:</em> at most 255 characters; <em>because</em> The documented error message states the bound.
     *
     * @param label the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * Destination URL for sending post.
     *
     * <p>Wire name {@code postback_url}; at most 255 characters; an http(s) URL.
     *
     * <p>Departs from the page: <em>page:</em> table: string, no bound; 400 message: "Max length of postback_url is 255 characters"; <em>chosen:</em> an absolute http(s) URL of at most 255 characters; <em>because</em> The error message states the bound; the service posts to it, so it must be a URL.
     *
     * @param postbackUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder postbackUrl(String postbackUrl) {
      this.postbackUrl = postbackUrl;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new CreateWalletRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public CreateWalletRequest build() {
      CreateWalletRequest request = new CreateWalletRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("NordPay v1 createWallet request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateWalletRequest} against every rule NordPay documents for v1 createWallet.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link CreateWalletRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(CreateWalletRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(CreateWalletRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(CreateWalletRequest value, Violations violations) {
      violations.required("currency", value.currency());
      violations.required("label", value.label());
      violations.maxLength("label", value.label(), 255);
      violations.maxLength("postback_url", value.postbackUrl(), 255);
      violations.url("postback_url", value.postbackUrl());
    }
  }
}
