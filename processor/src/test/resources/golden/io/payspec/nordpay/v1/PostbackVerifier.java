package io.payspec.nordpay.v1;

import io.payspec.annotations.NotificationEncoding;
import io.payspec.nordpay.NordPayClient;
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
 * Verifies NordPay v1 postback notifications and reads them as {@link Postback}.
 *
 * <p>Sent to the invoice's or wallet's postback_url after each transaction (and, per the SDK, when an invoice or wallet expires); authentic when postback_secret equals the secret on the merchant's profile.
 *
 * <p>Give it the raw body bytes and the {@code Content-Type} as received, from any web framework;
 * it returns the typed notification once {@code postback_secret} equals the secret (compared in constant time), or throws a
 * {@link io.payspec.runtime.error.NotificationVerificationException} saying why. Immutable and thread-safe.
 *
 * <p>The provider documents no retries and no expected answer: answer {@code 200} once the notification is verified and stored, and handle a repeat of it idempotently.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class PostbackVerifier {
  /**
   * What payspec knows of the NordPay v1 postback notification: encodings, scheme, delivery, look-up, examples.
   */
  public static final NotificationInfo<Postback> INFO = new NotificationInfo<>(
    NordPayClient.PROVIDER,
    "v1",
    "postback",
    "Sent to the invoice's or wallet's postback_url after each transaction (and, per the SDK, when an invoice or wallet expires); authentic when postback_secret equals the secret on the merchant's profile.",
    Postback.class,
    List.of(NotificationEncoding.JSON),
    new VerificationScheme.SharedSecret("postback_secret", "postback_secret"),
    DeliveryInfo.UNDOCUMENTED,
    "getInvoice",
    "object_id",
    "identifier",
    "",
    List.of(
    new NotificationInfo.Example("page", "{\n"
        + "  \"postback_secret\": \"xxxxxxxx-xxxx-xxxx-xxxxxxxxxxxx\",\n"
        + "  \"postback_type\": \"transaction\",\n"
        + "  \"tx_id\": 67890,\n"
        + "  \"tx_hash\": \"abcdef1234567890\",\n"
        + "  \"tx_type\": \"invoice\",\n"
        + "  \"label\": \"Order #1234\",\n"
        + "  \"currency\": \"USDTBEP20\",\n"
        + "  \"amount\": 1000.00,\n"
        + "  \"amount_usd\": 1000.00,\n"
        + "  \"network_fee\": 0.00,\n"
        + "  \"network_fee_usd\": 0.00,\n"
        + "  \"service_fee\": 5.00,\n"
        + "  \"service_fee_usd\": 5.00,\n"
        + "  \"received_amount\": 500.00,\n"
        + "  \"received_amount_usd\": 500.00,\n"
        + "  \"status\": \"paid\",\n"
        + "  \"created_at\": \"2025-05-24T15:00:00Z\"\n"
        + "}", ""),
    new NotificationInfo.Example("sdk-invoice-expired", "{\n"
        + "  \"postback_secret\": \"xxxxxxxx-xxxx-xxxx-xxxxxxxxxxxx\",\n"
        + "  \"postback_type\": \"invoice_expired\",\n"
        + "  \"object_type\": \"invoice\",\n"
        + "  \"object_id\": 42,\n"
        + "  \"status\": \"expired\",\n"
        + "  \"label\": \"Order #1234\",\n"
        + "  \"currency\": \"USDTBEP20\",\n"
        + "  \"received_amount\": \"0.0\",\n"
        + "  \"received_amount_usd\": \"0.0\",\n"
        + "  \"expires_at\": \"2025-05-24T15:30:00Z\",\n"
        + "  \"created_at\": \"2025-05-24T15:00:00Z\"\n"
        + "}", "Not on the page: the shape of the SDK's tests (tests/test_webhook.py), money as strings as there.")));

  private final NotificationVerifier<Postback> verifier;

  private PostbackVerifier(NotificationVerifier<Postback> verifier) {
    this.verifier = verifier;
  }

  /**
   * Starts a verifier; {@link Builder#postbackSecret(String)} is required.
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
  public Confirmed<Postback, Invoice> confirm(Postback notification, NordPayV1 api) {
    Long id = notification.objectId().orElse(null);
    if (id == null) {
      throw new PayspecException("NordPay v1 postback: the notification names no object_id to look up");
    }
    return new Confirmed<>(notification, api.getInvoice(GetInvoiceRequest.builder().identifier(String.valueOf(id)).build()));
  }

  /**
   * {@link #verify Verifies} a notification, then {@link #confirm confirms} it with a look-up.
   *
   * @param body the raw request body
   * @param contentType the request's {@code Content-Type}, or {@code null}
   * @param api the client's v1 calls
   * @return the notification with the object's state
   */
  public Confirmed<Postback, Invoice> verifyAndConfirm(byte[] body, String contentType,
      NordPayV1 api) {
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
     * The shared secret, {@code postback_secret}; never printed. Required.
     *
     * @param postbackSecret the secret
     * @return this builder
     */
    public Builder postbackSecret(String postbackSecret) {
      delegate.secret(postbackSecret);
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
