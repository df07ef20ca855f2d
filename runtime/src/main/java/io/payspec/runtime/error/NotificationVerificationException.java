package io.payspec.runtime.error;

/**
 * A notification that must not be trusted: its signature is wrong or missing, it expired, it was signed
 * for another object than the body names, it uses an algorithm other than the documented one, or its
 * body cannot be read. Answer the provider with a client error and do not act on it. The message says
 * why in one line and never contains the secret or the signature.
 */
public final class NotificationVerificationException extends PayspecException {
  private static final long serialVersionUID = 1L;

  /** Why a notification was refused. */
  public enum Reason {
    /** The body is not JSON or form data, is too large, or its fields do not have their documented types. */
    MALFORMED_BODY,
    /** The {@code Content-Type} is not one of the encodings the provider uses. */
    UNSUPPORTED_CONTENT_TYPE,
    /** The field that should carry the signature is absent or empty. */
    MISSING_SIGNATURE,
    /** The signature does not match the secret: forged, tampered or signed with another secret. */
    BAD_SIGNATURE,
    /** The token is signed with another algorithm than the documented one (including {@code none}). */
    UNSUPPORTED_ALGORITHM,
    /** The token's validity has passed (beyond the clock tolerance). */
    EXPIRED,
    /** The signature is valid but for another object than the one the body names. */
    WRONG_SUBJECT
  }

  private static final int MAX_MESSAGE = 300;

  private final Reason reason;

  /**
   * A refused notification.
   *
   * @param notification how messages name the notification, e.g. "CryptoCloud v2 postback"
   * @param reason why
   * @param detail what was found, without secrets
   */
  public NotificationVerificationException(String notification, Reason reason, String detail) {
    super(bounded(notification + " is not authentic (" + reason + "): " + detail));
    this.reason = reason;
  }

  /** Why the notification was refused. */
  public Reason reason() {
    return reason;
  }

  private static String bounded(String message) {
    String line = Messages.oneLine(message);
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 3) + "...";
  }
}
