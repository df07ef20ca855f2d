package io.payspec.runtime.error;

/**
 * The root of every exception a payspec client throws: catch it to handle any failure. Messages
 * name the provider, the endpoint and what went wrong, are one line of at most 2,000 characters, and
 * never contain a credential.
 */
public class PayspecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by a message. */
  public PayspecException(String message) {
    super(Messages.oneLine(message));
  }

  /** A failure described by a message, caused by another. */
  public PayspecException(String message, Throwable cause) {
    super(Messages.oneLine(message), cause);
  }
}
