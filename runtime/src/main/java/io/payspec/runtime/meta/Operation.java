package io.payspec.runtime.meta;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.runtime.validation.Violation;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the runtime needs to call one endpoint version and read its answer; generated as a
 * constant of each version class.
 *
 * @param provider the provider
 * @param version the API version, e.g. {@code v2}
 * @param name the operation, e.g. {@code createInvoice}
 * @param method the HTTP method
 * @param path the documented path, below the base URL
 * @param description the provider's description
 * @param envelope how responses are wrapped
 * @param errors what the error bodies look like
 * @param requestType the generated request class
 * @param responseType the generated response class
 * @param validator the generated validator
 * @param requestFields the request fields, flattened, in documented order
 */
public record Operation<Q, R>(
    ProviderInfo provider,
    String version,
    String name,
    HttpMethod method,
    String path,
    String description,
    EnvelopeInfo envelope,
    ErrorInfo errors,
    Class<Q> requestType,
    Class<R> responseType,
    Function<Q, List<Violation>> validator,
    List<FieldInfo> requestFields) {
  public Operation {
    requestFields = List.copyOf(requestFields);
  }

  /** "CryptoCloud v2 createInvoice": how messages name the endpoint. */
  public String displayName() {
    return provider.name() + " " + version + " " + name;
  }

  /** How the response is wrapped. */
  public record EnvelopeInfo(
      EnvelopeKind kind,
      String statusField,
      String successValue,
      String resultField,
      String errorFlagField,
      String errorsField) {
    public static EnvelopeInfo flat() {
      return new EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors");
    }
  }

  /** What error bodies look like and which of them mean what. */
  public record ErrorInfo(
      List<ErrorShape> shapes,
      List<String> authenticationKeys,
      List<String> authenticationMessages,
      List<Integer> unavailableStatuses) {
    public ErrorInfo {
      shapes = List.copyOf(shapes);
      authenticationKeys = List.copyOf(authenticationKeys);
      authenticationMessages = List.copyOf(authenticationMessages);
      unavailableStatuses = List.copyOf(unavailableStatuses);
    }
  }
}
