package io.payspec.runtime.http;

import java.io.IOException;

/**
 * A transport refused a response body larger than {@link TransportRequest#maxResponseBytes()}, either
 * from its {@code Content-Length} or while reading it, without buffering it. Clients turn it into an
 * {@link io.payspec.runtime.error.ApiException}.
 */
public class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final long limit;

  /**
   * @param status the HTTP status of the refused response
   * @param limit the limit in bytes
   * @param contentLength the declared length, or -1 if the body was refused while reading it
   */
  public ResponseTooLargeException(int status, long limit, long contentLength) {
    super("HTTP " + status + " body " + (contentLength >= 0 ? "of " + contentLength + " bytes " : "")
        + "larger than the limit of " + limit + " bytes, refused");
    this.status = status;
    this.limit = limit;
  }

  /** The HTTP status of the refused response. */
  public int status() {
    return status;
  }

  /** The limit in bytes that the body passed. */
  public long limit() {
    return limit;
  }
}
