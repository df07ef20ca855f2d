package io.payspec.docs.spec;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.payspec.docs.page.Bounds;
import io.payspec.docs.page.WireType;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.WireEnumValue;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of a generated response type, read from its Jackson mapping (the wire names the client
 * reads), nested objects flattened into dotted paths.
 */
final class ResponseFields {
  private static final int MAX_DEPTH = 6;

  private ResponseFields() {}

  static List<SpecField> of(ObjectMapper mapper, Class<?> type) {
    List<SpecField> out = new ArrayList<>();
    collect(mapper, mapper.constructType(type), "", out, 0);
    return out;
  }

  private static void collect(ObjectMapper mapper, JavaType type, String prefix, List<SpecField> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    BeanDescription bean = mapper.getDeserializationConfig().introspect(type);
    for (BeanPropertyDefinition property : bean.findProperties()) {
      JavaType propertyType = accessorType(mapper, type.getRawClass(), property);
      if (propertyType == null) {
        continue;
      }
      boolean list = propertyType.isCollectionLikeType() || propertyType.isArrayType();
      JavaType element = list ? propertyType.getContentType() : propertyType;
      String path = prefix + property.getName();
      WireType.Kind kind = kindOf(element);
      out.add(new SpecField(path, new WireType(kind, list), false, enumValues(element.getRawClass()),
          Bounds.NONE, "", List.of()));
      if (kind == WireType.Kind.OBJECT && !element.isMapLikeType()) {
        collect(mapper, element, path + ".", out, depth + 1);
      }
    }
  }

  /**
   * The type users see: generated responses keep an enum's or a timestamp's wire text in a
   * {@code xRaw} field and expose the typed value from {@code x()}, possibly as an {@code Optional}.
   */
  private static JavaType accessorType(ObjectMapper mapper, Class<?> owner, BeanPropertyDefinition property) {
    String internal = property.getInternalName();
    String accessor = internal.endsWith("Raw") ? internal.substring(0, internal.length() - 3) : internal;
    try {
      java.lang.reflect.Method method = owner.getMethod(accessor);
      JavaType t = mapper.getTypeFactory().constructType(method.getGenericReturnType());
      if (t.getRawClass() == java.util.Optional.class && t.containedTypeCount() == 1) {
        t = t.containedType(0);
      }
      return t;
    } catch (NoSuchMethodException e) {
      return property.getPrimaryType();
    }
  }

  static WireType.Kind kindOf(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return WireType.Kind.STRING;
    }
    if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class
        || raw == java.math.BigInteger.class || raw == Short.class) {
      return WireType.Kind.INTEGER;
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == Float.class) {
      return WireType.Kind.DECIMAL;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return WireType.Kind.BOOLEAN;
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return WireType.Kind.TIMESTAMP;
    }
    if (raw == CurrencyAmount.class) {
      return WireType.Kind.CURRENCY_AMOUNT;
    }
    if (raw.isEnum()) {
      return WireType.Kind.ENUM;
    }
    if (Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
      return WireType.Kind.OBJECT;
    }
    return WireType.Kind.OBJECT;
  }

  /** The documented wire values of a generated enum (its UNKNOWN constant has none). */
  static List<String> enumValues(Class<?> raw) {
    if (!raw.isEnum() || !WireEnumValue.class.isAssignableFrom(raw)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object constant : raw.getEnumConstants()) {
      String wire = ((WireEnumValue) constant).wireValue();
      if (wire != null) {
        values.add(wire);
      }
    }
    return values;
  }
}
