package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.FieldModel.Constraints;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the validator of an endpoint's request, nested in the request type ({@code
 * CreateInvoiceRequest.Validator}, so that an endpoint costs one source file fewer): one static method
 * per object, one call per documented rule, every violation naming its wire path. A request its builder
 * made was checked by {@code build()}; {@code validate} does not check it again.
 */
final class ValidatorWriter {
  /** The validator's method that checks a request however it was made. */
  static final String VIOLATIONS_OF = "violationsOf";

  /** The validator of an endpoint's request: {@code CreateInvoiceRequest.Validator}. */
  static ClassName validatorClass(EndpointModel endpoint) {
    return ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName()).nestedClass("Validator");
  }

  TypeSpec write(EndpointModel endpoint, List<ObjectModel> requestObjects) {
    ObjectModel request = endpoint.request();
    ClassName self = validatorClass(endpoint);
    ClassName requestType = ClassName.get(endpoint.javaPackage(), request.simpleName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Checks a {@link $T} against every rule $L documents for $L $L.\n",
            requestType, endpoint.provider().name(), endpoint.version(), endpoint.operation())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    Map<String, FieldSpec> bounds = new LinkedHashMap<>();
    type.addMethod(MethodSpec.methodBuilder("validate")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Names.LIST, Names.VIOLATION))
        .addParameter(requestType, "request")
        .addJavadoc("Every violation of the request, in field order; empty when it is valid. A request made by\n"
            + "{@link $T.Builder#build()} was checked there and, being immutable, is valid for good: it is not\n"
            + "checked again.\n\n"
            + "@param request the request to check\n@return the violations, each naming its wire path\n", requestType)
        .addStatement("return request.$N() ? $T.of() : $N(request)", RequestWriter.CHECKED_BY_BUILD, Names.LIST,
            VIOLATIONS_OF)
        .build());
    type.addMethod(MethodSpec.methodBuilder(VIOLATIONS_OF)
        .addModifiers(Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Names.LIST, Names.VIOLATION))
        .addParameter(requestType, "request")
        .addComment("Every violation of the request, however it was made; its builder checks with this.")
        .addStatement("$T violations = new $T()", Names.VIOLATIONS, Names.VIOLATIONS)
        .addStatement("check(request, violations)")
        .addStatement("return violations.toList()")
        .build());
    for (ObjectModel object : requestObjects) {
      type.addMethod(checkMethod(endpoint, self, object, bounds));
    }
    bounds.values().forEach(type::addField);
    return type.build();
  }

  /** The rules of one object, with paths relative to it ({@code Violations} puts the full path together). */
  private MethodSpec checkMethod(EndpointModel endpoint, ClassName self, ObjectModel object, Map<String, FieldSpec> bounds) {
    ClassName objectType = ClassName.get(endpoint.javaPackage(), object.simpleName());
    MethodSpec.Builder method = MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(objectType, "value")
        .addParameter(Names.VIOLATIONS, "violations");
    for (FieldModel field : object.fields()) {
      String getter = "value." + field.javaName() + "()";
      CodeBlock path = CodeBlock.of("$S", field.wireName());
      Constraints c = field.constraints();
      if (field.required() && field.signature() == null) {
        method.addStatement("violations.required($L, $L)", path, getter);
      }
      if (field.type().kind() == Kind.ENUM) {
        ClassName enumType = ClassName.get(endpoint.javaPackage(), field.type().refName());
        method.addStatement("violations.$L($L, $L, $T.knownWireValues())", field.type().list() ? "allKnown" : "known",
            path, getter, enumType);
      }
      if (c.hasRange()) {
        String value = field.type().kind() == Kind.CURRENCY_AMOUNT
            ? getter + " == null ? null : " + getter + ".amount()" : getter;
        method.addStatement("violations.range($L, $L, $L, $L, $L$L)", path, value,
            bound(bounds, object, endpoint, field, "MIN", c.min()), c.minExclusive(), bound(bounds, object, endpoint, field, "MAX", c.max()),
            field.sensitive() ? ", true" : "");
      }
      if (c.maxLength() != null) {
        method.addStatement("violations.maxLength($L, $L, $L)", path, getter, c.maxLength());
      }
      if (c.hasSize()) {
        method.addStatement("violations.size($L, $L, $L, $L)", path, getter,
            c.minSize() == null ? 0 : c.minSize(), c.maxSize() == null ? "Integer.MAX_VALUE" : c.maxSize());
      }
      if (c.email()) {
        method.addStatement("violations.email($L, $L)", path, getter);
      }
      if (c.url()) {
        method.addStatement("violations.url($L, $L$L)", path, getter, field.sensitive() ? ", true" : "");
      }
      if (c.requiresField() != null) {
        FieldModel other = object.field(c.requiresField());
        method.addStatement("violations.requires($L, $L, $S, value.$L())", path, getter,
            other.wireName(), other.javaName());
      }
      if (field.type().kind() == Kind.OBJECT) {
        method.addStatement("violations.$L($L, $L, $T::check)", field.type().list() ? "each" : "nested", path, getter, self);
      }
    }
    for (List<String> group : object.exactlyOneOf()) {
      CodeBlock paths = group.stream().map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(", "));
      String values = group.stream().map(name -> "value." + object.field(name).javaName() + "()").collect(Collectors.joining(", "));
      method.addStatement("violations.exactlyOneOf($T.of($L), $L)", Names.LIST, paths, values);
    }
    return method.build();
  }

  private static CodeBlock bound(Map<String, FieldSpec> bounds, ObjectModel object, EndpointModel endpoint,
      FieldModel field, String which, BigDecimal value) {
    if (value == null) {
      return CodeBlock.of("null");
    }
    String owner = object == endpoint.request() ? "" : Names.constant(object.simpleName()) + "_";
    String name = owner + Names.constant(field.javaName()) + "_" + which;
    bounds.computeIfAbsent(name, n -> FieldSpec.builder(Names.BIG_DECIMAL, n, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S)", Names.BIG_DECIMAL, value.toPlainString())
        .build());
    return CodeBlock.of("$N", name);
  }
}
