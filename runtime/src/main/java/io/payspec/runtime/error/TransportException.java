package io.payspec.runtime.error;

/**
 * No response arrived: the exchange failed on the network. Whether the provider received the request
 * is unknown, except for {@link ConnectionFailedException} (it did not).
 */
public class TransportException extends PayspecException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message (kept on one line) and the underlying I/O error. */
  public TransportException(String message, Throwable cause) {
    super(Messages.oneLine(message), cause);
  }

  /** A failure with a message (kept on one line). */
  public TransportException(String message) {
    this(message, null);
  }
}
