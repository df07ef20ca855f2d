package io.payspec.cryptocloud.v2;

import io.payspec.annotations.NotificationEncoding;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.meta.DeliveryInfo;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.notification.Confirmed;
import io.payspec.runtime.notification.NotificationVerifier;
import io.payspec.runtime.notification.VerificationScheme;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Verifies CryptoCloud v2 postback notifications and reads them as {@link Postback}.
 *
 * <p>Sent to the project's notification URL once an invoice is paid (also over-paid); only the invoice id is signed, so confirm amounts and status with getInvoices before shipping.
 *
 * <p>Give it the raw body bytes and the {@code Content-Type} as received, from any web framework;
 * it returns the typed notification once the HS256 token in {@code token} is valid, unexpired and signed for the object {@code invoice_id} names, or throws a
 * {@link io.payspec.runtime.error.NotificationVerificationException} saying why. Immutable and thread-safe.
 *
 * <p>The provider documents no retries and no expected answer: answer {@code 200} once the notification is verified and stored, and handle a repeat of it idempotently.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class PostbackVerifier {
  /**
   * What payspec knows of the CryptoCloud v2 postback notification: encodings, scheme, delivery, look-up, examples.
   */
  public static final NotificationInfo<Postback> INFO = new NotificationInfo<>(
    CryptoCloudClient.PROVIDER,
    "v2",
    "postback",
    "Sent to the project's notification URL once an invoice is paid (also over-paid); only the invoice id is signed, so confirm amounts and status with getInvoices before shipping.",
    Postback.class,
    List.of(NotificationEncoding.JSON, NotificationEncoding.FORM),
    new VerificationScheme.Jwt("token", "secret_key", "id", "invoice_id", List.of("INV-"), 300),
    DeliveryInfo.UNDOCUMENTED,
    "getInvoices",
    "invoice_id",
    "uuids",
    "INV-",
    List.of(
    new NotificationInfo.Example("page-2024", "{\n"
        + "    \"status\": \"success\",\n"
        + "    \"invoice_id\": \"XXXXXXXX\",\n"
        + "    \"amount_crypto\": 100,\n"
        + "    \"currency\": \"USDT_TRC20\",\n"
        + "    \"order_id\": \"order_id\",\n"
        + "    \"token\": \"token\",\n"
        + "    \"invoice_info\": {\n"
        + "        \"uuid\": \"INV-XXXXXXXX\",\n"
        + "        \"created\": \"2024-08-22 11:49:59.756692\",\n"
        + "        \"address\": \"address\",\n"
        + "        \"currency\": {\n"
        + "            \"id\": 4,\n"
        + "            \"code\": \"USDT\",\n"
        + "            \"fullcode\": \"USDT_TRC20\",\n"
        + "            \"network\": {\n"
        + "                \"code\": \"TRC20\",\n"
        + "                \"id\": 4,\n"
        + "                \"icon\": \"https://cdn.cryptocloud.plus/currency/crypto/TRX.svg\",\n"
        + "                \"fullname\": \"Tron\"\n"
        + "            },\n"
        + "            \"name\": \"Tether\",\n"
        + "            \"is_email_required\": false,\n"
        + "            \"stablecoin\": true,\n"
        + "            \"icon_base\": \"https://cdn.cryptocloud.plus/currency/icons/main/usdt.svg\",\n"
        + "            \"icon_network\": \"https://cdn.cryptocloud.plus/icons-currency/USDT-TRC20.svg\",\n"
        + "            \"icon_qr\": \"https://cdn.cryptocloud.plus/currency/icons/stroke/usdt.svg\",\n"
        + "            \"order\": 1\n"
        + "        },\n"
        + "        \"date_finished\": \"2024-08-22 11:51:53.753528\",\n"
        + "        \"expiry_date\": \"2024-08-23 11:49:59.746385\",\n"
        + "        \"side_commission\": \"client\",\n"
        + "        \"type_payments\": \"crypto\",\n"
        + "        \"amount\": 100,\n"
        + "        \"amount_\": 100,\n"
        + "        \"status\": \"overpaid\",\n"
        + "        \"invoice_status\": \"success\",\n"
        + "        \"is_email_required\": false,\n"
        + "        \"project\": {\n"
        + "            \"id\": 0,\n"
        + "            \"name\": \"My Project\",\n"
        + "            \"fail\": \"\",\n"
        + "            \"success\": \"\",\n"
        + "            \"logo\": \"\"\n"
        + "        },\n"
        + "        \"tx_list\": [\n"
        + "            \"\"\n"
        + "        ],\n"
        + "        \"amount_in_crypto\": null,\n"
        + "        \"amount_in_fiat\": 0.0,\n"
        + "        \"amount_usd\": 100.0,\n"
        + "        \"amount_to_pay\": 102.0,\n"
        + "        \"amount_to_pay_usd\": 102.0,\n"
        + "        \"amount_paid\": 102.0,\n"
        + "        \"amount_paid_usd\": 102.0,\n"
        + "        \"fee\": 1.4,\n"
        + "        \"fee_usd\": 1.4,\n"
        + "        \"service_fee\": 0.8048,\n"
        + "        \"service_fee_usd\": 0.8,\n"
        + "        \"received\": 99.7952,\n"
        + "        \"received_usd\": 99.8,\n"
        + "        \"to_surcharge\": 0.0,\n"
        + "        \"to_surcharge_usd\": 0.0,\n"
        + "        \"total_rub\": 0,\n"
        + "        \"step\": 3,\n"
        + "        \"test_mode\": false,\n"
        + "        \"type\": \"up\",\n"
        + "        \"aml_enabled\": false,\n"
        + "        \"aml_side\": \"merchant\",\n"
        + "        \"aml_checks\": [],\n"
        + "        \"links_invoice\": null\n"
        + "    }\n"
        + "}", "The 2024 revision's example; its \"token\": b\"token\" (a Python bytes literal, not JSON) is written as the string \"token\": tests and the sandbox sign it anew.")));

  private final NotificationVerifier<Postback> verifier;

  private PostbackVerifier(NotificationVerifier<Postback> verifier) {
    this.verifier = verifier;
  }

  /**
   * Starts a verifier; {@link Builder#secretKey(String)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a notification and reads it.
   *
   * @param body the raw request body, exactly as received
   * @param contentType the request's {@code Content-Type} header, or {@code null} (read as JSON)
   * @return the typed notification, once its authenticity is proven
   * @throws io.payspec.runtime.error.NotificationVerificationException if it must not be trusted
   */
  public Postback verify(byte[] body, String contentType) {
    return verifier.verify(body, contentType);
  }

  /**
   * Fetches the authoritative state of the object a verified notification names, with
   * {@code getInvoices}: act on it, not on the notification's own amounts and status, which its signature
   * does not cover.
   *
   * @param notification a notification {@link #verify verified} by this verifier
   * @param api the client's v2 calls, e.g. {@code client.v2()}
   * @return the notification with the object's state
   * @throws PayspecException if the notification names no object or the look-up fails
   */
  public Confirmed<Postback, List<Invoice>> confirm(Postback notification, CryptoCloudV2 api) {
    String id = notification.invoiceId();
    if (id == null) {
      throw new PayspecException("CryptoCloud v2 postback: the notification names no invoice_id to look up");
    }
    return new Confirmed<>(notification, api.getInvoices(GetInvoicesRequest.builder().uuids(List.of("INV-" + id)).build()));
  }

  /**
   * {@link #verify Verifies} a notification, then {@link #confirm confirms} it with a look-up.
   *
   * @param body the raw request body
   * @param contentType the request's {@code Content-Type}, or {@code null}
   * @param api the client's v2 calls
   * @return the notification with the object's state
   */
  public Confirmed<Postback, List<Invoice>> verifyAndConfirm(byte[] body, String contentType,
      CryptoCloudV2 api) {
    return confirm(verify(body, contentType), api);
  }

  @Override
  public String toString() {
    return verifier.toString();
  }

  /**
   * Configures a {@link PostbackVerifier}.
   */
  public static final class Builder {
    private final NotificationVerifier.Builder<Postback> delegate = NotificationVerifier.builder(INFO);

    private Builder() {
    }

    /**
     * The shared secret, {@code secret_key}; never printed. Required.
     *
     * @param secretKey the secret
     * @return this builder
     */
    public Builder secretKey(String secretKey) {
      delegate.secret(secretKey);
      return this;
    }

    /**
     * The clock expiry is checked against; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      delegate.clock(clock);
      return this;
    }

    /**
     * How far the provider's clock may differ from ours; 30 seconds by default.
     *
     * @param tolerance a non-negative duration
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      delegate.tolerance(tolerance);
      return this;
    }

    /**
     * The largest body read; 1 MiB by default.
     *
     * @param maxBodyBytes a positive number of bytes
     * @return this builder
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      delegate.maxBodyBytes(maxBodyBytes);
      return this;
    }

    /**
     * The verifier.
     *
     * @return an immutable, thread-safe verifier
     * @throws PayspecException if the secret was not set
     */
    public PostbackVerifier build() {
      return new PostbackVerifier(delegate.build());
    }
  }
}
