package io.payspec.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.payspec.runtime.CurrencyAmount;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Number fields of generated response types, read so that drift keeps the value as received: Jackson
 * hands the constructor either the number (inside the {@link Numbers} limits) or, when the value
 * cannot be read as one (text that is not a number, a number no decimal can hold or outside the
 * limits, a value outside the type's range), its text as received; the constructor then keeps the
 * number in the typed accessor and the text in {@code xxxRaw()}. The text is kept only up to
 * {@value #MAX_RAW_CHARS} characters (the longest number the reader accepts at all); an object or
 * array where a number belongs has no text and reads as absent.
 */
public final class WireNumbers {
  /** The longest text kept for a number that could not be read. */
  public static final int MAX_RAW_CHARS = Numbers.MAX_NUMBER_TEXT;

  private WireNumbers() {}

  /**
   * The number Jackson read, or null when it read drift or nothing.
   *
   * @param wire what the deserializer produced
   * @param type the field's type
   * @param <T> the field's type
   * @return the value, or null
   */
  public static <T> T value(Object wire, Class<T> type) {
    return type.isInstance(wire) ? type.cast(wire) : null;
  }

  /**
   * The value as received when it could not be read as a number; null when it could (or was absent).
   *
   * @param wire what the deserializer produced
   * @return the text as received, or null
   */
  public static String raw(Object wire) {
    return wire instanceof String text ? text : null;
  }

  /** A {@link BigDecimal} field. */
  public static final class Decimal extends NumberOrText {
    private static final long serialVersionUID = 1L;

    /** For {@code @JsonDeserialize(using = ...)}. */
    public Decimal() {
      super(NumberDeserializers.BigDecimalDeserializer.instance);
    }
  }

  /** An {@link Integer} field. */
  public static final class Int extends NumberOrText {
    private static final long serialVersionUID = 1L;

    /** For {@code @JsonDeserialize(using = ...)}. */
    public Int() {
      super(new NumberDeserializers.IntegerDeserializer(Integer.class, null));
    }
  }

  /** A {@link Long} field. */
  public static final class Int64 extends NumberOrText {
    private static final long serialVersionUID = 1L;

    /** For {@code @JsonDeserialize(using = ...)}. */
    public Int64() {
      super(new NumberDeserializers.LongDeserializer(Long.class, null));
    }
  }

  /** A {@link CurrencyAmount} field ({@code "200 USD"}). */
  public static final class Amount extends NumberOrText {
    private static final long serialVersionUID = 1L;

    /** For {@code @JsonDeserialize(using = ...)}. */
    public Amount() {
      super(new StdDeserializer<CurrencyAmount>(CurrencyAmount.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public CurrencyAmount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
          return CurrencyAmount.parse(parser.getValueAsString());
        }
      });
    }
  }

  /** Reads with Jackson's own deserializer; drift as the text received. */
  abstract static class NumberOrText extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<?> delegate;

    NumberOrText(JsonDeserializer<?> delegate) {
      super(Object.class);
      this.delegate = delegate;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == null || token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token.isStructStart()) {
        parser.skipChildren();
        return null;
      }
      Object value;
      try {
        value = delegate.deserialize(parser, context);
      } catch (JsonProcessingException | RuntimeException e) {
        value = null;
      }
      if (value instanceof CurrencyAmount amount ? Numbers.withinLimits(amount.amount())
          : value instanceof Number number && Numbers.withinLimits(number)) {
        return value;
      }
      String text = parser.getText();
      return text == null || text.length() > MAX_RAW_CHARS ? null : text;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
      return null;
    }
  }
}
