package io.payspec.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
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
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes an immutable request type (the body, or a nested object of it) with a fluent builder.
 * The body's {@code build()} runs the validator and lists every violation at once.
 */
final class RequestWriter {
  /**
   * The request body's flag, and the method reading it, saying that {@code build()} made the request
   * and checked every rule, so that the validator need not check it again.
   */
  static final String CHECKED_BY_BUILD = "checkedByBuild";

  /**
   * The request type of {@code model}, with {@code validator} nested in it when it is an endpoint's request.
   *
   * @param validator the endpoint's validator ({@link ValidatorWriter}), or null for a nested object
   */
  TypeSpec write(EndpointModel endpoint, ObjectModel model, TypeSpec validator) {
    boolean body = model == endpoint.request();
    ClassName self = ClassName.get(endpoint.javaPackage(), model.simpleName());
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addAnnotation(Names.REQUEST_JSON)
        .addAnnotation(propertyOrder(model))
        .addJavadoc("$L\n", Docs.sentence(model.description(), model.simpleName() + " of " + endpoint.provider().name()
            + " " + endpoint.version() + " " + endpoint.operation()))
        .addJavadoc("\n<p>Immutable; create it with {@link #builder()}. ")
        .addJavadoc(body
            ? "{@link Builder#build()} checks every documented rule and reports all violations at once.\n"
            : "Its rules are checked when the enclosing request is built, so that violations name the full wire path.\n");

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
    for (FieldModel field : model.fields()) {
      TypeName javaType = Names.javaType(endpoint, field.type());
      type.addField(javaType, field.javaName(), Modifier.PRIVATE, Modifier.FINAL);
      // The builder holds lists as unmodifiable copies already, shared by every object it builds.
      constructor.addStatement("this.$1N = builder.$1N", field.javaName());
      if (field.defaultValue() != null) {
        type.addField(defaultConstant(endpoint, field));
      }
      MethodSpec.Builder getter = MethodSpec.methodBuilder(field.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(javaType)
          .addJavadoc(FieldDocs.of(field))
          .addJavadoc("\n@return the value, or {@code null} when it is not set\n")
          .addStatement("return $N", field.javaName());
      if (field.type().kind().isTimestamp()) {
        if (Timestamps.format(field) != null) {
          type.addField(Timestamps.format(field));
        }
        if (Timestamps.zone(field) != null) {
          type.addField(Timestamps.zone(field));
        }
        type.addMethod(MethodSpec.methodBuilder(field.javaName() + "Wire")
            .addModifiers(Modifier.PRIVATE)
            .addAnnotation(Names.jsonProperty(field.wireName()))
            .returns(Names.STRING)
            .addStatement("return $L", Timestamps.write(field, CodeBlock.of("$N", field.javaName())))
            .build());
      } else {
        getter.addAnnotation(Names.jsonProperty(field.wireName()));
      }
      type.addMethod(getter.build());
    }
    if (body) {
      // Package-private and private members are explained in line comments: javac keeps every doc
      // comment in memory while a processor runs, and these are not part of the documented API.
      type.addField(FieldSpec.builder(boolean.class, CHECKED_BY_BUILD, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addParameter(boolean.class, CHECKED_BY_BUILD)
          .addStatement("this.$1N = $1N", CHECKED_BY_BUILD);
      type.addMethod(MethodSpec.methodBuilder(CHECKED_BY_BUILD)
          .returns(boolean.class)
          .addComment("True for a request of Builder.build(), which checked every rule: being immutable, it obeys them")
          .addComment("for good. False for one read from JSON or made by Builder.validate().")
          .addStatement("return $N", CHECKED_BY_BUILD)
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A new, empty builder.\n\n@return the builder\n")
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(toBuilder(model, builder));
    type.addMethod(fromJson(endpoint, model, self, builder, body));
    ValueMethods.addTo(type, self, model.fields());
    type.addType(builderType(endpoint, model, self, builder, body));
    if (validator != null) {
      type.addType(validator);
    }
    return type.build();
  }

  private static AnnotationSpec propertyOrder(ObjectModel model) {
    return AnnotationSpec.builder(Names.JSON_PROPERTY_ORDER)
        .addMember("value", "{$L}", model.fields().stream()
            .map(f -> CodeBlock.of("$S", f.wireName()).toString()).collect(Collectors.joining(", ")))
        .build();
  }

  private static FieldSpec defaultConstant(EndpointModel endpoint, FieldModel field) {
    TypeName type = Names.javaType(endpoint, field.type());
    CodeBlock value = switch (field.type().kind()) {
      case ENUM -> CodeBlock.of("$T.fromWire($S)", type, field.defaultValue());
      case DECIMAL -> CodeBlock.of("new $T($S)", Names.BIG_DECIMAL, field.defaultValue());
      case INTEGER -> CodeBlock.of("$L", field.defaultValue());
      case LONG -> CodeBlock.of("$LL", field.defaultValue());
      case BOOLEAN -> CodeBlock.of("$L", field.defaultValue());
      default -> CodeBlock.of("$S", field.defaultValue());
    };
    return FieldSpec.builder(type, "DEFAULT_" + Names.constant(field.javaName()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("What the provider uses when {@code $L} is not sent: {@code $L}.\n", field.wireName(),
            Docs.escape(field.defaultValue()))
        .initializer(value)
        .build();
  }

  private static MethodSpec toBuilder(ObjectModel model, ClassName builder) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("A builder holding this object's values, to derive a changed copy.\n\n@return the builder\n")
        .addStatement("$T copy = new $T()", builder, builder);
    for (FieldModel field : model.fields()) {
      method.addStatement("copy.$1N = $1N", field.javaName());
    }
    return method.addStatement("return copy").build();
  }

  /** The unvalidated path from JSON, for tools that check what others send (the sandbox). */
  private static MethodSpec fromJson(EndpointModel endpoint, ObjectModel model, ClassName self, ClassName builder,
      boolean body) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addAnnotation(Names.JSON_CREATOR)
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addComment("Jackson reads JSON with this, without checking rules; callers validate what they read.")
        .addStatement("$T builder = new $T()", builder, builder);
    for (FieldModel field : model.fields()) {
      boolean timestamp = field.type().kind().isTimestamp();
      method.addParameter(ParameterSpec.builder(timestamp ? Names.STRING : Names.javaType(endpoint, field.type()), field.javaName())
          .addAnnotation(Names.jsonProperty(field.wireName())).build());
      if (timestamp) {
        method.addStatement("builder.$N = $L", field.javaName(), Timestamps.read(field, field.javaName()));
      } else if (field.type().list()) {
        method.addStatement("builder.$1N = $1N == null ? null : $2T.unmodifiableList($1N)", field.javaName(),
            Collections.class);
      } else {
        method.addStatement("builder.$1N = $1N", field.javaName());
      }
    }
    return method.addStatement(body ? "return new $T(builder, false)" : "return new $T(builder)", self).build();
  }

  private static TypeSpec builderType(EndpointModel endpoint, ObjectModel model, ClassName self, ClassName builder, boolean body) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addJavadoc("Builds {@link $T}. Not thread-safe; each {@code build()} returns a new immutable object.\n", self)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FieldModel field : model.fields()) {
      TypeName javaType = Names.javaType(endpoint, field.type());
      type.addField(javaType, field.javaName(), Modifier.PRIVATE);
      if (field.signature() != null) {
        continue;
      }
      MethodSpec.Builder setter = MethodSpec.methodBuilder(field.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(javaType, field.javaName())
          .addJavadoc(FieldDocs.of(field))
          .addJavadoc("\n@param $L the value, or {@code null} to leave it unset\n@return this builder\n", field.javaName());
      if (field.type().list()) {
        setter.addStatement("this.$1N = $2T.copyOf($1N)", field.javaName(), Names.IMMUTABLE_LISTS);
      } else {
        setter.addStatement("this.$1N = $1N", field.javaName());
      }
      type.addMethod(setter.addStatement("return this").build());
      if (field.type().list()) {
        TypeName element = ((ParameterizedTypeName) javaType).typeArguments().get(0);
        type.addMethod(MethodSpec.methodBuilder(field.javaName())
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ArrayTypeName.of(element), field.javaName())
            .varargs()
            .addJavadoc("Sets {@code $L} to the given values.\n\n@param $L the values\n@return this builder\n",
                field.wireName(), field.javaName())
            .addStatement("this.$1N = $2T.of($1N)", field.javaName(), Names.IMMUTABLE_LISTS)
            .addStatement("return this")
            .build());
      }
    }
    if (body) {
      ClassName validator = ValidatorWriter.validatorClass(endpoint);
      String subject = endpoint.provider().name() + " " + endpoint.version() + " " + endpoint.operation() + " request";
      type.addMethod(MethodSpec.methodBuilder("validate")
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(Names.LIST, Names.VIOLATION))
          .addJavadoc("Checks every documented rule against the values set so far, without throwing.\n\n"
              + "@return every violation, each naming its wire path; empty when the request is valid\n")
          .addStatement("return $T.validate(new $T(this, false))", validator, self)
          .build());
      type.addMethod(MethodSpec.methodBuilder("build")
          .addModifiers(Modifier.PUBLIC)
          .returns(self)
          .addJavadoc("Builds the request after checking every documented rule.\n\n"
              + "@return the immutable request\n"
              + "@throws $T listing every violation at once, each naming its wire path\n", Names.VALIDATION_EXCEPTION)
          .addStatement("$T request = new $T(this, true)", self, self)
          .addStatement("$T<$T> violations = $T.$N(request)", List.class, Names.VIOLATION, validator,
              ValidatorWriter.VIOLATIONS_OF)
          .beginControlFlow("if (!violations.isEmpty())")
          .addStatement("throw new $T($S, violations)", Names.VALIDATION_EXCEPTION, subject)
          .endControlFlow()
          .addStatement("return request")
          .build());
    } else {
      type.addMethod(MethodSpec.methodBuilder("build")
          .addModifiers(Modifier.PUBLIC)
          .returns(self)
          .addJavadoc("Builds the object; its rules are checked when the enclosing request is built.\n\n@return the immutable object\n")
          .addStatement("return new $T(this)", self)
          .build());
    }
    return type.build();
  }

}
