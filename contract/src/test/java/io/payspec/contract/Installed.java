package io.payspec.contract;

import io.payspec.runtime.meta.ResponseExampleInfo;
import io.payspec.runtime.meta.RequestExampleInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the contract runs over: every operation of every installed provider ({@link ProviderModule}),
 * its documented examples, and clients for it built from metadata alone.
 */
final class Installed {
  private Installed() {}

  /** Every installed operation, provider by provider, oldest version first. */
  static List<Operation<?, ?>> operations() {
    return ProviderModule.installed().stream().flatMap(module -> module.operations().stream()).toList();
  }

  /** {@code cryptocloud v2 createInvoice}: how test names show an operation. */
  static String name(Operation<?, ?> operation) {
    return operation.provider().id() + " " + operation.version() + " " + operation.name();
  }

  /**
   * Made-up credentials for an operation, every one it needs ({@code api_key}, {@code auth_login},
   * a signature's {@code salt}): {@code test-<name>-0123456789}.
   */
  static Map<String, String> credentials(Operation<?, ?> operation) {
    Map<String, String> credentials = new LinkedHashMap<>();
    for (String name : operation.provider().auth().credentialNames()) {
      credentials.put(name, "test-" + name + "-0123456789");
    }
    for (String name : operation.credentials()) {
      credentials.put(name, "test-" + name + "-0123456789");
    }
    return credentials;
  }

  /** The credentials of {@link #credentials} that are secret: all but a body login. */
  static List<String> secrets(Operation<?, ?> operation) {
    ProviderInfo provider = operation.provider();
    return credentials(operation).entrySet().stream()
        .filter(entry -> !entry.getKey().equals(provider.auth().loginField()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * The secrets that travel in the request: those the operation needs ({@link Operation#credentials()}),
   * but for those only digested into a signature (a salt).
   */
  static List<String> travelling(Operation<?, ?> operation) {
    List<String> digested = operation.requestFields().stream()
        .filter(field -> field.signature() != null)
        .map(field -> field.signature().credential())
        .toList();
    Map<String, String> credentials = credentials(operation);
    return operation.credentials().stream()
        .filter(name -> !digested.contains(name) && !name.equals(operation.auth().loginField()))
        .map(credentials::get)
        .toList();
  }

  /** A client of the operation's provider with these credentials. */
  static ClientCore client(Operation<?, ?> operation, String baseUrl, Map<String, String> credentials,
      Duration timeout) {
    ClientCore.Builder builder = ClientCore.builder(operation.provider()).baseUrl(baseUrl).requestTimeout(timeout);
    credentials.forEach(builder::credential);
    return builder.build();
  }

  /** The operation's first documented request, typed; fails when none is documented. */
  static Object firstRequest(Operation<?, ?> operation) {
    List<RequestExampleInfo> samples = Documentation.requests(operation);
    if (samples.isEmpty()) {
      throw new AssertionError(name(operation) + " documents no request example");
    }
    return ExampleRequests.typed(operation, samples.get(0), JsonAssert.MAPPER);
  }

  /** The operation's first documented request's values. */
  static ObjectNode firstRequestValues(Operation<?, ?> operation) {
    return ExampleRequests.values(operation, Documentation.requests(operation).get(0), JsonAssert.MAPPER);
  }

  /** A success body for stub servers: the first documented one, else an empty object. */
  static String successBody(Operation<?, ?> operation) {
    ResponseExampleInfo sample = Documentation.firstSuccess(operation);
    return sample == null ? "{}" : JsonAssert.tree(sample.body()).toString();
  }

  /** The payload of a documented body: what the envelope wraps, as the typed response holds it. */
  static JsonNode payload(Operation<?, ?> operation, JsonNode body) {
    Operation.EnvelopeInfo envelope = operation.envelope() == null ? Operation.EnvelopeInfo.flat() : operation.envelope();
    if (envelope.kind() == EnvelopeKind.STATUS_AND_RESULT && !envelope.resultField().isEmpty()
        && body.has(envelope.resultField())) {
      return body.get(envelope.resultField());
    }
    return body;
  }

  /** Calls an operation with an untyped request (the contract holds requests as {@code Object}). */
  @SuppressWarnings("unchecked")
  static <Q, R> R call(ClientCore client, Operation<Q, R> operation, Object request) {
    return client.call(operation, (Q) request);
  }

  /** The asynchronous call, see {@link #call}. */
  @SuppressWarnings("unchecked")
  static <Q, R> java.util.concurrent.CompletableFuture<R> callAsync(ClientCore client, Operation<Q, R> operation,
      Object request) {
    return client.callAsync(operation, (Q) request);
  }
}
