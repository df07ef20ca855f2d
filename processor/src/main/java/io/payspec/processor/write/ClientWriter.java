package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.VersionModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a provider's client ({@code CryptoCloudClient}): its {@code PROVIDER} metadata, a builder
 * with typed credential setters, and one accessor per API version.
 */
final class ClientWriter {
  TypeSpec write(ProviderModel provider, List<VersionModel> versions) {
    ClassName self = Names.clientClass(provider.javaPackage(), provider.name());
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addJavadoc("$L\n", Docs.sentence(provider.description(), provider.name() + " client"))
        .addJavadoc("\n<p>Create one with {@link #builder()} and share it: it is immutable and thread-safe, and holds one\n"
            + "HTTP client and one JSON mapper. Credentials are set once, on the builder, and never printed.\n");
    CodeBlock auth = VersionWriter.auth(provider.auth());
    Map<String, String> credentials = credentials(provider, versions);
    CodeBlock initializer = credentials.keySet().equals(new LinkedHashSet<>(provider.auth().credentialNames()))
        ? CodeBlock.of("new $T($S, $S, $S, $L, $S)", Names.PROVIDER_INFO, provider.id(), provider.name(), provider.baseUrl(),
            auth, provider.description())
        : CodeBlock.of("new $T($S, $S, $S, $L, $S, $T.of($L))", Names.PROVIDER_INFO, provider.id(), provider.name(),
            provider.baseUrl(), auth, provider.description(), Names.LIST,
            credentials.keySet().stream().map(c -> CodeBlock.of("$S", c)).collect(CodeBlock.joining(", ")));
    type.addField(FieldSpec.builder(Names.PROVIDER_INFO, "PROVIDER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L as its descriptor declares it.\n", provider.name())
        .initializer(initializer)
        .build());
    type.addField(Names.CLIENT_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Names.CLIENT_CORE, "core")
        .addStatement("this.core = core");
    for (VersionModel versionModel : versions) {
      List<EndpointModel> version = versionModel.endpoints();
      EndpointModel first = version.get(0);
      ClassName versionClass = Names.versionClass(first);
      type.addField(versionClass, first.version(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(core)", first.version(), versionClass);
      type.addMethod(MethodSpec.methodBuilder(first.version())
          .addModifiers(Modifier.PUBLIC)
          .returns(versionClass)
          .addJavadoc("$L API $L: $L.\n\n@return the operations of this version\n", provider.name(), first.version(),
              String.join(", ", version.stream().map(e -> "{@link $T#" + e.operation() + " " + e.operation() + "}")
                  .toList()).replace("$T", versionClass.simpleName()))
          .addStatement("return $N", first.version())
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder with the documented base URL and default timeouts.\n\n@return a new builder\n")
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + core + $S", self.simpleName() + "{", "}")
        .build());
    type.addType(builder(provider, self, builder, credentials));
    return type.build();
  }

  /**
   * Every credential the client may need, with the operations that need it beyond the provider's own:
   * an endpoint's {@code @HeaderAuth(credential = ...)} and signature secrets.
   */
  private static Map<String, String> credentials(ProviderModel provider, List<VersionModel> versions) {
    Map<String, List<String>> users = new LinkedHashMap<>();
    provider.auth().credentialNames().forEach(name -> users.put(name, new ArrayList<>()));
    for (VersionModel version : versions) {
      for (EndpointModel endpoint : version.endpoints()) {
        for (String name : endpoint.credentials()) {
          users.computeIfAbsent(name, n -> new ArrayList<>());
          if (!provider.auth().credentialNames().contains(name)) {
            users.get(name).add("{@code " + endpoint.version() + "()." + endpoint.operation() + "}");
          }
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    users.forEach((name, operations) -> out.put(name, String.join(", ", operations)));
    return out;
  }

  private static TypeSpec builder(ProviderModel provider, ClassName client, ClassName builder, Map<String, String> credentials) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .superclass(com.palantir.javapoet.ParameterizedTypeName.get(Names.CLIENT_BUILDER, builder))
        .addJavadoc("Builds a {@link $T}. Set the credentials; everything else has a documented default.\n", client)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addStatement("super(PROVIDER)").build());
    if (provider.auth().inHeader()) {
      type.addMethod(credential(Names.camel(provider.auth().credential()), provider.auth().credential(),
          "The API key, sent as {@code " + Docs.escape(provider.auth().header() + ": " + provider.auth().prefix()) + "<key>}; never printed.",
          builder));
    } else {
      type.addMethod(credential(Names.camel(provider.auth().loginField()), provider.auth().loginField(),
          "The login, sent as {@code " + Docs.escape(provider.auth().loginField()) + "} in every request body.", builder));
      type.addMethod(credential(Names.camel(provider.auth().secretField()), provider.auth().secretField(),
          "The secret, sent as {@code " + Docs.escape(provider.auth().secretField()) + "} in every request body; never printed.",
          builder));
    }
    credentials.forEach((name, operations) -> {
      if (!operations.isEmpty()) {
        type.addMethod(credential(Names.camel(name), name,
            "The {@code " + Docs.escape(name) + "} credential, needed by " + operations + " only; never printed."
                + " Calling them without it fails with a {@link io.payspec.runtime.error.MissingCredentialException}.",
            builder));
      }
    });
    type.addMethod(MethodSpec.methodBuilder("self")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(builder)
        .addStatement("return this")
        .build());
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addJavadoc("Creates the client.\n\n@return the client\n@throws io.payspec.runtime.error.ConfigurationException if a credential is not set\n")
        .addStatement("return new $T(buildCore())", client)
        .build());
    return type.build();
  }

  private static MethodSpec credential(String method, String name, String doc, ClassName builder) {
    return MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, method)
        .addJavadoc("$L\n\n@param $L the value, not blank\n@return this builder\n", doc, method)
        .addStatement("return credential($S, $N)", name, method)
        .build();
  }
}
