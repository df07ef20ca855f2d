package io.payspec.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
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
  private Json() {}

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
   *   <li>an empty JSON array where a keyed object ({@code Map}) is expected reads as an empty map.
   * </ul>
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
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
}
