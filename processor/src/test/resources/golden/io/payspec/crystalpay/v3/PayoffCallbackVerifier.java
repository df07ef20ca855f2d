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
 * Verifies CrystalPay v3 payoffCallback notifications and reads them as {@link Payoff}.
 *
 * <p>Sent as JSON to the payoff's callback_url when its state changes; answer HTTP 200 (or 429) within 30 seconds, or it is sent again, up to 10 attempts. Only the id is signed: confirm with getPayoff.
 *
 * <p>Give it the raw body bytes and the {@code Content-Type} as received, from any web framework;
 * it returns the typed notification once {@code signature} is the SHA-1 digest of {@code &#123;id&#125;:&#123;salt&#125;}, or throws a
 * {@link io.payspec.runtime.error.NotificationVerificationException} saying why. Immutable and thread-safe.
 *
 * <p>Answer {@code 200} or {@code 429} within 30 s to acknowledge it; otherwise it is sent again, 10 tries at most, the n-th retry n times 60 s after the try before it. Handle a repeat idempotently.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class PayoffCallbackVerifier {
  /**
   * What payspec knows of the CrystalPay v3 payoffCallback notification: encodings, scheme, delivery, look-up, examples.
   */
  public static final NotificationInfo<Payoff> INFO = new NotificationInfo<>(
    CrystalPayClient.PROVIDER,
    "v3",
    "payoffCallback",
    "Sent as JSON to the payoff's callback_url when its state changes; answer HTTP 200 (or 429) within 30 seconds, or it is sent again, up to 10 attempts. Only the id is signed: confirm with getPayoff.",
    Payoff.class,
    List.of(NotificationEncoding.JSON),
    new VerificationScheme.Digest("signature", "{id}:{salt}", "SHA-1", "salt"),
    new DeliveryInfo(10, List.of(200, 429), Duration.ofSeconds(30), Duration.ofSeconds(60), NotificationDelivery.Growth.LINEAR, true, "crystalpay-v3-callback-general.ru.md, limits and conditions: re-sent after N minutes, N the attempts made, 10 attempts at most, unless answered HTTP 200 or 429 within 30 seconds"),
    "getPayoff",
    "id",
    "id",
    "",
    List.of(
    new NotificationInfo.Example("sdk", "{\n"
        + "  \"signature\": \"0000000000000000000000000000000000000000\",\n"
        + "  \"id\": \"123456789_abcdefghij\",\n"
        + "  \"state\": \"payed\",\n"
        + "  \"subtract_from\": \"balance\",\n"
        + "  \"method\": \"BITCOIN\",\n"
        + "  \"amount_currency\": \"BTC\",\n"
        + "  \"amount\": \"0.0005\",\n"
        + "  \"rub_amount\": \"1500\",\n"
        + "  \"receive_amount\": \"0.0005\",\n"
        + "  \"deduction_amount\": \"0.00051\",\n"
        + "  \"commission_amount\": \"0.00001\",\n"
        + "  \"wallet\": \"bc1qexamplewallet\",\n"
        + "  \"message\": null,\n"
        + "  \"callback_url\": \"https://example.com/crystalpay.php\",\n"
        + "  \"extra\": \"payoff-42\",\n"
        + "  \"created_at\": \"2024-01-01 11:11:11\",\n"
        + "  \"final_at\": \"2024-01-01 11:21:11\"\n"
        + "}", "Not on any page: written from the SDK aiocrystal's CallbackPayoff fields with payoff/info's value styles; the signature is a placeholder that tests and the sandbox compute anew.")));

  private final NotificationVerifier<Payoff> verifier;

  private PayoffCallbackVerifier(NotificationVerifier<Payoff> verifier) {
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
  public Payoff verify(byte[] body, String contentType) {
    return verifier.verify(body, contentType);
  }

  /**
   * Fetches the authoritative state of the object a verified notification names, with
   * {@code getPayoff}: act on it, not on the notification's own amounts and status, which its signature
   * does not cover.
   *
   * @param notification a notification {@link #verify verified} by this verifier
   * @param api the client's v3 calls, e.g. {@code client.v3()}
   * @return the notification with the object's state
   * @throws PayspecException if the notification names no object or the look-up fails
   */
  public Confirmed<Payoff, Payoff> confirm(Payoff notification, CrystalPayV3 api) {
    String id = notification.id();
    if (id == null) {
      throw new PayspecException("CrystalPay v3 payoffCallback: the notification names no id to look up");
    }
    return new Confirmed<>(notification, api.getPayoff(GetPayoffRequest.builder().id(id).build()));
  }

  /**
   * {@link #verify Verifies} a notification, then {@link #confirm confirms} it with a look-up.
   *
   * @param body the raw request body
   * @param contentType the request's {@code Content-Type}, or {@code null}
   * @param api the client's v3 calls
   * @return the notification with the object's state
   */
  public Confirmed<Payoff, Payoff> verifyAndConfirm(byte[] body, String contentType,
      CrystalPayV3 api) {
    return confirm(verify(body, contentType), api);
  }

  @Override
  public String toString() {
    return verifier.toString();
  }

  /**
   * Configures a {@link PayoffCallbackVerifier}.
   */
  public static final class Builder {
    private final NotificationVerifier.Builder<Payoff> delegate = NotificationVerifier.builder(INFO);

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
    public PayoffCallbackVerifier build() {
      return new PayoffCallbackVerifier(delegate.build());
    }
  }
}
