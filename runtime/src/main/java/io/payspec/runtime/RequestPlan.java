package io.payspec.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.SignatureInfo;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the requests of one operation go on the wire, worked out once per client and operation: the
 * request type's Jackson property writers split into body fields, path and query parameters and
 * computed signatures; the headers; the URI when nothing in it varies. Writing a request then streams
 * its body fields straight to bytes with those property writers, with no JSON tree in between.
 */
final class RequestPlan {
  private static final byte[] NO_BODY = new byte[0];

  private final Operation<?, ?> operation;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final Function<String, String> credentials;
  private final String baseUrl;
  private final Duration timeout;
  private final long maxResponseBytes;
  /** The body fields, in documented order, without parameters and computed fields. */
  private final List<BeanPropertyWriter> body = new ArrayList<>();
  private final List<Parameter> parameters = new ArrayList<>();
  private final List<Signed> signatures = new ArrayList<>();
  /** Every top-level field by wire name, for the values a signature covers. */
  private final Map<String, BeanPropertyWriter> byName = new HashMap<>();
  private final boolean hasBody;
  private final Map<String, String> headers;
  /** The URI without a query string, when the operation has no path parameters; otherwise null. */
  private final URI fixedPath;

  /**
   * @param credentials the value of a credential by name; throws if the client has none of that name
   * @throws IllegalArgumentException if the request type is not written as a JSON object
   * @throws JsonMappingException if Jackson cannot write the request type
   */
  RequestPlan(Operation<?, ?> operation, ObjectMapper mapper, Function<String, String> credentials, String baseUrl,
      Duration timeout, long maxResponseBytes) throws JsonMappingException {
    this.operation = operation;
    this.mapper = mapper;
    this.writer = mapper.writerFor(Body.class);
    this.credentials = credentials;
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
    JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(operation.requestType());
    if (!(serializer instanceof BeanSerializerBase bean)) {
      throw new IllegalArgumentException(operation.requestType().getName() + " is not written as a JSON object");
    }
    Map<String, FieldInfo> topLevel = new HashMap<>();
    for (FieldInfo field : operation.requestFields()) {
      if (field.topLevel()) {
        topLevel.put(field.path(), field);
      }
    }
    for (Iterator<PropertyWriter> properties = bean.properties(); properties.hasNext(); ) {
      BeanPropertyWriter property = (BeanPropertyWriter) properties.next();
      byName.put(property.getName(), property);
      FieldInfo field = topLevel.get(property.getName());
      if (field != null && field.in() != ParamIn.BODY) {
        parameters.add(new Parameter(field, property));
      } else if (field == null || field.signature() == null) {
        body.add(property);
      }
    }
    for (FieldInfo field : operation.requestFields()) {
      if (field.signature() != null && field.topLevel()) {
        signatures.add(new Signed(field.path(), field.in() == ParamIn.BODY, field.signature(),
            new DigestTemplate(field.signature().template(), field.signature().algorithm())));
      }
    }
    AuthInfo auth = operation.auth();
    this.hasBody = auth.kind() == AuthInfo.Kind.BODY
        || (operation.method() != HttpMethod.GET && operation.method() != HttpMethod.DELETE);
    Map<String, String> headers = new LinkedHashMap<>();
    if (auth.kind() == AuthInfo.Kind.HEADER) {
      headers.put(auth.header(), (auth.prefix() == null ? "" : auth.prefix()) + credentials.apply(auth.credential()));
    }
    if (hasBody) {
      headers.put("Content-Type", "application/json");
    }
    headers.put("Accept", "application/json");
    headers.put("User-Agent", UserAgent.VALUE);
    this.headers = Collections.unmodifiableMap(headers);
    this.fixedPath = parameters.stream().anyMatch(p -> p.field().in() == ParamIn.PATH)
        ? null : URI.create(baseUrl + operation.path());
  }

  /**
   * The request as it is sent.
   *
   * @throws JsonProcessingException if the body cannot be written as JSON
   * @throws IllegalArgumentException if a credential it needs is not set
   * @throws IllegalStateException if a field of the request cannot be read
   */
  TransportRequest write(Object request) throws JsonProcessingException {
    Map<String, String> signed = signatures.isEmpty() ? Map.of() : sign(request);
    URI uri = parameters.isEmpty() ? fixedPath : uri(request, signed);
    byte[] bytes = hasBody ? writer.writeValueAsBytes(new Body(this, request, signed)) : NO_BODY;
    return new TransportRequest(operation.method().name(), uri, headers, bytes, timeout, maxResponseBytes);
  }

  /** The body: body credentials first, then the set fields in documented order, then the computed ones. */
  private void writeBody(Object request, Map<String, String> signed, JsonGenerator out, SerializerProvider provider)
      throws Exception {
    out.writeStartObject();
    AuthInfo auth = operation.auth();
    boolean bodyAuth = auth.kind() == AuthInfo.Kind.BODY;
    if (bodyAuth) {
      out.writeStringField(auth.loginField(), credentials.apply(auth.loginField()));
      out.writeStringField(auth.secretField(), credentials.apply(auth.secretField()));
    }
    for (BeanPropertyWriter property : body) {
      if (!bodyAuth || !isCredentialField(auth, property.getName())) {
        property.serializeAsField(request, out, provider);
      }
    }
    for (Signed signature : signatures) {
      if (signature.inBody() && (!bodyAuth || !isCredentialField(auth, signature.name()))) {
        out.writeStringField(signature.name(), signed.get(signature.name()));
      }
    }
    out.writeEndObject();
  }

  private static boolean isCredentialField(AuthInfo auth, String name) {
    return name.equals(auth.loginField()) || name.equals(auth.secretField());
  }

  /** Each computed field's lower-case hex digest over the wire values of the fields it names. */
  private Map<String, String> sign(Object request) {
    Map<String, String> signed = new HashMap<>();
    for (Signed signature : signatures) {
      SignatureInfo info = signature.info();
      signed.put(signature.name(), signature.template().digest(name -> {
        if (name.equals(info.credential())) {
          return credentials.apply(name);
        }
        if (signed.containsKey(name)) {
          return signed.get(name);
        }
        BeanPropertyWriter property = byName.get(name);
        return property == null ? "" : text(value(property, request));
      }));
    }
    return signed;
  }

  /**
   * The base URL plus the documented path with its placeholders filled in, percent-encoded, then the
   * query parameters in documented order, a list as its key repeated.
   */
  private URI uri(Object request, Map<String, String> signed) {
    String path = operation.path();
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : parameters) {
      String name = parameter.field().path();
      List<String> texts = signed.containsKey(name)
          ? List.of(signed.get(name))
          : texts(value(parameter.property(), request));
      if (parameter.field().in() == ParamIn.PATH) {
        path = path.replace("{" + name + "}", texts.isEmpty() ? "" : RequestWriter.encode(texts.get(0), false));
      } else {
        for (String text : texts) {
          query.append(query.length() == 0 ? "" : "&").append(RequestWriter.encode(name, true)).append('=')
              .append(RequestWriter.encode(text, false));
        }
      }
    }
    if (query.length() == 0 && fixedPath != null) {
      return fixedPath;
    }
    return URI.create(baseUrl + path + (query.length() == 0 ? "" : "?" + query));
  }

  private static Object value(BeanPropertyWriter property, Object request) {
    try {
      return property.get(request);
    } catch (Exception e) {
      // The cause is not kept: it may quote request values.
      throw new IllegalStateException("the request field " + property.getName() + " cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** The wire text of a parameter's value, one per element of a list; none when it is not set. */
  private List<String> texts(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof String text) {
      return List.of(text);
    }
    JsonNode node = mapper.valueToTree(value);
    if (node.isNull()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : node.isArray() ? node : List.of(node)) {
      texts.add(text(element));
    }
    return texts;
  }

  /** The wire text of a value a signature covers: empty when it is not set. */
  private String text(Object value) {
    if (value == null || value instanceof String) {
      return value == null ? "" : (String) value;
    }
    JsonNode node = mapper.valueToTree(value);
    return node.isNull() ? "" : text(node);
  }

  /** The text of a JSON value: decimals in plain notation, never with an exponent. */
  private static String text(JsonNode value) {
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
  }

  /** A path or query parameter and the property that reads it. */
  private record Parameter(FieldInfo field, BeanPropertyWriter property) {}

  /** A computed field, where it travels, and its digest. */
  private record Signed(String name, boolean inBody, SignatureInfo info, DigestTemplate template) {}

  /** One request's body, for Jackson to write with the client's configuration and buffers. */
  private static final class Body implements JsonSerializable {
    private final RequestPlan plan;
    private final Object request;
    private final Map<String, String> signed;

    Body(RequestPlan plan, Object request, Map<String, String> signed) {
      this.plan = plan;
      this.request = request;
      this.signed = signed;
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider provider) throws IOException {
      try {
        plan.writeBody(request, signed, out, provider);
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        // The cause is not kept: it may quote request values.
        throw JsonMappingException.from(out, "a request field cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider provider, TypeSerializer types)
        throws IOException {
      serialize(out, provider);
    }
  }
}
