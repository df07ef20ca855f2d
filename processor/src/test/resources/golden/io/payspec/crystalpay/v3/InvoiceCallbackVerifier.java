package io.payspec.crystalpay.v3;

import io.payspec.annotations.NotificationDelivery;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.crystalpay.CrystalPayClient;
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
 * Verifies CrystalPay v3 invoiceCallback notifications and reads them as {@link InvoiceInfo}.
 *
 * <p>Sent as JSON to the invoice's callback_url when its state changes; answer HTTP 200 (or 429) within 30 seconds, or it is sent again, up to 10 attempts. Only the id is signed: confirm the state with getInvoice before shipping.
 *
 * <p>Give it the raw body bytes and the {@code Content-Type} as received, from any web framework;
 * it returns the typed notification once {@code signature} is the SHA-1 digest of {@code &#123;id&#125;:&#123;salt&#125;}, or throws a
 * {@link io.payspec.runtime.error.NotificationVerificationException} saying why. Immutable and thread-safe.
 *
 * <p>Answer {@code 200} or {@code 429} within 30 s to acknowledge it; otherwise it is sent again, 10 tries at most, the n-th retry n times 60 s after the try before it. Handle a repeat idempotently.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class InvoiceCallbackVerifier {
  /**
   * What payspec knows of the CrystalPay v3 invoiceCallback notification: encodings, scheme, delivery, look-up, examples.
   */
  public static final NotificationInfo<InvoiceInfo> INFO = new NotificationInfo<>(
    CrystalPayClient.PROVIDER,
    "v3",
    "invoiceCallback",
    "Sent as JSON to the invoice's callback_url when its state changes; answer HTTP 200 (or 429) within 30 seconds, or it is sent again, up to 10 attempts. Only the id is signed: confirm the state with getInvoice before shipping.",
    InvoiceInfo.class,
    List.of(NotificationEncoding.JSON),
    new VerificationScheme.Digest("signature", "{id}:{salt}", "SHA-1", "salt"),
    new DeliveryInfo(10, List.of(200, 429), Duration.ofSeconds(30), Duration.ofSeconds(60), NotificationDelivery.Growth.LINEAR, true, "crystalpay-v3-callback-general.ru.md, limits and conditions: re-sent after N minutes, N the attempts made, 10 attempts at most, unless answered HTTP 200 or 429 within 30 seconds"),
    "getInvoice",
    "id",
    "id",
    "",
    List.of(
    new NotificationInfo.Example("v2-page", "{\n"
        + "  \"signature\": \"9eabbecc21c8bc968b73291bb19def2a10c8251c\",\n"
        + "  \"id\": \"123456789_abcdefghij\",\n"
        + "  \"url\": \"https://pay.crystalpay.io/?i=123456789_abcdefghij\",\n"
        + "  \"state\": \"payed\",\n"
        + "  \"type\": \"purchase\",\n"
        + "  \"method\": \"BITCOIN\",\n"
        + "  \"required_method\": \"\",\n"
        + "  \"currency\": \"BTC\",\n"
        + "  \"service_commission\": 0,\n"
        + "  \"extra_commission\": 0,\n"
        + "  \"amount\": 100,\n"
        + "  \"pay_amount\": 0.1,\n"
        + "  \"remaining_amount\": 0.1,\n"
        + "  \"balance_amount\": 0.1,\n"
        + "  \"description\": \"\",\n"
        + "  \"redirect_url\": \"https://crystalpay.io/\",\n"
        + "  \"callback_url\": \"https://example.com/crystalpay.php\",\n"
        + "  \"extra\": \"\",\n"
        + "  \"created_at\": \"2023-01-01 00:00:00\",\n"
        + "  \"expired_at\": \"2023-01-03 12:34:56\"\n"
        + "}", "The v2 page's body, the only stored one; its signature was made with a salt the page does not give.")));

  private final NotificationVerifier<InvoiceInfo> verifier;

  private InvoiceCallbackVerifier(NotificationVerifier<InvoiceInfo> verifier) {
    this.verifier = verifier;
  }

  /**
   * Starts a verifier; {@link Builder#salt(String)} is required.
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
  public InvoiceInfo verify(byte[] body, String contentType) {
    return verifier.verify(body, contentType);
  }

  /**
   * Fetches the authoritative state of the object a verified notification names, with
   * {@code getInvoice}: act on it, not on the notification's own amounts and status, which its signature
   * does not cover.
   *
   * @param notification a notification {@link #verify verified} by this verifier
   * @param api the client's v3 calls, e.g. {@code client.v3()}
   * @return the notification with the object's state
   * @throws PayspecException if the notification names no object or the look-up fails
   */
  public Confirmed<InvoiceInfo, InvoiceInfo> confirm(InvoiceInfo notification, CrystalPayV3 api) {
    String id = notification.id();
    if (id == null) {
      throw new PayspecException("CrystalPay v3 invoiceCallback: the notification names no id to look up");
    }
    return new Confirmed<>(notification, api.getInvoice(GetInvoiceRequest.builder().id(id).build()));
  }

  /**
   * {@link #verify Verifies} a notification, then {@link #confirm confirms} it with a look-up.
   *
   * @param body the raw request body
   * @param contentType the request's {@code Content-Type}, or {@code null}
   * @param api the client's v3 calls
   * @return the notification with the object's state
   */
  public Confirmed<InvoiceInfo, InvoiceInfo> verifyAndConfirm(byte[] body, String contentType,
      CrystalPayV3 api) {
    return confirm(verify(body, contentType), api);
  }

  @Override
  public String toString() {
    return verifier.toString();
  }

  /**
   * Configures a {@link InvoiceCallbackVerifier}.
   */
  public static final class Builder {
    private final NotificationVerifier.Builder<InvoiceInfo> delegate = NotificationVerifier.builder(INFO);

    private Builder() {
    }

    /**
     * The shared secret, {@code salt}; never printed. Required.
     *
     * @param salt the secret
     * @return this builder
     */
    public Builder salt(String salt) {
      delegate.secret(salt);
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
    public InvoiceCallbackVerifier build() {
      return new InvoiceCallbackVerifier(delegate.build());
    }
  }
}
