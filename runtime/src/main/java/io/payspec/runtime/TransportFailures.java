package io.payspec.runtime;

import io.payspec.runtime.error.ConnectionFailedException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.RequestTimeoutException;
import io.payspec.runtime.error.TransportException;
import io.payspec.runtime.http.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns the failure of a transport into the payspec exception users see, naming the endpoint:
 * {@link ConnectException} becomes {@link ConnectionFailedException} (the request never reached the
 * server), a timeout {@link RequestTimeoutException}, anything else {@link TransportException}.
 */
final class TransportFailures {
  private final Duration connectTimeout;
  private final Redactor redactor;

  TransportFailures(Duration connectTimeout, Redactor redactor) {
    this.connectTimeout = connectTimeout;
    this.redactor = redactor;
  }

  /** The failure without the {@link CompletionException} and {@link ExecutionException} around it. */
  static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** The failure as a cause that carries no credential and no field of the original. */
  Throwable safe(Throwable failure) {
    return redactor.detached(failure);
  }

  PayspecException map(String endpoint, TransportRequest request, Throwable failure) {
    String where = authority(request.uri());
    Throwable cause = redactor.safeCause(failure);
    if (failure instanceof TransportException transport) {
      String message = endpoint + ": " + redactor.redact(transport.getMessage());
      if (failure instanceof ConnectionFailedException) {
        return new ConnectionFailedException(message, cause);
      }
      return failure instanceof RequestTimeoutException
          ? new RequestTimeoutException(message, cause)
          : new TransportException(message, cause);
    }
    if (failure instanceof PayspecException payspec) {
      return payspec;
    }
    if (failure instanceof HttpConnectTimeoutException) {
      return new RequestTimeoutException(
          endpoint + ": could not connect to " + where + " within " + connectTimeout, cause);
    }
    if (failure instanceof HttpTimeoutException) {
      return new RequestTimeoutException(endpoint + ": no answer within " + request.timeout(), cause);
    }
    if (failure instanceof ConnectException) {
      return new ConnectionFailedException(
          endpoint + ": could not connect to " + where + " (" + connectReason(failure) + ")", cause);
    }
    String what = failure instanceof IOException ? "exchange with " + where + " failed" : "transport failed";
    return new TransportException(endpoint + ": " + what + " (" + redactor.redact(describe(failure)) + ")", cause);
  }

  private static String connectReason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host";
      }
    }
    String message = failure.getMessage();
    if (message != null && !message.isBlank()) {
      return message.strip().toLowerCase(Locale.ROOT);
    }
    // The JDK client reports a refused connection as a bare ConnectException over a closed channel.
    return failure.getCause() instanceof ClosedChannelException ? "connection refused" : "connection failed";
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  /** {@code host:port}, the port defaulted from the scheme. */
  static String authority(URI uri) {
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return uri.getHost() + ":" + port;
  }
}
