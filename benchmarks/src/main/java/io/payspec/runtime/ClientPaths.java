package io.payspec.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.payspec.runtime.http.TransportResponse;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The two halves of a call as {@link ClientCore} runs them, without the network, so that the
 * benchmarks can time each on its own. Lives in the runtime's package (benchmarks only, on the class
 * path) because the writer and the reader are not public API; it builds them exactly as
 * {@link ClientCore} does.
 */
public final class ClientPaths {
  private final RequestWriter writer;
  private final ResponseReader reader;

  /**
   * @param credentials credential name to value, as set on a client builder
   * @param baseUrl the base URL requests are written against
   */
  public ClientPaths(Map<String, String> credentials, URI baseUrl) {
    Map<String, Secret> secrets = new java.util.LinkedHashMap<>();
    credentials.forEach((name, value) -> secrets.put(name, Secret.of(name, value)));
    this.writer = new RequestWriter(Json.mapper(), secrets, baseUrl,
        ClientBuilder.DEFAULT_REQUEST_TIMEOUT, ClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
    this.reader = new ResponseReader(Json.mapper(), new Redactor(secrets.values()), Clock.systemUTC());
  }

  /**
   * The request path of a call: the call-time validation, then the request written as sent.
   *
   * @return the body bytes
   * @throws IllegalStateException if the request breaks a documented rule
   */
  public <Q> byte[] write(Operation<Q, ?> operation, Q request) throws JsonProcessingException {
    List<Violation> violations = operation.validator().apply(request);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(operation.displayName() + ": " + violations);
    }
    return writer.write(operation, request).body();
  }

  /** The response path of a call: a 200 answer with this body, read as the client reads it. */
  public <R> R read(Operation<?, R> operation, byte[] body) {
    return reader.read(operation, new TransportResponse(200, Map.of("content-type", List.of("application/json")), body));
  }
}
