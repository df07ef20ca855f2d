package io.payspec.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.TypeModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes an immutable response type that Jackson reads leniently: unknown fields are ignored,
 * unknown enum values become {@code UNKNOWN} with the raw value kept, money stays exact.
 * Serializing it again gives the wire names and the values as received.
 */
final class ResponseWriter {
  TypeSpec write(EndpointModel endpoint, ObjectModel model) {
    ClassName self = ClassName.get(endpoint.javaPackage(), model.simpleName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addAnnotation(Names.RESPONSE_JSON)
        .addAnnotation(AnnotationSpec.builder(Names.JSON_PROPERTY_ORDER)
            .addMember("value", "{$L}", model.fields().stream()
                .map(f -> CodeBlock.of("$S", f.wireName()).toString()).collect(Collectors.joining(", ")))
            .build())
        .addJavadoc("$L\n", Docs.sentence(model.description(), model.simpleName() + " returned by " + endpoint.provider().name()
            + " " + endpoint.version() + " " + endpoint.operation()))
        .addJavadoc("\n<p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as\n"
            + "{@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another\n"
            + "format reads as empty, never as a failure.\n");

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addAnnotation(Names.JSON_CREATOR)
        .addComment("Jackson creates the object with this, from the values on the wire.");
    for (FieldModel field : model.fields()) {
      TypeModel t = field.type();
      TypeName wireType = Names.wireType(endpoint, t);
      TypeName javaType = Names.javaType(endpoint, t);
      String name = field.javaName();
      boolean converted = t.kind() == Kind.ENUM || t.kind().isTimestamp();
      String wireField = converted ? name + "Raw" : name;
      type.addField(FieldSpec.builder(wireType, wireField, Modifier.PRIVATE, Modifier.FINAL)
          .addAnnotation(Names.jsonProperty(field.wireName())).build());
      String numberReader = rawKeepingReader(t);
      if (numberReader != null) {
        // A number keeps its text as received when it drifts: Jackson hands the number or that text.
        type.addField(FieldSpec.builder(String.class, name + "Raw", Modifier.PRIVATE, Modifier.FINAL).build());
        constructor.addParameter(ParameterSpec.builder(Object.class, name)
            .addAnnotation(Names.jsonProperty(field.wireName()))
            .addAnnotation(AnnotationSpec.builder(Names.JSON_DESERIALIZE)
                .addMember("using", "$T.class", Names.WIRE_NUMBERS.nestedClass(numberReader)).build())
            .build());
        constructor.addStatement("this.$N = $T.value($N, $T.class)", name, Names.WIRE_NUMBERS, name, javaType);
        constructor.addStatement("this.$N = $T.raw($N)", name + "Raw", Names.WIRE_NUMBERS, name);
        type.addMethod(getter(field, javaType, name));
        type.addMethod(MethodSpec.methodBuilder(name + "Raw")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The wire value of {@code $L} as received when it could not be read as a number (text that is\n"
                + "not one, a number outside the limits or the type's range); then {@code $L()} is empty.\n\n"
                + "@return the text as received (at most 1,000 characters), or {@code null} when the value was read\n"
                + "    as a number or was absent\n", field.wireName(), name)
            .addStatement("return $N", name + "Raw")
            .build());
        continue;
      }
      constructor.addParameter(ParameterSpec.builder(wireType, name).addAnnotation(Names.jsonProperty(field.wireName())).build());
      constructor.addStatement("this.$N = $L", wireField, t.list()
          ? CodeBlock.of("$1N == null ? null : $2T.unmodifiableList(new $3T<>($1N))", name, Collections.class, ArrayList.class)
          : t.map()
              ? CodeBlock.of("$1N == null ? null : $2T.unmodifiableMap(new $3T<>($1N))", name, Collections.class,
                  java.util.LinkedHashMap.class)
              : CodeBlock.of("$N", name));
      if (converted) {
        type.addField(javaType, name, Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.$N = $L", name, convert(endpoint, type, field, wireField));
      }
      type.addMethod(getter(field, javaType, name));
      if (converted) {
        type.addMethod(MethodSpec.methodBuilder(name + "Raw")
            .addModifiers(Modifier.PUBLIC)
            .returns(wireType)
            .addJavadoc("The wire value$L of {@code $L} exactly as received, also when $L.\n\n"
                + "@return the raw value, or {@code null} when absent\n", t.list() ? "s" : "", field.wireName(),
                t.kind() == Kind.ENUM ? "undocumented" : "in another format than the documented one")
            .addStatement("return $N", wireField)
            .build());
      }
    }
    type.addMethod(constructor.build());
    ValueMethods.addTo(type, self, model.fields(), f -> f.type().kind() == Kind.ENUM || f.type().kind().isTimestamp()
        ? f.javaName() + "Raw" : f.javaName());
    return type.build();
  }

  private static MethodSpec getter(FieldModel field, TypeName javaType, String name) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(FieldDocs.of(field));
    if (field.nullable()) {
      return getter.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), javaType))
          .addJavadoc("\n@return the value, empty when the provider sent {@code null} or nothing$L\n",
              rawKeepingReader(field.type()) != null
                  ? ", or a value in another format (then {@code " + name + "Raw()} has it)" : "")
          .addStatement("return $T.ofNullable($N)", Optional.class, name)
          .build();
    }
    String drift = field.type().kind().isTimestamp() || rawKeepingReader(field.type()) != null
        ? " or sent it in another format (then {@code " + name + "Raw()} has it)"
        : field.type().kind() == Kind.ENUM ? "" : isNumber(javaType) ? " or sent it in another format" : "";
    return getter.returns(javaType)
        .addJavadoc("\n@return the value, or {@code null} when the provider did not send it$L\n", drift)
        .addStatement("return $N", name)
        .build();
  }

  /**
   * The {@code WireNumbers} reader of a single number field, which keeps the text of drift; null for
   * other fields (lists of numbers keep no text).
   */
  private static String rawKeepingReader(TypeModel type) {
    if (type.container()) {
      return null;
    }
    return switch (type.kind()) {
      case DECIMAL -> "Decimal";
      case INTEGER -> "Int";
      case LONG -> "Int64";
      case CURRENCY_AMOUNT -> "Amount";
      default -> null;
    };
  }

  private static boolean isNumber(TypeName type) {
    String name = type.toString();
    return name.equals("java.math.BigDecimal") || name.equals("java.lang.Integer") || name.equals("java.lang.Long")
        || name.equals("java.math.BigInteger") || name.equals("io.payspec.runtime.CurrencyAmount");
  }

  private static CodeBlock convert(EndpointModel endpoint, TypeSpec.Builder type, FieldModel field, String wireField) {
    TypeModel t = field.type();
    if (t.kind() == Kind.ENUM) {
      ClassName enumType = ClassName.get(endpoint.javaPackage(), t.refName());
      return t.list()
          ? CodeBlock.of("$1N == null ? null : $1N.stream().map($2T::fromWire).toList()", wireField, enumType)
          : CodeBlock.of("$T.fromWire($N)", enumType, wireField);
    }
    if (t.timestampPattern() == null) {
      return CodeBlock.of("$T.isoInstant($N, $S)", Names.TIMESTAMPS, wireField, field.wireName());
    }
    String format = Names.constant(field.javaName()) + "_FORMAT";
    type.addField(FieldSpec.builder(DateTimeFormatter.class, format, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.pattern($S)", Names.TIMESTAMPS, t.timestampPattern())
        .build());
    if (t.kind() == Kind.LOCAL_DATE_TIME) {
      return CodeBlock.of("$T.localDateTime($N, $N, $S)", Names.TIMESTAMPS, wireField, format, field.wireName());
    }
    if (t.kind() == Kind.LOCAL_DATE) {
      return CodeBlock.of("$T.responseDate($N, $N, $S)", Names.TIMESTAMPS, wireField, format, field.wireName());
    }
    String zone = Names.constant(field.javaName()) + "_ZONE";
    type.addField(FieldSpec.builder(ZoneId.class, zone, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($S)", ZoneId.class, t.timestampZone())
        .build());
    return CodeBlock.of("$T.instant($N, $N, $N, $S)", Names.TIMESTAMPS, wireField, format, zone, field.wireName());
  }
}
