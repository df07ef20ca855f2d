package io.payspec.runtime;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import java.util.concurrent.CompletableFuture;

/**
 * The shared, immutable and thread-safe heart of a generated client: one HTTP transport and one JSON
 * mapper per client, credentials, and the call logic (validate, serialize, authenticate, send, read
 * the envelope, map errors to typed exceptions). Generated version classes delegate every call here.
 */
public final class ClientCore {
  ClientCore(ClientBuilder<?> builder) {
    throw new IllegalStateException("ClientCore is being written");
  }

  /** A builder for a client of any provider, for tools that work from metadata (the command line). */
  public static Builder builder(ProviderInfo provider) {
    return new Builder(provider);
  }

  /** The provider this core talks to. */
  public ProviderInfo provider() {
    throw new IllegalStateException("ClientCore is being written");
  }

  /** Validates, sends and reads one call; blocks until the answer. */
  public <Q, R> R call(Operation<Q, R> operation, Q request) {
    throw new IllegalStateException("ClientCore is being written");
  }

  /** Validates (throwing at once if invalid), then sends and reads one call asynchronously. */
  public <Q, R> CompletableFuture<R> callAsync(Operation<Q, R> operation, Q request) {
    throw new IllegalStateException("ClientCore is being written");
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

    public ClientCore build() {
      return buildCore();
    }
  }
}
