package io.payspec.okhttp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * OkHttp's failures as the exceptions {@link io.payspec.runtime.http.HttpTransport} documents, so that
 * a client reports them as it does for the default transport: a refused connection or an unknown host
 * is a {@link ConnectException} (never reached the server: retried), the call timeout an
 * {@link HttpTimeoutException}, a connect timeout an {@link HttpConnectTimeoutException}.
 */
final class OkHttpFailures {
  private OkHttpFailures() {}

  static Throwable translate(Throwable failure) {
    if (!(failure instanceof IOException)) {
      return failure;
    }
    if (failure instanceof SocketTimeoutException) {
      // Read and write timeouts are off: only the connection can time out this way.
      HttpConnectTimeoutException timeout = new HttpConnectTimeoutException("connect timed out");
      timeout.initCause(failure);
      return timeout;
    }
    if (failure instanceof InterruptedIOException) {
      // OkHttp's call timeout ("timeout"), the only other one in use.
      HttpTimeoutException timeout = new HttpTimeoutException("request timed out");
      timeout.initCause(failure);
      return timeout;
    }
    if (failure instanceof ConnectException connect) {
      // OkHttp puts "Failed to connect to /host:port" around the socket's own exception.
      return connect.getCause() instanceof ConnectException original ? original : connect;
    }
    if (failure instanceof UnknownHostException) {
      ConnectException connect = new ConnectException("unknown host");
      connect.initCause(failure);
      return connect;
    }
    return failure;
  }

  /** What a blocking call throws for the failure of its future. */
  static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IOException(failure);
  }
}
