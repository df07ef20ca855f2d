package io.payspec.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.TypeModel;
import java.util.Locale;

/** Java names and types shared by the writers. */
final class Names {
  static final String PROCESSOR = "io.payspec.processor.PayspecProcessor";
  static final String RUNTIME = "io.payspec.runtime";

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName LOCAL_DATE_TIME = ClassName.get("java.time", "LocalDateTime");
  static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName CURRENCY_AMOUNT = ClassName.get(RUNTIME, "CurrencyAmount");
  static final ClassName WIRE_ENUM_VALUE = ClassName.get(RUNTIME, "WireEnumValue");
  static final ClassName WIRE_ENUM_INDEX = ClassName.get(RUNTIME, "WireEnumIndex");
  static final ClassName IMMUTABLE_LISTS = ClassName.get(RUNTIME, "ImmutableLists");
  static final ClassName CLIENT_CORE = ClassName.get(RUNTIME, "ClientCore");
  static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
  static final ClassName VIOLATION = ClassName.get(RUNTIME + ".validation", "Violation");
  static final ClassName VIOLATIONS = ClassName.get(RUNTIME + ".validation", "Violations");
  static final ClassName VALIDATION_EXCEPTION = ClassName.get(RUNTIME + ".error", "ValidationException");
  static final ClassName TIMESTAMPS = ClassName.get(RUNTIME + ".json", "Timestamps");
  static final ClassName WIRE_NUMBERS = ClassName.get(RUNTIME + ".json", "WireNumbers");
  static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName OPERATION = ClassName.get(RUNTIME + ".meta", "Operation");
  static final ClassName PROVIDER_INFO = ClassName.get(RUNTIME + ".meta", "ProviderInfo");
  static final ClassName AUTH_INFO = ClassName.get(RUNTIME + ".meta", "AuthInfo");
  static final ClassName FIELD_INFO = ClassName.get(RUNTIME + ".meta", "FieldInfo");
  static final ClassName FIELD_KIND = ClassName.get(RUNTIME + ".meta", "FieldKind");
  static final ClassName PROVIDER_MODULE = ClassName.get(RUNTIME + ".meta", "ProviderModule");

  static final String JACKSON = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  /** The runtime's bundle of Jackson's class annotations for requests: explicit properties only, nulls not written. */
  static final ClassName REQUEST_JSON = ClassName.get(RUNTIME + ".json", "RequestJson");
  /** The same for responses, which also ignore fields the provider adds later. */
  static final ClassName RESPONSE_JSON = ClassName.get(RUNTIME + ".json", "ResponseJson");

  private Names() {}

  /** {@code @Generated("io.payspec.processor.PayspecProcessor")}. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  static AnnotationSpec jsonProperty(String wireName) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", wireName).build();
  }

  /** The Java type of a value of this model type, in the endpoint's package. */
  static TypeName javaType(EndpointModel endpoint, TypeModel type) {
    TypeName element = switch (type.kind()) {
      case STRING -> STRING;
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DECIMAL -> BIG_DECIMAL;
      case INSTANT -> INSTANT;
      case LOCAL_DATE_TIME -> LOCAL_DATE_TIME;
      case LOCAL_DATE -> LOCAL_DATE;
      case CURRENCY_AMOUNT -> CURRENCY_AMOUNT;
      case ENUM, OBJECT -> ClassName.get(endpoint.javaPackage(), type.refName());
    };
    if (type.map()) {
      return ParameterizedTypeName.get(MAP, STRING, element);
    }
    return type.list() ? ParameterizedTypeName.get(LIST, element) : element;
  }

  /** A class of the runtime's metadata package. */
  static ClassName meta(String simpleName) {
    return ClassName.get(RUNTIME + ".meta", simpleName);
  }

  /** The type Jackson reads from the wire for a response field: enums and timestamps as text. */
  static TypeName wireType(EndpointModel endpoint, TypeModel type) {
    if (type.kind() == TypeModel.Kind.ENUM || type.kind().isTimestamp()) {
      return type.list() ? ParameterizedTypeName.get(LIST, STRING) : STRING;
    }
    return javaType(endpoint, type);
  }

  /** {@code CryptoCloudV2}. */
  static ClassName versionClass(EndpointModel endpoint) {
    return ClassName.get(endpoint.javaPackage(), endpoint.provider().name() + capitalize(endpoint.version()));
  }

  static ClassName clientClass(String javaPackage, String providerName) {
    return ClassName.get(javaPackage, providerName + "Client");
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** {@code time_to_pay} -> {@code TIME_TO_PAY}; {@code createInvoice} -> {@code CREATE_INVOICE}. */
  static String constant(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }

  /** {@code auth_login} -> {@code authLogin}. */
  static String camel(String wireName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : wireName.toCharArray()) {
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
