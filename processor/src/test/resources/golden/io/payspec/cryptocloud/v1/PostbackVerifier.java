package io.payspec.cryptocloud.v1;

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
 * Verifies CryptoCloud v1 postback notifications and reads them as {@link Postback}.
 *
 * <p>Sent to the project's notification URL after a successful payment (API v1); only the invoice id is signed, so confirm the state with getInvoice before shipping.
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
   * What payspec knows of the CryptoCloud v1 postback notification: encodings, scheme, delivery, look-up, examples.
   */
  public static final NotificationInfo<Postback> INFO = new NotificationInfo<>(
    CryptoCloudClient.PROVIDER,
    "v1",
    "postback",
    "Sent to the project's notification URL after a successful payment (API v1); only the invoice id is signed, so confirm the state with getInvoice before shipping.",
    Postback.class,
    List.of(NotificationEncoding.JSON, NotificationEncoding.FORM),
    new VerificationScheme.Jwt("token", "secret_key", "id", "invoice_id", List.of("INV-"), 300),
    DeliveryInfo.UNDOCUMENTED,
    "getInvoice",
    "invoice_id",
    "uuid",
    "INV-",
    List.of(
    new NotificationInfo.Example("page", "{\n"
        + "   \"status\": \"success\",\n"
        + "   \"invoice_id\": \"DZLF4212\",\n"
        + "   \"amount_crypto\": 0.4567,\n"
        + "   \"currency\": \"BTC\",\n"
        + "   \"order_id\": \"ORD99999\",\n"
        + "   \"token\": \"token\"\n"
        + "}", "The page's example uses typographic quotes and a trailing comma and leaves out order_id and token; written as JSON with the table's example values for those two.")));

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
   * {@code getInvoice}: act on it, not on the notification's own amounts and status, which its signature
   * does not cover.
   *
   * @param notification a notification {@link #verify verified} by this verifier
   * @param api the client's v1 calls, e.g. {@code client.v1()}
   * @return the notification with the object's state
   * @throws PayspecException if the notification names no object or the look-up fails
   */
  public Confirmed<Postback, InvoiceStatusInfo> confirm(Postback notification, CryptoCloudV1 api) {
    String id = notification.invoiceId();
    if (id == null) {
      throw new PayspecException("CryptoCloud v1 postback: the notification names no invoice_id to look up");
    }
    return new Confirmed<>(notification, api.getInvoice(GetInvoiceRequest.builder().uuid("INV-" + id).build()));
  }

  /**
   * {@link #verify Verifies} a notification, then {@link #confirm confirms} it with a look-up.
   *
   * @param body the raw request body
   * @param contentType the request's {@code Content-Type}, or {@code null}
   * @param api the client's v1 calls
   * @return the notification with the object's state
   */
  public Confirmed<Postback, InvoiceStatusInfo> verifyAndConfirm(byte[] body, String contentType,
      CryptoCloudV1 api) {
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
