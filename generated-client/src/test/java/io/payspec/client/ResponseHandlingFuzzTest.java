package io.payspec.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.http.HttpTransport;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.http.TransportResponse;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Fuzzes the response handling of every operation of every installed provider: whatever status,
 * content type and body a server sends, a call returns a response or throws a
 * {@link PayspecException}, with a one-line bounded message, and no credential of the client appears
 * in a message, a cause's message, a kept body or a provider error.
 *
 * <p>An input is one header line, {@code <operation display name>|<status>|<content type>}, and then
 * the body. An operation name that matches none picks one by its hash, so mutated inputs still
 * reach every operation. The answer comes from an in-memory transport (no network), so each input
 * takes microseconds.
 *
 * <p>{@code mvn verify} replays the committed corpus in
 * {@code src/test/resources/io/payspec/client/ResponseHandlingFuzzTestInputs/responses/} (every
 * reproducer of the hostile-server report among them); {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class ResponseHandlingFuzzTest {
  /** The credential every fuzzed client uses; a body may echo it in any form. */
  static final String SECRET = "sk_fuzz_5ecret_K3y_0123456789abcdef";
  static final String LOGIN = "fuzz_login";
  /** No input may take longer (in a coverage-instrumented JVM on a loaded machine). */
  static final long MAX_MILLIS_PER_INPUT = 10_000;

  private static final ObjectMapper MAPPER = Json.mapper();
  private static final List<Operation<?, ?>> OPERATIONS = ProviderModule.installed().stream()
      .flatMap(module -> module.operations().stream())
      .sorted(Comparator.comparing(Operation::displayName))
      .toList();
  private static final Map<String, Operation<Object, Object>> UNCHECKED = new LinkedHashMap<>();

  static {
    for (Operation<?, ?> operation : OPERATIONS) {
      UNCHECKED.put(operation.displayName(), withoutValidation(operation));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void responses(byte[] input) throws Exception {
    int newline = indexOf(input, (byte) '\n');
    String header = new String(input, 0, newline < 0 ? input.length : newline, StandardCharsets.UTF_8);
    byte[] body = newline < 0 ? new byte[0] : Arrays.copyOfRange(input, newline + 1, input.length);
    String[] parts = header.split("\\|", 3);
    Operation<Object, Object> operation = UNCHECKED.get(parts[0]);
    if (operation == null) {
      List<Operation<Object, Object>> all = List.copyOf(UNCHECKED.values());
      operation = all.get(Math.floorMod(parts[0].hashCode(), all.size()));
    }
    int status = parts.length > 1 ? status(parts[1]) : 200;
    String contentType = parts.length > 2 ? parts[2] : "application/json";
    check(operation, status, contentType, body);
  }

  /** Calls the operation against a transport answering with this; asserts the properties. */
  static void check(Operation<Object, Object> operation, int status, String contentType, byte[] body)
      throws Exception {
    Map<String, List<String>> headers = Map.of("content-type", List.of(contentType), "retry-after", List.of("7"));
    HttpTransport transport = new HttpTransport() {
      @Override
      public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return CompletableFuture.completedFuture(new TransportResponse(status, headers, body));
      }
    };
    ClientCore.Builder builder = ClientCore.builder(operation.provider()).transport(transport);
    for (String name : operation.provider().auth().credentialNames()) {
      builder.credential(name, operation.provider().auth().isSecret(name) ? SECRET : LOGIN);
    }
    ClientCore core = builder.build();
    Object request = MAPPER.readValue("{}", operation.requestType());
    PayspecException failure = null;
    long start = System.nanoTime();
    try {
      // A success is the provider's data as sent: what it echoes in a field is not masked.
      core.call(operation, request);
    } catch (PayspecException e) {
      failure = e;
    } catch (Throwable t) {
      fail(operation.displayName() + " threw " + t.getClass().getName() + ", not a PayspecException", t);
    }
    // Bounded time per input: a generous bound that only catches runaway work (a body costs microseconds).
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < MAX_MILLIS_PER_INPUT, operation.displayName() + " took " + millis + " ms for one body");
    if (failure != null) {
      assertSafe(failure);
    }
  }

  private static void assertSafe(PayspecException e) {
    String message = e.getMessage();
    assertTrue(message != null && message.length() <= 2001, "message longer than the bound");
    assertFalse(message.contains("\n") || message.contains("\r"), "message on more than one line: " + message);
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "secret in a message: " + t.getMessage());
    }
    if (e instanceof ApiException api) {
      assertFalse(api.rawBody().contains(SECRET), "secret in the kept body");
      for (ProviderError error : api.errors()) {
        assertFalse(String.valueOf(error).contains(SECRET), "secret in a provider error");
      }
    }
  }

  private static int status(String text) {
    try {
      int status = Integer.parseInt(text.strip());
      return status >= 100 && status <= 599 ? status : 200;
    } catch (NumberFormatException e) {
      return 200;
    }
  }

  private static int indexOf(byte[] input, byte wanted) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The operation with a validator that accepts everything, so that an empty request reaches the
   * transport; copied component by component, so that new components of the record are kept.
   */
  @SuppressWarnings("unchecked")
  static Operation<Object, Object> withoutValidation(Operation<?, ?> operation) {
    try {
      RecordComponent[] components = Operation.class.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getName().equals("validator")
            ? (Function<Object, List<?>>) request -> List.of()
            : components[i].getAccessor().invoke(operation);
      }
      Constructor<?> canonical = Operation.class.getDeclaredConstructor(types);
      return (Operation<Object, Object>) canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot copy " + operation.displayName(), e);
    }
  }
}
