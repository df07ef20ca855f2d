package io.payspec.runtime;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ResponseShape;
import io.payspec.runtime.json.PlainSuccessParser;
import io.payspec.runtime.meta.Operation;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a plain success straight from the body's bytes, in one pass, with a reader prepared once per
 * operation: the envelope's status and payload are found while streaming, and the payload is bound
 * as it goes by. Anything else (an error key with a value, another status, a payload of another
 * shape or without a documented field, trailing content, a body the binding refuses) stops it, and
 * {@link ResponseReader} reads the body again as a tree, which classifies it exactly; so this reader
 * only ever makes a success faster, never decides that something is one that the tree would not.
 */
final class PlainSuccessReader {
  private static final int MAX_PREPARED = 10_000;
  private final ObjectMapper mapper;
  private final JsonFactory factory;
  /** Copy-on-write: read without locking on every call, written once per operation. */
  private volatile Map<Operation<?, ?>, Prepared> prepared = new IdentityHashMap<>();

  PlainSuccessReader(ObjectMapper mapper) {
    this.mapper = mapper;
    this.factory = mapper.getFactory();
  }

  /**
   * The payload of a plain success, or null when the body is anything else (the caller then reads it
   * as a tree).
   */
  @SuppressWarnings("unchecked")
  <R> R read(Operation<?, R> operation, Operation.EnvelopeInfo envelope, Operation.ErrorInfo errors, byte[] body) {
    Prepared p;
    try {
      p = prepared(operation, envelope, errors);
    } catch (RuntimeException e) {
      return null;
    }
    try (PlainSuccessParser parser = new PlainSuccessParser(factory.createParser(body), p.markerKeys,
        p.successKeys, p.statusKey, envelope.successValue(), p.documented)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
        return null;
      }
      parser.watchBody();
      Object payload;
      if (p.resultField == null) {
        if (first != p.payloadStart) {
          return null;
        }
        if (p.documented != null) {
          parser.watchPayload();
        }
        payload = p.reader.readValue(parser);
      } else {
        payload = resultOf(parser, p);
      }
      if (payload == null || !parser.documentedSeen() || (p.statusKey != null && !parser.statusSeen())
          || parser.nextToken() != null) {
        return null;
      }
      return (R) payload;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /** Streams the envelope's top level, binding the payload under its result key. */
  private static Object resultOf(PlainSuccessParser parser, Prepared p) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Object payload = null;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      boolean result = p.resultField.equals(parser.currentName());
      JsonToken value = parser.nextToken();
      if (!result) {
        parser.skipChildren();
      } else if (payload != null || value != p.payloadStart) {
        return null;
      } else {
        payload = payload(parser, p);
      }
    }
    return token == JsonToken.END_OBJECT ? payload : null;
  }

  /**
   * The payload under the result key, the parser at its first token. Its own tokens need no watching
   * (error keys are the body's): when its first key is documented, or nothing needs to be, it is
   * bound from the unwatched parser, which costs less; otherwise the watching parser counts its keys.
   * The numbers in it stay under the limits through the response mapper's lenient deserializers.
   */
  private static Object payload(PlainSuccessParser parser, Prepared p) throws IOException {
    if (p.documented == null) {
      return p.reader.readValue(parser.unwatched());
    }
    parser.watchPayload();
    JsonToken first = parser.nextToken();
    if (first != JsonToken.FIELD_NAME) {
      return null;
    }
    Object payload = parser.documentedSeen()
        ? p.reader.readValue(parser.unwatched())
        : p.reader.readValue(parser);
    parser.endPayload();
    return payload;
  }

  private Prepared prepared(Operation<?, ?> operation, Operation.EnvelopeInfo envelope, Operation.ErrorInfo errors) {
    Prepared p = prepared.get(operation);
    if (p == null) {
      p = new Prepared(mapper, operation, envelope, errors);
      if (prepared.size() >= MAX_PREPARED) {
        // Operations are generated constants; a caller making new ones per call gets no cache, not a leak.
        return p;
      }
      synchronized (this) {
        Map<Operation<?, ?>, Prepared> copy = new IdentityHashMap<>(prepared);
        copy.put(operation, p);
        prepared = copy;
      }
    }
    return p;
  }

  /** What reading one operation's success needs, worked out once. */
  private static final class Prepared {
    final ObjectReader reader;
    final JsonToken payloadStart;
    final String resultField;
    final String statusKey;
    final List<String> markerKeys;
    final Set<String> successKeys;
    final Set<String> documented;

    Prepared(ObjectMapper mapper, Operation<?, ?> operation, Operation.EnvelopeInfo envelope,
        Operation.ErrorInfo errors) {
      TypeFactory types = mapper.getTypeFactory();
      JavaType type = switch (operation.responseShape()) {
        case OBJECT -> types.constructType(operation.responseType());
        case LIST -> types.constructCollectionType(List.class, operation.responseType());
        case MAP -> types.constructMapType(LinkedHashMap.class, String.class, operation.responseType());
      };
      this.reader = mapper.readerFor(type);
      this.payloadStart = operation.responseShape() == ResponseShape.LIST ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
      boolean statusAndResult = envelope.kind() == EnvelopeKind.STATUS_AND_RESULT;
      this.resultField = statusAndResult && !envelope.resultField().isEmpty() ? envelope.resultField() : null;
      this.statusKey = statusAndResult ? envelope.statusField() : null;
      this.markerKeys = List.copyOf(ProviderErrors.markerKeys(errors.shapes(), envelope));
      this.successKeys = ProviderErrors.SUCCESS_KEYS;
      JsonPropertyOrder order = operation.responseType().getAnnotation(JsonPropertyOrder.class);
      this.documented = operation.responseShape() != ResponseShape.OBJECT || order == null || order.value().length == 0
          ? null
          : Set.copyOf(java.util.Arrays.asList(order.value()));
    }
  }
}
