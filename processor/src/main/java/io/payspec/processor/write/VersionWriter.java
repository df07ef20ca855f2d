package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.processor.model.DecisionModel;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EndpointModel.EnvelopeModel;
import io.payspec.processor.model.EndpointModel.ErrorsModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.FieldModel.Constraints;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ProviderModel.AuthModel;
import io.payspec.processor.model.TypeModel.Kind;
import io.payspec.processor.model.VersionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of one API version of a provider ({@code CryptoCloudV2}): an {@code Operation}
 * constant per endpoint and a blocking and an asynchronous method per operation. Each operation's
 * metadata is built in a nested class of its own, so that the version class stays small however
 * many endpoints the version has.
 */
final class VersionWriter {
  TypeSpec write(VersionModel version) {
    EndpointModel first = version.endpoints().get(0);
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
    // Looked up for every nested object field of every operation: a map, not a scan of the version's objects.
    Map<String, ObjectModel> objects = new HashMap<>();
    version.objects().forEach(o -> objects.put(o.simpleName(), o));
    for (EndpointModel endpoint : version.endpoints()) {
      type.addField(operationConstant(endpoint, self));
      type.addType(metadataClass(objects, endpoint, client));
      addCalls(type, endpoint);
    }
    TypeName anyOperation = ParameterizedTypeName.get(Names.OPERATION, WildcardTypeName.subtypeOf(Object.class),
        WildcardTypeName.subtypeOf(Object.class));
    type.addMethod(MethodSpec.methodBuilder("operations")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Names.LIST, anyOperation))
        .addJavadoc("Every operation of this version, for tools that work from metadata.\n\n@return the operations\n")
        .addStatement("return $T.of($L)", Names.LIST, version.endpoints().stream()
            .map(VersionWriter::constantName).collect(Collectors.joining(", ")))
        .build());
    return type.build();
  }

  static String constantName(EndpointModel endpoint) {
    return Names.constant(endpoint.operation());
  }

  /** The type a call returns: the payload, a list of it or a map of names to it. */
  static TypeName resultType(EndpointModel endpoint) {
    ClassName payload = ClassName.get(endpoint.javaPackage(), endpoint.response().simpleName());
    return switch (endpoint.responseShape()) {
      case OBJECT -> payload;
      case LIST -> ParameterizedTypeName.get(Names.LIST, payload);
      case MAP -> ParameterizedTypeName.get(ClassName.get(Map.class), Names.STRING, payload);
    };
  }

  private static ClassName metadataName(ClassName version, EndpointModel endpoint) {
    return version.nestedClass(Names.capitalize(endpoint.operation()) + "Metadata");
  }

  private static FieldSpec operationConstant(EndpointModel endpoint, ClassName version) {
    ClassName request = ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName());
    return FieldSpec.builder(ParameterizedTypeName.get(Names.OPERATION, request, resultType(endpoint)),
            constantName(endpoint), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L $L $L: {@code $L $L}.\n", endpoint.provider().name(), endpoint.version(), endpoint.operation(),
            endpoint.method().name(), Docs.escape(endpoint.path()))
        .addJavadoc(FieldDocs.decisions(endpoint.decisions()))
        .initializer("$T.operation()", metadataName(version, endpoint))
        .build();
  }

  private static TypeSpec metadataClass(Map<String, ObjectModel> objects, EndpointModel endpoint, ClassName client) {
    ClassName self = metadataName(Names.versionClass(endpoint), endpoint);
    ClassName request = ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName());
    ClassName response = ClassName.get(endpoint.javaPackage(), endpoint.response().simpleName());
    ClassName validator = ValidatorWriter.validatorClass(endpoint);
    EnvelopeModel envelope = endpoint.envelope();
    ErrorsModel errors = endpoint.errors();
    CodeBlock init = CodeBlock.builder()
        .add("return new $T<>(\n", Names.OPERATION).indent()
        .add("$T.PROVIDER,\n", client)
        .add("$S,\n$S,\n$T.$L,\n$S,\n$S,\n", endpoint.version(), endpoint.operation(), HttpMethod.class,
            endpoint.method().name(), endpoint.path(), endpoint.description())
        .add("new $T.EnvelopeInfo($T.$L, $S, $S, $S, $S, $S, $S),\n", Names.OPERATION, EnvelopeKind.class,
            envelope.kind().name(), envelope.statusField(), envelope.successValue(), envelope.resultField(),
            envelope.errorFlagField(), envelope.errorsField(), envelope.errorField())
        .add("new $T.ErrorInfo(\n", Names.OPERATION).indent()
        .add("$T.of($L),\n", Names.LIST, errors.shapes().stream()
            .map(s -> CodeBlock.of("$T.$L", ErrorShape.class, s.name())).collect(CodeBlock.joining(", ")))
        .add("$L,\n", strings(errors.authenticationKeys()))
        .add("$L,\n", strings(errors.authenticationMessages()))
        .add("$T.of($L),\n", Names.LIST, errors.unavailableStatuses().stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .add("$L,\n", strings(errors.rateLimitKeys()))
        .add("$L,\n", strings(errors.unavailableKeys()))
        .add("$L),\n", strings(errors.notFoundKeys()))
        .unindent()
        .add("$T.class,\n$T.class,\n$T::validate,\n", request, response, validator)
        .add("$L,\n", fieldInfos(objects, endpoint, endpoint.request()))
        .add("$T.$L,\n", ResponseShape.class, endpoint.responseShape().name())
        .add("$L,\n", fieldInfos(objects, endpoint, endpoint.response()))
        .add("$L,\n", auth(endpoint.auth()))
        .add("$L,\n", strings(endpoint.credentials()))
        .add("$L,\n$S,\n", endpoint.sdkOnly(), endpoint.source())
        .add("$L,\n", list(endpoint.requestExamples().stream()
            .map(e -> CodeBlock.of("new $T($S, $S, $S, $S, $S)", Names.meta("RequestExampleInfo"), e.name(), e.path(), e.query(),
                e.body(), e.note()))
            .toList()))
        .add("$L,\n", list(endpoint.responseExamples().stream()
            .map(e -> CodeBlock.of("new $T($S, $L, $S, $T.$L, $S)", Names.meta("ResponseExampleInfo"), e.name(), e.status(),
                e.body(), ExampleOutcome.class, e.outcome().name(), e.note()))
            .toList()))
        .add("$L)", decisions(endpoint.decisions()))
        .unindent()
        .build();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds the metadata of $L, in a class of its own to keep every class small.\n", endpoint.operation())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("operation")
            .addModifiers(Modifier.STATIC)
            .returns(ParameterizedTypeName.get(Names.OPERATION, request, resultType(endpoint)))
            .addCode("$L;\n", init)
            .build())
        .build();
  }

  static CodeBlock auth(AuthModel auth) {
    return auth.inHeader()
        ? CodeBlock.of("$T.header($S, $S, $S)", Names.AUTH_INFO, auth.header(), auth.prefix(), auth.credential())
        : CodeBlock.of("$T.body($S, $S)", Names.AUTH_INFO, auth.loginField(), auth.secretField());
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.of("$T.of($L)", Names.LIST,
        values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
  }

  private static CodeBlock decisions(List<DecisionModel> decisions) {
    return list(decisions.stream()
        .map(d -> CodeBlock.of("new $T($T.$L, $S, $S, $S, $S)", Names.meta("DecisionInfo"), DecisionTopic.class,
            d.topic().name(), d.field(), d.page(), d.chosen(), d.reason()))
        .toList());
  }

  /** {@code List.of()} or {@code List.of(} one element per line {@code )}. */
  private static CodeBlock list(List<CodeBlock> elements) {
    if (elements.isEmpty()) {
      return CodeBlock.of("$T.of()", Names.LIST);
    }
    return CodeBlock.builder().add("$T.of(", Names.LIST).indent()
        .add(elements.stream().map(b -> CodeBlock.of("\n$L", b)).collect(CodeBlock.joining(",")))
        .add(")").unindent().build();
  }

  private static CodeBlock fieldInfos(Map<String, ObjectModel> objects, EndpointModel endpoint, ObjectModel root) {
    List<CodeBlock> out = new ArrayList<>();
    appendFields(objects, endpoint, root, "", out);
    return CodeBlock.builder().add("$T.of(", Names.LIST).indent()
        .add(out.stream().map(b -> CodeBlock.of("\n$L", b)).collect(CodeBlock.joining(",")))
        .add(")").unindent().build();
  }

  private static void appendFields(Map<String, ObjectModel> objects, EndpointModel endpoint, ObjectModel object,
      String prefix, List<CodeBlock> out) {
    for (FieldModel field : object.fields()) {
      String path = prefix + field.wireName();
      if (field.type().kind() == Kind.OBJECT && !field.type().container()) {
        appendFields(objects, endpoint, objects.get(field.type().refName()), path + ".", out);
        continue;
      }
      CodeBlock enumValues = field.type().kind() == Kind.ENUM
          ? CodeBlock.of("$T.knownWireValues()", ClassName.get(endpoint.javaPackage(), field.type().refName()))
          : CodeBlock.of("$T.of()", Names.LIST);
      String kind = switch (field.type().kind()) {
        case INTEGER, LONG -> "INTEGER";
        case INSTANT, LOCAL_DATE_TIME -> "TIMESTAMP";
        case LOCAL_DATE -> "DATE";
        default -> field.type().kind().name();
      };
      ParamIn in = prefix.isEmpty() && object == endpoint.request() ? field.in() : ParamIn.BODY;
      out.add(CodeBlock.builder()
          .add("new $T($S, $T.$L, $L, $L, $L, $L, $S,\n", Names.FIELD_INFO, path, Names.FIELD_KIND, kind,
              field.type().list(), field.required(), field.defaultValue() == null ? "null" : CodeBlock.of("$S", field.defaultValue()),
              enumValues, field.description())
          .indent()
          .add("$T.$L, $L, $L, $L, $L,\n", ParamIn.class, in.name(),
              field.type().timestampPattern() == null ? "null" : CodeBlock.of("$S", field.type().timestampPattern()),
              field.type().map(), field.nullable(), field.sensitive())
          .add("$L,\n$L,\n$L)", constraints(field.constraints()), decisions(field.decisions()), signature(field))
          .unindent()
          .build());
    }
  }

  private static CodeBlock constraints(Constraints c) {
    if (c.equals(Constraints.NONE)) {
      return CodeBlock.of("$T.NONE", Names.meta("FieldConstraints"));
    }
    return CodeBlock.of("new $T($L, $L, $L, $L, $L, $L, $L, $L, $L)", Names.meta("FieldConstraints"),
        decimal(c.min()), c.minExclusive(), decimal(c.max()), c.maxLength(), c.minSize(), c.maxSize(), c.email(), c.url(),
        c.requiresField() == null ? "null" : CodeBlock.of("$S", c.requiresField()));
  }

  private static CodeBlock decimal(java.math.BigDecimal value) {
    return value == null ? CodeBlock.of("null") : CodeBlock.of("new $T($S)", Names.BIG_DECIMAL, value.toPlainString());
  }

  private static CodeBlock signature(FieldModel field) {
    return field.signature() == null
        ? CodeBlock.of("null")
        : CodeBlock.of("new $T($S, $S, $S)", Names.meta("SignatureInfo"), field.signature().template(),
            field.signature().algorithm(), field.signature().credential());
  }

  private static void addCalls(TypeSpec.Builder type, EndpointModel endpoint) {
    ClassName request = ClassName.get(endpoint.javaPackage(), endpoint.request().simpleName());
    TypeName result = resultType(endpoint);
    String doc = Docs.sentence(endpoint.description(), endpoint.provider().name() + " " + endpoint.operation());
    type.addMethod(MethodSpec.methodBuilder(endpoint.operation())
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addParameter(request, "request")
        .addJavadoc("$L\n\n<p>{@code $L $L}. Blocks until the provider answers or the request timeout passes.\n",
            doc, endpoint.method().name(), Docs.escape(endpoint.path()))
        .addJavadoc(FieldDocs.decisions(endpoint.decisions()))
        .addJavadoc("\n@param request the request, built with {@link $T#builder()}\n@return the provider's answer\n"
            + "@throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent\n"
            + "@throws io.payspec.runtime.error.ApiException if the provider answered with an error\n"
            + "@throws io.payspec.runtime.error.TransportException if no answer arrived\n", request)
        .addStatement("return core.call($L, request)", constantName(endpoint))
        .build());
    type.addMethod(MethodSpec.methodBuilder(endpoint.operation() + "Async")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result))
        .addParameter(request, "request")
        .addJavadoc("$L\n\n<p>Asynchronous form of {@link #$L($T)}: the future fails with the same exceptions.\n",
            doc, endpoint.operation(), request)
        .addJavadoc("\n@param request the request, built with {@link $T#builder()}\n@return the provider's answer, when it arrives\n",
            request)
        .addStatement("return core.callAsync($L, request)", constantName(endpoint))
        .build());
  }
}
