package io.payspec.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a request on the wire: the JSON body (with body credentials first), the URI (base URL plus the
 * documented path, trailing slash kept) and the headers, in the order they are listed here: header
 * credentials, {@code Content-Type}, {@code Accept}, {@code User-Agent}.
 */
final class RequestWriter {
  private final ObjectMapper mapper;
  private final AuthInfo auth;
  private final Map<String, Secret> credentials;
  private final URI baseUrl;
  private final Duration timeout;
  private final long maxResponseBytes;

  RequestWriter(
      ObjectMapper mapper,
      AuthInfo auth,
      Map<String, Secret> credentials,
      URI baseUrl,
      Duration timeout,
      long maxResponseBytes) {
    this.mapper = mapper;
    this.auth = auth;
    this.credentials = Map.copyOf(credentials);
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * The request as it is sent.
   *
   * @throws JsonProcessingException if the request cannot be written as JSON
   * @throws IllegalArgumentException if it cannot be converted to a JSON object
   */
  <Q> TransportRequest write(Operation<Q, ?> operation, Q request) throws JsonProcessingException {
    JsonNode tree = mapper.valueToTree(request);
    if (!(tree instanceof ObjectNode fields)) {
      throw new IllegalArgumentException(operation.requestType().getName() + " is not written as a JSON object");
    }
    ObjectNode body = fields;
    Map<String, String> headers = new LinkedHashMap<>();
    if (auth.kind() == AuthInfo.Kind.HEADER) {
      String prefix = auth.prefix() == null ? "" : auth.prefix();
      headers.put(auth.header(), prefix + credentials.get("api_key").reveal());
    } else {
      body = mapper.createObjectNode();
      body.put(auth.loginField(), credentials.get(auth.loginField()).reveal());
      body.put(auth.secretField(), credentials.get(auth.secretField()).reveal());
      for (Map.Entry<String, JsonNode> field : fields.properties()) {
        if (!body.has(field.getKey())) {
          body.set(field.getKey(), field.getValue());
        }
      }
    }
    headers.put("Content-Type", "application/json");
    headers.put("Accept", "application/json");
    headers.put("User-Agent", UserAgent.VALUE);
    URI uri = URI.create(baseUrl.toString() + operation.path());
    return new TransportRequest(operation.method().name(), uri, Collections.unmodifiableMap(headers),
        mapper.writeValueAsBytes(body), timeout, maxResponseBytes);
  }
}
