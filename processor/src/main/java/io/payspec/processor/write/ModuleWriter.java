package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.VersionModel;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes a provider's {@code ProviderModule} ({@code CryptoCloudModule}), listed in
 * {@code META-INF/services} so that tools (the command line, the sandbox) find every provider.
 */
final class ModuleWriter {
  static ClassName moduleClass(ProviderModel provider) {
    return ClassName.get(provider.javaPackage(), provider.name() + "Module");
  }

  private static MethodSpec notifications(List<VersionModel> versions) {
    List<CodeBlock> infos = versions.stream().flatMap(v -> v.notifications().stream())
        .map(n -> CodeBlock.of("$T.INFO", NotificationWriter.verifierClass(n))).toList();
    return MethodSpec.methodBuilder("notifications")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Names.LIST, ParameterizedTypeName.get(Names.meta("NotificationInfo"),
            WildcardTypeName.subtypeOf(Object.class))))
        .addStatement("return $T.of($L)", Names.LIST, CodeBlock.join(infos, ", "))
        .build();
  }

  TypeSpec write(ProviderModel provider, List<VersionModel> versions) {
    ClassName self = moduleClass(provider);
    ClassName client = Names.clientClass(provider.javaPackage(), provider.name());
    TypeName anyOperation = ParameterizedTypeName.get(Names.OPERATION, WildcardTypeName.subtypeOf(Object.class),
        WildcardTypeName.subtypeOf(Object.class));
    CodeBlock concat = null;
    for (VersionModel version : versions) {
      CodeBlock part = CodeBlock.of("$T.operations().stream()", Names.versionClass(version.endpoints().get(0)));
      concat = concat == null ? part : CodeBlock.of("$T.concat($L,\n$L)", Stream.class, concat, part);
    }
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Names.generated())
        .addSuperinterface(Names.PROVIDER_MODULE)
        .addJavadoc("$L for tools that discover providers with {@link java.util.ServiceLoader}.\n", provider.name())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("provider")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Names.PROVIDER_INFO)
            .addStatement("return $T.PROVIDER", client)
            .build())
        .addMethod(notifications(versions))
        .addMethod(MethodSpec.methodBuilder("operations")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(Names.LIST, anyOperation))
            .addStatement("return $L.toList()", concat)
            .build())
        .build();
  }
}
