package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EndpointModel.EnvelopeModel;
import io.payspec.processor.model.EndpointModel.ErrorsModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of one API version of a provider ({@code CryptoCloudV2}): an {@code Operation}
 * constant per endpoint and a blocking and an asynchronous method per operation.
 */
final class VersionWriter {
  TypeSpec write(List<EndpointModel> endpoints) {
    EndpointModel first = endpoints.get(0);
    ClassName self = Names.versionClass(first);
    ClassName client = Names.clientClass(first.provider().javaPackage(), first.provider().name());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addJavadoc("$L API $L. Get it from {@link $T#$L()}; immutable and safe to share between threads.\n",
            first.provider().name(), first.version(), client, first.version())
        .addField(Names.CLIENT_CORE, "core", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Binds this version to a client's core; {@link $T} does this for you.\n\n"
                + "@param core the shared core of a client\n", client)
            .addParameter(Names.CLIENT_CORE, "core")
            .addStatement("this.core = core")
            .build());
    for (EndpointModel endpoint : endpoints) {
      type.addField(operationConstant(endpoint, client));
      addCalls(type, endpoint);
    }
    TypeName anyOperation = ParameterizedTypeName.get(Names.OPERATION, WildcardTypeName.subtypeOf(Object.class),
        WildcardTypeName.subtypeOf(Object.class));
    type.addMethod(MethodSpec.methodBuilder("operations")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Names.LIST, anyOperation))
        .addJavadoc("Every operation of this version, for tools that work from metadata.\n\n@return the operations\n")
        .addStatement("return $T.of($L)", Names.LIST, endpoints.stream()
            .map(e -> constantName(e)).collect(Collectors.joining(", ")))
        .build());
    return type.build();
  }

  static String constantName(EndpointModel endpoint) {
    return Names.constant(endpoint.operation());
  }

  private static FieldSpec operationConstant(EndpointModel endpoint, ClassName client) {
    ClassName request = ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName());
    ClassName response = ClassName.get(endpoint.javaPackage(), endpoint.response().simpleName());
    ClassName validator = ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName() + "Validator");
    EnvelopeModel envelope = endpoint.envelope();
    ErrorsModel errors = endpoint.errors();
    CodeBlock init = CodeBlock.builder()
        .add("new $T<>(\n", Names.OPERATION).indent()
        .add("$T.PROVIDER,\n", client)
        .add("$S,\n$S,\n$T.$L,\n$S,\n$S,\n", endpoint.version(), endpoint.operation(), HttpMethod.class,
            endpoint.method().name(), endpoint.path(), endpoint.description())
        .add("new $T.EnvelopeInfo($T.$L, $S, $S, $S, $S, $S),\n", Names.OPERATION, EnvelopeKind.class, envelope.kind().name(),
            envelope.statusField(), envelope.successValue(), envelope.resultField(), envelope.errorFlagField(),
            envelope.errorsField())
        .add("new $T.ErrorInfo(\n", Names.OPERATION).indent()
        .add("$T.of($L),\n", Names.LIST, errors.shapes().stream()
            .map(s -> CodeBlock.of("$T.$L", ErrorShape.class, s.name())).collect(CodeBlock.joining(", ")))
        .add("$L,\n", strings(errors.authenticationKeys()))
        .add("$L,\n", strings(errors.authenticationMessages()))
        .add("$T.of($L)),\n", Names.LIST, errors.unavailableStatuses().stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .unindent()
        .add("$T.class,\n$T.class,\n$T::validate,\n", request, response, validator)
        .add("$T.of(", Names.LIST).indent()
        .add(fieldInfos(endpoint))
        .add("))").unindent().unindent()
        .build();
    return FieldSpec.builder(ParameterizedTypeName.get(Names.OPERATION, request, response), constantName(endpoint),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L $L $L: {@code $L $L}.\n", endpoint.provider().name(), endpoint.version(), endpoint.operation(),
            endpoint.method().name(), Docs.escape(endpoint.path()))
        .initializer(init)
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.of("$T.of($L)", Names.LIST,
        values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
  }

  private static CodeBlock fieldInfos(EndpointModel endpoint) {
    Map<String, ObjectModel> objects = endpoint.objects().stream()
        .collect(Collectors.toMap(ObjectModel::simpleName, Function.identity()));
    List<CodeBlock> out = new ArrayList<>();
    appendFields(endpoint, endpoint.request(), "", objects, out);
    return out.stream().map(b -> CodeBlock.of("\n$L", b)).collect(CodeBlock.joining(","));
  }

  private static void appendFields(EndpointModel endpoint, ObjectModel object, String prefix,
      Map<String, ObjectModel> objects, List<CodeBlock> out) {
    for (FieldModel field : object.fields()) {
      String path = prefix + field.wireName();
      if (field.type().kind() == Kind.OBJECT && !field.type().list()) {
        appendFields(endpoint, objects.get(field.type().refName()), path + ".", objects, out);
        continue;
      }
      CodeBlock enumValues = field.type().kind() == Kind.ENUM
          ? CodeBlock.of("$T.knownWireValues()", ClassName.get(endpoint.javaPackage(), field.type().refName()))
          : CodeBlock.of("$T.of()", Names.LIST);
      String kind = switch (field.type().kind()) {
        case INTEGER, LONG -> "INTEGER";
        case INSTANT, LOCAL_DATE_TIME -> "TIMESTAMP";
        default -> field.type().kind().name();
      };
      out.add(CodeBlock.of("new $T($S, $T.$L, $L, $L, $L, $L, $S)", Names.FIELD_INFO, path, Names.FIELD_KIND, kind,
          field.type().list(), field.required(), field.defaultValue() == null ? "null" : CodeBlock.of("$S", field.defaultValue()),
          enumValues, field.description()));
    }
  }

  private static void addCalls(TypeSpec.Builder type, EndpointModel endpoint) {
    ClassName request = ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName());
    ClassName response = ClassName.get(endpoint.javaPackage(), endpoint.response().simpleName());
    String doc = Docs.sentence(endpoint.description(), endpoint.provider().name() + " " + endpoint.operation());
    type.addMethod(MethodSpec.methodBuilder(endpoint.operation())
        .addModifiers(Modifier.PUBLIC)
        .returns(response)
        .addParameter(request, "request")
        .addJavadoc("$L\n\n<p>{@code $L $L}. Blocks until the provider answers or the request timeout passes.\n",
            doc, endpoint.method().name(), Docs.escape(endpoint.path()))
        .addJavadoc("\n@param request the request, built with {@link $T#builder()}\n@return the provider's answer\n"
            + "@throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent\n"
            + "@throws io.payspec.runtime.error.ApiException if the provider answered with an error\n"
            + "@throws io.payspec.runtime.error.TransportException if no answer arrived\n", request)
        .addStatement("return core.call($L, request)", constantName(endpoint))
        .build());
    type.addMethod(MethodSpec.methodBuilder(endpoint.operation() + "Async")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
        .addParameter(request, "request")
        .addJavadoc("$L\n\n<p>Asynchronous form of {@link #$L($T)}: the future fails with the same exceptions.\n",
            doc, endpoint.operation(), request)
        .addJavadoc("\n@param request the request, built with {@link $T#builder()}\n@return the provider's answer, when it arrives\n",
            request)
        .addStatement("return core.callAsync($L, request)", constantName(endpoint))
        .build());
  }
}
