package io.payspec.crystalpay;

import io.payspec.crystalpay.v3.CrystalPayV3;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.ProviderInfo;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * CrystalPay, a payment service: invoices paid by the payer's choice of method.
 *
 * <p>Create one with {@link #builder()} and share it: it is immutable and thread-safe, and holds one
 * HTTP client and one JSON mapper. Credentials are set once, on the builder, and never printed.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CrystalPayClient {
  /**
   * CrystalPay as its descriptor declares it.
   */
  public static final ProviderInfo PROVIDER = new ProviderInfo("crystalpay", "CrystalPay", "https://api.crystalpay.io", AuthInfo.body("auth_login", "auth_secret"), "CrystalPay, a payment service: invoices paid by the payer's choice of method.", List.of("auth_login", "auth_secret", "salt"));

  private final ClientCore core;

  private final CrystalPayV3 v3;

  private CrystalPayClient(ClientCore core) {
    this.core = core;
    this.v3 = new CrystalPayV3(core);
  }

  /**
   * CrystalPay API v3: {@link CrystalPayV3#cancelPayoff cancelPayoff}, {@link CrystalPayV3#createInvoice createInvoice}, {@link CrystalPayV3#createPayoff createPayoff}, {@link CrystalPayV3#getAccount getAccount}, {@link CrystalPayV3#getBalance getBalance}, {@link CrystalPayV3#getInvoice getInvoice}, {@link CrystalPayV3#getMethod getMethod}, {@link CrystalPayV3#getPayoff getPayoff}, {@link CrystalPayV3#listBalances listBalances}, {@link CrystalPayV3#submitPayoff submitPayoff}.
   *
   * @return the operations of this version
   */
  public CrystalPayV3 v3() {
    return v3;
  }

  /**
   * A builder with the documented base URL and default timeouts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "CrystalPayClient{" + core + "}";
  }

  /**
   * Builds a {@link CrystalPayClient}. Set the credentials; everything else has a documented default.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super(PROVIDER);
    }

    /**
     * The login, sent as {@code auth_login} in every request body.
     *
     * @param authLogin the value, not blank
     * @return this builder
     */
    public Builder authLogin(String authLogin) {
      return credential("auth_login", authLogin);
    }

    /**
     * The secret, sent as {@code auth_secret} in every request body; never printed.
     *
     * @param authSecret the value, not blank
     * @return this builder
     */
    public Builder authSecret(String authSecret) {
      return credential("auth_secret", authSecret);
    }

    /**
     * The {@code salt} credential, needed by {@code v3().cancelPayoff}, {@code v3().createPayoff}, {@code v3().submitPayoff} only; never printed. Calling them without it fails with a {@link io.payspec.runtime.error.MissingCredentialException}.
     *
     * @param salt the value, not blank
     * @return this builder
     */
    public Builder salt(String salt) {
      return credential("salt", salt);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Creates the client.
     *
     * @return the client
     * @throws io.payspec.runtime.error.ConfigurationException if a credential is not set
     */
    public CrystalPayClient build() {
      return new CrystalPayClient(buildCore());
    }
  }
}
