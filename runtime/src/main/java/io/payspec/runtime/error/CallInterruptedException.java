package io.payspec.runtime.error;

/**
 * The thread waiting in a blocking call was interrupted. The exchange was cancelled; the request may
 * or may not have reached the provider. The thread's interrupt status is set again.
 */
public class CallInterruptedException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** An interrupted call described by a message. */
  public CallInterruptedException(String message) {
    super(message, null);
  }
}
