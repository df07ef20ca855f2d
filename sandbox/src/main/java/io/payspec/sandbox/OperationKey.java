package io.payspec.sandbox;

import io.payspec.runtime.meta.Operation;
import java.util.Objects;

/**
 * Names one operation of one API version of one provider, e.g. {@code cryptocloud v2 createInvoice}.
 *
 * @param providerId the provider's id, {@link io.payspec.runtime.meta.ProviderInfo#id()}
 * @param version the API version, e.g. {@code v2}
 * @param operation the operation's name, e.g. {@code createInvoice}
 */
public record OperationKey(String providerId, String version, String operation) {
  /** Checks that no part is null. */
  public OperationKey {
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(operation, "operation");
  }

  /** The key of a generated operation. */
  public static OperationKey of(Operation<?, ?> operation) {
    return new OperationKey(operation.provider().id(), operation.version(), operation.name());
  }

  @Override
  public String toString() {
    return providerId + " " + version + " " + operation;
  }
}
