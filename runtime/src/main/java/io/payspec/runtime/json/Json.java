package io.payspec.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.WireEnumValue;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * The JSON configuration every payspec client uses. Generated types carry explicit Jackson
 * annotations, so the mapper needs no modules and no naming strategy; what it sets is how money and
 * unknown data are treated.
 */
public final class Json {
  /** The most nested objects and arrays a body may have. */
  public static final int MAX_NESTING = 64;
  /**
   * The most JSON tokens a body may have: far more than any documented answer, few enough that a
   * 4 MiB body of tiny elements does not become millions of tree nodes.
   */
  public static final long MAX_TOKENS = 50_000;

  private Json() {}

  /**
   * Reads a whole body as a tree, under the limits of {@link #mapper()}: a number outside the
   * {@link Numbers} limits, or one too large for any decimal, reads as JSON {@code null}; trailing
   * content after the value is an error. An empty body is a missing node.
   *
   * @throws IOException if the body is not one JSON value within the limits
   */
  public static JsonNode readTree(ObjectMapper mapper, byte[] body) throws IOException {
    return readTree(mapper, mapper.getFactory().createParser(body));
  }

  /** {@link #readTree(ObjectMapper, byte[])} for a body already decoded to text. */
  public static JsonNode readTree(ObjectMapper mapper, String body) throws IOException {
    return readTree(mapper, mapper.getFactory().createParser(body));
  }

  /**
   * A copy of {@code mapper} for reading responses, where format drift never fails a success: a
   * number field ({@code BigDecimal}, {@code BigInteger}, {@code Integer}, {@code Long},
   * {@link CurrencyAmount}) or a {@code Boolean} whose value cannot be read as one (text that is not
   * a number, an object, a value outside the {@link Numbers} limits or the type's range) reads as
   * {@code null}.
   */
  public static ObjectMapper forResponses(ObjectMapper mapper) {
    SimpleModule lenient = new SimpleModule("payspec-lenient-numbers");
    lenient.addDeserializer(BigDecimal.class, new LenientNumber<>(BigDecimal.class,
        NumberDeserializers.BigDecimalDeserializer.instance));
    lenient.addDeserializer(java.math.BigInteger.class, new LenientNumber<>(java.math.BigInteger.class,
        NumberDeserializers.BigIntegerDeserializer.instance));
    lenient.addDeserializer(Integer.class, new LenientNumber<>(Integer.class,
        new NumberDeserializers.IntegerDeserializer(Integer.class, null)));
    lenient.addDeserializer(Long.class, new LenientNumber<>(Long.class,
        new NumberDeserializers.LongDeserializer(Long.class, null)));
    lenient.addDeserializer(Boolean.class, new LenientNumber<>(Boolean.class,
        new NumberDeserializers.BooleanDeserializer(Boolean.class, null)));
    lenient.addDeserializer(CurrencyAmount.class, new LenientNumber<>(CurrencyAmount.class,
        new StdDeserializer<CurrencyAmount>(CurrencyAmount.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public CurrencyAmount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return CurrencyAmount.parse(parser.getValueAsString());
          }
        }));
    return mapper.copy().registerModule(lenient);
  }

  private static JsonNode readTree(ObjectMapper mapper, JsonParser source) throws IOException {
    ObjectReader reader = mapper.reader();
    try (JsonParser parser = new LimitedNumbersParser(source)) {
      JsonNode tree = reader.readTree(parser);
      if (tree == null) {
        return mapper.missingNode();
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser,
            "trailing content after the JSON value (" + trailing.asString() + ")");
      }
      return tree;
    }
  }

  /**
   * A new, fully configured mapper (the caller owns it; a client creates one and shares it):
   *
   * <ul>
   *   <li>unknown properties are ignored (providers add fields without notice);
   *   <li>JSON decimals are read as {@link java.math.BigDecimal}, exactly as written, exponent form
   *       included ({@code 1.499999996212864e-06}), never through a binary {@code double};
   *   <li>decimals in trees keep their scale ({@code 100.0} stays {@code 100.0});
   *   <li>{@link java.math.BigDecimal} is written in plain notation, never with an exponent;
   *   <li>null properties are not written;
   *   <li>a generated enum is written as its wire value;
   *   <li>reading is limited: numbers of at most {@value Numbers#MAX_NUMBER_TEXT} characters, at most
   *       {@value #MAX_NESTING} levels of nesting and {@value #MAX_TOKENS} tokens;
   *   <li>a {@link BigDecimal} outside the {@link Numbers} limits is never written (it would be
   *       expanded into as many digits as its exponent says);
   *   <li>an empty JSON array where a keyed object ({@code Map}) is expected reads as an empty map.
   * </ul>
   */
  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(Numbers.MAX_NUMBER_TEXT)
            .maxNestingDepth(MAX_NESTING)
            .maxTokenCount(MAX_TOKENS)
            .build())
        .build();
    SimpleModule limits = new SimpleModule("payspec-number-limits");
    limits.addSerializer(BigDecimal.class, new LimitedDecimalSerializer());
    SimpleModule wireValues = new SimpleModule("payspec-wire-values");
    wireValues.addSerializer(WireEnumValue.class, new WireEnumValueSerializer());
    return JsonMapper.builder(factory)
        .addModule(limits)
        .addModule(wireValues)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        // CrystalPay sends [] for an empty keyed object: read it as an empty map.
        .withCoercionConfig(LogicalType.Map,
            config -> config.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsEmpty))
        .build();
  }

  /**
   * The wire path a Jackson error points at, after {@code prefix}: {@code result.currency.network.id},
   * {@code allowed_currencies[1]}.
   *
   * @param prefix path of the node that was read, or empty
   * @param references the error's path ({@code JsonMappingException#getPath()})
   * @return the dotted path
   */
  public static String wirePath(String prefix, List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder(prefix);
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /** Writes a decimal in plain notation, refusing one outside the {@link Numbers} limits. */
  private static final class LimitedDecimalSerializer extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    LimitedDecimalSerializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      if (!Numbers.withinLimits(value)) {
        throw com.fasterxml.jackson.databind.JsonMappingException.from(generator,
            "the number " + Numbers.quote(value) + " " + Numbers.limitsRule());
      }
      generator.writeNumber(value.toPlainString());
    }
  }

  /**
   * Writes a generated enum as its wire value, as its {@code @JsonValue} says, with a plain call
   * instead of Jackson's reflective one (enum values are in most request bodies).
   */
  private static final class WireEnumValueSerializer extends StdSerializer<WireEnumValue> {
    private static final long serialVersionUID = 1L;

    WireEnumValueSerializer() {
      super(WireEnumValue.class);
    }

    @Override
    public void serialize(WireEnumValue value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      String wire = value.wireValue();
      if (wire == null) {
        generator.writeNull();
      } else {
        generator.writeString(wire);
      }
    }
  }

  /** Reads a number with Jackson's own deserializer, and drift as {@code null}. */
  private static final class LenientNumber<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<T> delegate;

    LenientNumber(Class<T> type, JsonDeserializer<T> delegate) {
      super(type);
      this.delegate = delegate;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
        parser.skipChildren();
        return null;
      }
      try {
        T value = delegate.deserialize(parser, context);
        if (value instanceof CurrencyAmount amount && !Numbers.withinLimits(amount.amount())) {
          return null;
        }
        return value instanceof Number number && !Numbers.withinLimits(number) ? null : value;
      } catch (JsonProcessingException | RuntimeException e) {
        return null;
      }
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      return null;
    }
  }
}
