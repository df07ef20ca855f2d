package io.payspec.runtime.error;

/**
 * No connection could be made (refused, unreachable, unknown host): the request never reached the
 * provider, so it is safe to retry; clients retry it as their {@link io.payspec.runtime.RetryPolicy}
 * allows.
 */
public class ConnectionFailedException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message (kept on one line) and the underlying I/O error. */
  public ConnectionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
