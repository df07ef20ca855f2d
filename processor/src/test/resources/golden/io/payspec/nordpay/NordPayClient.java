package io.payspec.nordpay;

import io.payspec.nordpay.v1.NordPayV1;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.ProviderInfo;
import javax.annotation.processing.Generated;

/**
 * NordPay, a crypto payment gateway: invoices in one or several currencies, wallets, and withdrawals from the balance.
 *
 * <p>Create one with {@link #builder()} and share it: it is immutable and thread-safe, and holds one
 * HTTP client and one JSON mapper. Credentials are set once, on the builder, and never printed.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class NordPayClient {
  /**
   * NordPay as its descriptor declares it.
   */
  public static final ProviderInfo PROVIDER = new ProviderInfo("nordpay", "NordPay", "https://api.nord-pay.com", AuthInfo.header("X-API-KEY", "", "api_key"), "NordPay, a crypto payment gateway: invoices in one or several currencies, wallets, and withdrawals from the balance.");

  private final ClientCore core;

  private final NordPayV1 v1;

  private NordPayClient(ClientCore core) {
    this.core = core;
    this.v1 = new NordPayV1(core);
  }

  /**
   * NordPay API v1: {@link NordPayV1#confirmWithdrawal confirmWithdrawal}, {@link NordPayV1#createInvoice createInvoice}, {@link NordPayV1#createWallet createWallet}, {@link NordPayV1#getInvoice getInvoice}, {@link NordPayV1#getInvoiceTransactions getInvoiceTransactions}, {@link NordPayV1#getWalletTransactions getWalletTransactions}, {@link NordPayV1#listInvoiceTransactions listInvoiceTransactions}, {@link NordPayV1#listInvoices listInvoices}, {@link NordPayV1#requestWithdrawal requestWithdrawal}.
   *
   * @return the operations of this version
   */
  public NordPayV1 v1() {
    return v1;
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
    return "NordPayClient{" + core + "}";
  }

  /**
   * Builds a {@link NordPayClient}. Set the credentials; everything else has a documented default.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super(PROVIDER);
    }

    /**
     * The API key, sent as {@code X-API-KEY: <key>}; never printed.
     *
     * @param apiKey the value, not blank
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      return credential("api_key", apiKey);
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
    public NordPayClient build() {
      return new NordPayClient(buildCore());
    }
  }
}
