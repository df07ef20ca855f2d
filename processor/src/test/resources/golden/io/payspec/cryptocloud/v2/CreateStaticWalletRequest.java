package io.payspec.cryptocloud.v2;

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
 * A request to create a static wallet (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"shop_id", "currency", "identify"})
public final class CreateStaticWalletRequest {
  private final String shopId;

  private final CryptoCurrency currency;

  private final String identify;

  private final boolean checkedByBuild;

  private CreateStaticWalletRequest(Builder builder, boolean checkedByBuild) {
    this.shopId = builder.shopId;
    this.currency = builder.currency;
    this.identify = builder.identify;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Unique store identifier from the project settings.
   *
   * <p>Wire name {@code shop_id}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("shop_id")
  public String shopId() {
    return shopId;
  }

  /**
   * Currency code of the wallet: one wallet holds one currency.
   *
   * <p>Wire name {@code currency}; required.
   *
   * <p>Departs from the page: <em>page:</em> current revision: no required mark (its copy is cut in this very row); older revision: required; <em>chosen:</em> required; <em>because</em> A static wallet is one address in one currency ("1 wallet = 1 currency"), so there is no wallet without it; the older revision and every SDK send it as required.
   *
   * <p>Departs from the page: <em>page:</em> current revision: BTC, LTC, TRX, SOL, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_AR… (cut; TON not between SOL and BNB); <em>chosen:</em> the create page's CryptoCurrency list; <em>because</em> The page's list is cut and cannot be completed from itself; the create page's full list starts the same way, and the provider refuses a currency the project does not support.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public CryptoCurrency currency() {
    return currency;
  }

  /**
   * Customer identifier; when a POSTBACK is sent on receipt, it is written to order_id.
   *
   * <p>Wire name {@code identify}; required; personal data, masked in {@code toString()} and messages.
   *
   * <p>Departs from the page: <em>page:</em> page and KamikotoTkach/CryptoCloud4j: identify; partyzanex/go-cryptocloud: identity; <em>chosen:</em> identify; <em>because</em> The page's name, also sent by the other SDK; the Go SDK stands alone.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("identify")
  public String identify() {
    return identify;
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
    copy.shopId = shopId;
    copy.currency = currency;
    copy.identify = identify;
    return copy;
  }

  @JsonCreator
  static CreateStaticWalletRequest fromJson(@JsonProperty("shop_id") String shopId,
      @JsonProperty("currency") CryptoCurrency currency,
      @JsonProperty("identify") String identify) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.shopId = shopId;
    builder.currency = currency;
    builder.identify = identify;
    return new CreateStaticWalletRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateStaticWalletRequest that
        && Objects.equals(shopId, that.shopId)
        && Objects.equals(currency, that.currency)
        && Objects.equals(identify, that.identify);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shopId, currency, identify);
  }

  @Override
  public String toString() {
    return "CreateStaticWalletRequest{"
        + "shop_id=" + shopId
        + ", currency=" + currency
        + ", identify=" + (identify == null ? "null" : "****")
        + "}";
  }

  /**
   * Builds {@link CreateStaticWalletRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String shopId;

    private CryptoCurrency currency;

    private String identify;

    private Builder() {
    }

    /**
     * Unique store identifier from the project settings.
     *
     * <p>Wire name {@code shop_id}; required.
     *
     * @param shopId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shopId(String shopId) {
      this.shopId = shopId;
      return this;
    }

    /**
     * Currency code of the wallet: one wallet holds one currency.
     *
     * <p>Wire name {@code currency}; required.
     *
     * <p>Departs from the page: <em>page:</em> current revision: no required mark (its copy is cut in this very row); older revision: required; <em>chosen:</em> required; <em>because</em> A static wallet is one address in one currency ("1 wallet = 1 currency"), so there is no wallet without it; the older revision and every SDK send it as required.
     *
     * <p>Departs from the page: <em>page:</em> current revision: BTC, LTC, TRX, SOL, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_AR… (cut; TON not between SOL and BNB); <em>chosen:</em> the create page's CryptoCurrency list; <em>because</em> The page's list is cut and cannot be completed from itself; the create page's full list starts the same way, and the provider refuses a currency the project does not support.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(CryptoCurrency currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Customer identifier; when a POSTBACK is sent on receipt, it is written to order_id.
     *
     * <p>Wire name {@code identify}; required; personal data, masked in {@code toString()} and messages.
     *
     * <p>Departs from the page: <em>page:</em> page and KamikotoTkach/CryptoCloud4j: identify; partyzanex/go-cryptocloud: identity; <em>chosen:</em> identify; <em>because</em> The page's name, also sent by the other SDK; the Go SDK stands alone.
     *
     * @param identify the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder identify(String identify) {
      this.identify = identify;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new CreateStaticWalletRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public CreateStaticWalletRequest build() {
      CreateStaticWalletRequest request = new CreateStaticWalletRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CryptoCloud v2 createStaticWallet request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateStaticWalletRequest} against every rule CryptoCloud documents for v2 createStaticWallet.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link CreateStaticWalletRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(CreateStaticWalletRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(CreateStaticWalletRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(CreateStaticWalletRequest value, Violations violations) {
      violations.required("shop_id", value.shopId());
      violations.required("currency", value.currency());
      violations.known("currency", value.currency(), CryptoCurrency.knownWireValues());
      violations.required("identify", value.identify());
    }
  }
}
