package io.payspec.cryptocloud;

import io.payspec.cryptocloud.v1.CryptoCloudV1;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.ProviderInfo;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * CryptoCloud, a crypto payment gateway: invoices paid in BTC, ETH, USDT and other coins.
 *
 * <p>Create one with {@link #builder()} and share it: it is immutable and thread-safe, and holds one
 * HTTP client and one JSON mapper. Credentials are set once, on the builder, and never printed.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CryptoCloudClient {
  /**
   * CryptoCloud as its descriptor declares it.
   */
  public static final ProviderInfo PROVIDER = new ProviderInfo("cryptocloud", "CryptoCloud", "https://api.cryptocloud.plus", AuthInfo.header("Authorization", "Token ", "api_key"), "CryptoCloud, a crypto payment gateway: invoices paid in BTC, ETH, USDT and other coins.", List.of("api_key", "security_key"));

  private final ClientCore core;

  private final CryptoCloudV1 v1;

  private final CryptoCloudV2 v2;

  private CryptoCloudClient(ClientCore core) {
    this.core = core;
    this.v1 = new CryptoCloudV1(core);
    this.v2 = new CryptoCloudV2(core);
  }

  /**
   * CryptoCloud API v1: {@link CryptoCloudV1#createInvoice createInvoice}, {@link CryptoCloudV1#getInvoice getInvoice}.
   *
   * @return the operations of this version
   */
  public CryptoCloudV1 v1() {
    return v1;
  }

  /**
   * CryptoCloud API v2: {@link CryptoCloudV2#cancelInvoice cancelInvoice}, {@link CryptoCloudV2#createInvoice createInvoice}, {@link CryptoCloudV2#createStaticWallet createStaticWallet}, {@link CryptoCloudV2#createWithdrawal createWithdrawal}, {@link CryptoCloudV2#getBalance getBalance}, {@link CryptoCloudV2#getInvoices getInvoices}, {@link CryptoCloudV2#getStatistics getStatistics}, {@link CryptoCloudV2#listInvoices listInvoices}.
   *
   * @return the operations of this version
   */
  public CryptoCloudV2 v2() {
    return v2;
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
    return "CryptoCloudClient{" + core + "}";
  }

  /**
   * Builds a {@link CryptoCloudClient}. Set the credentials; everything else has a documented default.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super(PROVIDER);
    }

    /**
     * The API key, sent as {@code Authorization: Token <key>}; never printed.
     *
     * @param apiKey the value, not blank
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      return credential("api_key", apiKey);
    }

    /**
     * The {@code security_key} credential, needed by {@code v2().createWithdrawal} only; never printed. Calling them without it fails with a {@link io.payspec.runtime.error.MissingCredentialException}.
     *
     * @param securityKey the value, not blank
     * @return this builder
     */
    public Builder securityKey(String securityKey) {
      return credential("security_key", securityKey);
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
    public CryptoCloudClient build() {
      return new CryptoCloudClient(buildCore());
    }
  }
}
