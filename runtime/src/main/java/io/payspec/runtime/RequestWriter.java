package io.payspec.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.SignatureInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a request on the wire: the URI (base URL plus the documented path with its {@code {wire_name}}
 * placeholders filled in, percent-encoded, trailing slash kept, then the query parameters in
 * documented order, a list as its key repeated), the JSON body (body credentials first; always a
 * JSON object, {@code {}} when empty, except for {@code GET} and {@code DELETE}, which have none
 * unless the provider authenticates in the body), and the headers in the order they are listed here: header credentials,
 * {@code Content-Type} (with a body), {@code Accept}, {@code User-Agent}.
 */
final class RequestWriter {
  private final ObjectMapper mapper;
  private final Map<String, Secret> credentials;
  private final URI baseUrl;
  private final Duration timeout;
  private final long maxResponseBytes;

  RequestWriter(
      ObjectMapper mapper,
      Map<String, Secret> credentials,
      URI baseUrl,
      Duration timeout,
      long maxResponseBytes) {
    this.mapper = mapper;
    this.credentials = Map.copyOf(credentials);
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * The request as it is sent.
   *
   * @throws JsonProcessingException if the request cannot be written as JSON
   * @throws IllegalArgumentException if it cannot be converted to a JSON object, or a credential it
   *     needs is not set
   */
  <Q> TransportRequest write(Operation<Q, ?> operation, Q request) throws JsonProcessingException {
    JsonNode tree = mapper.valueToTree(request);
    if (!(tree instanceof ObjectNode fields)) {
      throw new IllegalArgumentException(operation.requestType().getName() + " is not written as a JSON object");
    }
    for (FieldInfo field : operation.requestFields()) {
      if (field.signature() != null && field.topLevel()) {
        fields.put(field.path(), sign(operation, field.signature(), fields));
      }
    }
    String path = operation.path();
    StringBuilder query = new StringBuilder();
    for (FieldInfo parameter : operation.parameters()) {
      JsonNode value = fields.remove(parameter.path());
      if (parameter.in() == ParamIn.PATH) {
        path = path.replace("{" + parameter.path() + "}", value == null ? "" : encode(text(value), false));
      } else if (value != null && !value.isNull()) {
        for (JsonNode element : value.isArray() ? value : List.of(value)) {
          query.append(query.length() == 0 ? "" : "&").append(encode(parameter.path(), true)).append('=')
              .append(encode(text(element), false));
        }
      }
    }
    AuthInfo auth = operation.auth();
    Map<String, String> headers = new LinkedHashMap<>();
    ObjectNode body = fields;
    if (auth.kind() == AuthInfo.Kind.HEADER) {
      String prefix = auth.prefix() == null ? "" : auth.prefix();
      headers.put(auth.header(), prefix + credential(operation, auth.credential()));
    } else {
      body = mapper.createObjectNode();
      body.put(auth.loginField(), credential(operation, auth.loginField()));
      body.put(auth.secretField(), credential(operation, auth.secretField()));
      for (Map.Entry<String, JsonNode> field : fields.properties()) {
        if (!body.has(field.getKey())) {
          body.set(field.getKey(), field.getValue());
        }
      }
    }
    boolean hasBody = auth.kind() == AuthInfo.Kind.BODY
        || (operation.method() != HttpMethod.GET && operation.method() != HttpMethod.DELETE);
    if (hasBody) {
      headers.put("Content-Type", "application/json");
    }
    headers.put("Accept", "application/json");
    headers.put("User-Agent", UserAgent.VALUE);
    URI uri = URI.create(baseUrl.toString() + path + (query.length() == 0 ? "" : "?" + query));
    return new TransportRequest(operation.method().name(), uri, Collections.unmodifiableMap(headers),
        hasBody ? mapper.writeValueAsBytes(body) : new byte[0], timeout, maxResponseBytes);
  }

  private String credential(Operation<?, ?> operation, String name) {
    Secret secret = credentials.get(name);
    if (secret == null) {
      throw new IllegalArgumentException(operation.displayName() + " needs the credential " + name
          + ", which the client was built without");
    }
    return secret.reveal();
  }

  /** The lower-case hex digest of the signature's template filled with wire values and the credential. */
  private String sign(Operation<?, ?> operation, SignatureInfo signature, ObjectNode fields) {
    return new DigestTemplate(signature.template(), signature.algorithm()).digest(name -> {
      if (name.equals(signature.credential())) {
        return credential(operation, name);
      }
      JsonNode node = fields.get(name);
      return node == null || node.isNull() ? "" : text(node);
    });
  }

  /** The text of a query or path value: decimals in plain notation, never with an exponent. */
  private static String text(JsonNode value) {
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    return value.asText();
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
