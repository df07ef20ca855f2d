package io.payspec.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.error.CallInterruptedException;
import io.payspec.runtime.error.ConnectionFailedException;
import io.payspec.runtime.error.MissingCredentialException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.http.HttpTransport;
import io.payspec.runtime.http.JdkHttpTransport;
import io.payspec.runtime.http.ResponseTooLargeException;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.http.TransportResponse;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.validation.Violation;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shared, immutable and thread-safe heart of a generated client: one HTTP transport and one JSON
 * mapper per client, credentials, and the call logic (validate, serialize, authenticate, send, read
 * the envelope, map errors to typed exceptions). Generated version classes delegate every call here.
 *
 * <h2>Retries</h2>
 * Only a {@link ConnectionFailedException} is retried, as often as the client's {@link RetryPolicy}
 * allows and after its backoff: the connection could not be made, so the request never reached the
 * provider. Nothing else is ever retried, not a timeout, not a 5xx, not a reset connection: the
 * provider may have received the request, and sending it again could create a second invoice.
 *
 * <h2>Errors</h2>
 * Every failure is a {@link PayspecException}: {@link ValidationException} (nothing sent),
 * {@link io.payspec.runtime.error.TransportException} and its subclasses (no answer),
 * {@link io.payspec.runtime.error.ApiException} and its subclasses (an answer that is not a success).
 * Messages are one line, name the endpoint, and never contain a credential: the client's credentials
 * are masked in messages and response bodies.
 */
public final class ClientCore {
  private final ProviderInfo provider;
  private final URI baseUrl;
  private final List<String> credentialNames;
  private final HttpTransport transport;
  private final RetryPolicy retryPolicy;
  private final Executor executor;
  private final RequestWriter writer;
  private final ResponseReader reader;
  private final TransportFailures failures;

  ClientCore(ClientBuilder<?> builder) {
    this.provider = builder.provider;
    this.baseUrl = builder.baseUrl;
    Map<String, Secret> credentials = new LinkedHashMap<>(builder.credentials);
    this.credentialNames = List.copyOf(credentials.keySet());
    this.transport = builder.transport != null
        ? builder.transport
        : new JdkHttpTransport(builder.connectTimeout, builder.executor);
    this.retryPolicy = builder.retryPolicy;
    this.executor = builder.executor;
    ObjectMapper mapper = Json.mapper();
    // Only secrets are masked: a login is not secret, and masking it would garble providers' messages.
    Redactor redactor = new Redactor(credentials.entrySet().stream()
        .filter(entry -> provider.isSecret(entry.getKey()))
        .map(Map.Entry::getValue)
        .toList());
    this.writer = new RequestWriter(mapper, credentials, baseUrl,
        builder.requestTimeout, builder.maxResponseBytes);
    this.reader = new ResponseReader(mapper, redactor, Clock.systemUTC());
    this.failures = new TransportFailures(builder.connectTimeout, redactor);
  }

  /** A builder for a client of any provider, for tools that work from metadata (the command line). */
  public static Builder builder(ProviderInfo provider) {
    return new Builder(provider);
  }

  /** The provider this core talks to. */
  public ProviderInfo provider() {
    return provider;
  }

  /**
   * Validates, sends and reads one call on the calling thread (through
   * {@link HttpTransport#execute}, retries and their backoff included); blocks until the answer. The
   * wait can be interrupted: the exchange is then cancelled, the thread's interrupt status is set
   * again, and the call throws.
   *
   * @throws PayspecException (a subclass) for every failure, of the same type and message as the one
   *     the future of {@link #callAsync} fails with; {@link CallInterruptedException} when interrupted
   */
  public <Q, R> R call(Operation<Q, R> operation, Q request) {
    CompletableFuture<R> done = start(operation, request, true);
    try {
      return done.join();
    } catch (CompletionException e) {
      Throwable cause = TransportFailures.unwrap(e);
      if (cause instanceof PayspecException payspec) {
        throw payspec;
      }
      throw new PayspecException(operation.displayName() + ": call failed ("
          + cause.getClass().getSimpleName() + ")", failures.safe(cause));
    }
  }

  /**
   * Validates, then sends and reads one call asynchronously. An invalid request gives a future failed
   * with {@link ValidationException} and nothing is sent; every other failure is a
   * {@link PayspecException} in the future.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the operation belongs to another provider
   */
  public <Q, R> CompletableFuture<R> callAsync(Operation<Q, R> operation, Q request) {
    return start(operation, request, false);
  }

  /**
   * Checks, validates and writes the request, then runs the exchange: on the calling thread when
   * {@code blocking} (the future is then complete on return), asynchronously otherwise.
   */
  private <Q, R> CompletableFuture<R> start(Operation<Q, R> operation, Q request, boolean blocking) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(request, "request");
    if (!operation.provider().id().equals(provider.id())) {
      throw new IllegalArgumentException(
          operation.displayName() + " is not an operation of " + provider.name());
    }
    for (String credential : operation.credentials()) {
      if (!credentialNames.contains(credential)) {
        return CompletableFuture.failedFuture(new MissingCredentialException(operation.displayName()
            + " needs the credential " + credential + ", which the client was built without; set it on the builder",
            credential));
      }
    }
    List<Violation> violations;
    try {
      // A request its builder's build() made was checked there and is immutable: the validator returns
      // at once. One made another way (read from JSON) is checked here, before anything is sent.
      violations = operation.validator().apply(request);
    } catch (RuntimeException | StackOverflowError e) {
      return CompletableFuture.failedFuture(new PayspecException(
          operation.displayName() + ": the request cannot be checked (" + e.getClass().getSimpleName() + ")"));
    }
    if (!violations.isEmpty()) {
      return CompletableFuture.failedFuture(
          new ValidationException(operation.displayName() + " request", violations));
    }
    TransportRequest wire;
    try {
      wire = writer.write(operation, request);
    } catch (JsonProcessingException | RuntimeException e) {
      // The cause is not kept: a serializer's exception may quote request values.
      return CompletableFuture.failedFuture(new PayspecException(
          operation.displayName() + ": the request cannot be written as JSON ("
              + e.getClass().getSimpleName() + ")"));
    }
    return blocking ? exchangeHere(operation, wire) : exchangeAsync(operation, wire);
  }

  /** The exchange on the calling thread, as a complete future. */
  private <R> CompletableFuture<R> exchangeHere(Operation<?, R> operation, TransportRequest wire) {
    try {
      return CompletableFuture.completedFuture(reader.read(operation, exchange(operation, wire)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Sends on the calling thread; on a failed connection, sends again after the backoff (an
   * interruptible wait) while retries remain.
   */
  private TransportResponse exchange(Operation<?, ?> operation, TransportRequest wire) {
    for (int retries = 0; ; retries++) {
      PayspecException error;
      try {
        return Objects.requireNonNull(transport.execute(wire), "transport returned no response");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CallInterruptedException(operation.displayName() + ": interrupted while waiting for the answer; "
            + "the exchange was cancelled (the provider may have received the request)");
      } catch (IOException | RuntimeException e) {
        error = toPayspec(operation, wire, e);
      }
      if (!(error instanceof ConnectionFailedException) || retries >= retryPolicy.maxRetries()) {
        throw error;
      }
      pause(operation);
    }
  }

  /** The backoff before a retry; an interrupt ends the call (no attempt reached the provider). */
  private void pause(Operation<?, ?> operation) {
    long nanos = retryPolicy.backoff().toNanos();
    if (nanos == 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallInterruptedException(operation.displayName()
          + ": interrupted while waiting to retry; no attempt reached the provider");
    }
  }

  /** The exchange through {@link HttpTransport#send}, retries included. */
  private <R> CompletableFuture<R> exchangeAsync(Operation<?, R> operation, TransportRequest wire) {
    AtomicReference<CompletableFuture<TransportResponse>> current = new AtomicReference<>();
    CompletableFuture<R> result = attempt(operation, wire, 0, current)
        .thenApply(response -> reader.read(operation, response));
    // Cancelling the call (the caller's cancel) cancels the exchange under way.
    result.whenComplete((response, failure) -> {
      CompletableFuture<TransportResponse> sending = current.get();
      if (result.isCancelled() && sending != null) {
        sending.cancel(true);
      }
    });
    return result;
  }

  /** Sends once; on a failed connection, sends again after the backoff while retries remain. */
  private CompletableFuture<TransportResponse> attempt(Operation<?, ?> operation, TransportRequest wire, int retries,
      AtomicReference<CompletableFuture<TransportResponse>> current) {
    CompletableFuture<TransportResponse> sent;
    try {
      sent = Objects.requireNonNull(transport.send(wire), "transport returned no future");
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    current.set(sent);
    return sent.handle((response, failure) -> {
      if (failure == null) {
        return CompletableFuture.completedFuture(response);
      }
      PayspecException error = toPayspec(operation, wire, TransportFailures.unwrap(failure));
      if (error instanceof ConnectionFailedException && retries < retryPolicy.maxRetries()) {
        Executor later = executor == null
            ? CompletableFuture.delayedExecutor(retryPolicy.backoff().toNanos(), TimeUnit.NANOSECONDS)
            : CompletableFuture.delayedExecutor(retryPolicy.backoff().toNanos(), TimeUnit.NANOSECONDS, executor);
        return CompletableFuture.supplyAsync(() -> attempt(operation, wire, retries + 1, current), later)
            .thenCompose(Function.identity());
      }
      return CompletableFuture.<TransportResponse>failedFuture(error);
    }).thenCompose(Function.identity());
  }

  private PayspecException toPayspec(Operation<?, ?> operation, TransportRequest wire, Throwable failure) {
    return failure instanceof ResponseTooLargeException tooLarge
        ? reader.tooLarge(operation, tooLarge)
        : failures.map(operation.displayName(), wire, failure);
  }

  /** Provider, base URL and the names of the credentials; never their values. */
  @Override
  public String toString() {
    return "ClientCore[" + provider.name() + " " + baseUrl + ", credentials "
        + credentialNames.stream().map(name -> name + "=" + Redactor.MASK).collect(Collectors.joining(", "))
        + "]";
  }

  /** Builds a {@link ClientCore} from metadata. */
  public static final class Builder extends ClientBuilder<Builder> {
    Builder(ProviderInfo provider) {
      super(provider);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Checks that every credential is set and creates the core. */
    public ClientCore build() {
      return buildCore();
    }
  }
}
