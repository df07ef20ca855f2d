package io.payspec.runtime.error;

/**
 * No answer (or no connection) within the configured time. The provider may have received and
 * processed the request: it is never retried automatically.
 */
public class RequestTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message (kept on one line) and the underlying timeout. */
  public RequestTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
