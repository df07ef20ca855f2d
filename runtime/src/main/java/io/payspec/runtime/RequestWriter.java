package io.payspec.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.meta.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Puts a request on the wire: the URI (base URL plus the documented path with its {@code {wire_name}}
 * placeholders filled in, percent-encoded, trailing slash kept, then the query parameters in
 * documented order, a list as its key repeated), the JSON body (body credentials first, then the set
 * fields in documented order, then the fields the client computes; always a JSON object, {@code {}}
 * when empty, except for {@code GET} and {@code DELETE}, which have none unless the provider
 * authenticates in the body), and the headers in the order they are listed here: header credentials,
 * {@code Content-Type} (with a body), {@code Accept}, {@code User-Agent}.
 *
 * <p>What does not change from one request to the next is worked out once per operation, on its first
 * request (a {@link RequestPlan}); the body is then written straight to bytes.
 */
final class RequestWriter {
  private final ObjectMapper mapper;
  private final Map<String, Secret> credentials;
  private final String baseUrl;
  private final Duration timeout;
  private final long maxResponseBytes;
  /** The plans made so far, by operation (operations are constants); replaced, never changed. */
  private volatile Map<Operation<?, ?>, RequestPlan> plans = new IdentityHashMap<>();

  RequestWriter(
      ObjectMapper mapper,
      Map<String, Secret> credentials,
      URI baseUrl,
      Duration timeout,
      long maxResponseBytes) {
    this.mapper = mapper;
    this.credentials = Map.copyOf(credentials);
    this.baseUrl = baseUrl.toString();
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * The request as it is sent.
   *
   * @throws JsonProcessingException if the request cannot be written as JSON
   * @throws IllegalArgumentException if it cannot be written as a JSON object, or a credential it
   *     needs is not set
   * @throws IllegalStateException if a field of the request cannot be read
   */
  <Q> TransportRequest write(Operation<Q, ?> operation, Q request) throws JsonProcessingException {
    RequestPlan plan = plans.get(operation);
    if (plan == null) {
      plan = plan(operation);
    }
    return plan.write(request);
  }

  private synchronized RequestPlan plan(Operation<?, ?> operation) throws JsonProcessingException {
    RequestPlan plan = plans.get(operation);
    if (plan == null) {
      plan = new RequestPlan(operation, mapper, name -> credential(operation, name), baseUrl, timeout, maxResponseBytes);
      Map<Operation<?, ?>, RequestPlan> more = new IdentityHashMap<>(plans);
      more.put(operation, plan);
      plans = more;
    }
    return plan;
  }

  private String credential(Operation<?, ?> operation, String name) {
    Secret secret = credentials.get(name);
    if (secret == null) {
      throw new IllegalArgumentException(operation.displayName() + " needs the credential " + name
          + ", which the client was built without");
    }
    return secret.reveal();
  }

  /**
   * Percent-encodes UTF-8 text, keeping only the unreserved characters of RFC 3986 (and, in a query
   * key written by the descriptor, the brackets of {@code currency[]}).
   */
  static String encode(String text, boolean key) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || (key && (c == '[' || c == ']'))) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
