package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EnumModel;
import javax.lang.model.element.Modifier;

/**
 * Writes one enum of wire values, with an {@code UNKNOWN} constant so that a value the provider adds
 * later never breaks parsing.
 */
final class EnumWriter {
  TypeSpec write(EndpointModel endpoint, EnumModel model) {
    ClassName self = ClassName.get(endpoint.javaPackage(), model.simpleName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Names.WIRE_ENUM_VALUE)
        .addJavadoc("$L\n", Docs.sentence(model.description(), "Documented values of " + model.simpleName()))
        .addJavadoc("\n<p>{@link #UNKNOWN} stands for a value this version of the client does not know: it keeps\n"
            + "responses readable when the provider adds values, and a request holding it is rejected before sending.\n");
    for (EnumModel.Constant constant : model.constants()) {
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("$S", constant.wireValue());
      String doc = constant.description().isEmpty()
          ? "Wire value {@code " + Docs.escape(constant.wireValue()) + "}."
          : Docs.sentence(constant.description(), "") + " Wire value {@code " + Docs.escape(constant.wireValue()) + "}.";
      type.addEnumConstant(constant.name(), body.addJavadoc("$L\n", doc).build());
    }
    type.addEnumConstant("UNKNOWN", TypeSpec.anonymousClassBuilder("$L", "null")
        .addJavadoc("A value the descriptor does not document; never sent.\n").build());

    type.addField(FieldSpec.builder(ParameterizedTypeName.get(Names.WIRE_ENUM_INDEX, self), "INDEX",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of(values(), UNKNOWN)", Names.WIRE_ENUM_INDEX)
        .build());
    type.addField(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "wireValue")
        .addStatement("this.wireValue = wireValue")
        .build());
    type.addMethod(MethodSpec.methodBuilder("wireValue")
        .addAnnotation(Override.class)
        .addAnnotation(Names.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return wireValue")
        .build());
    type.addMethod(MethodSpec.methodBuilder("isKnown")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return this != UNKNOWN")
        .build());
    type.addMethod(MethodSpec.methodBuilder("fromWire")
        .addAnnotation(Names.JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "wireValue")
        .addJavadoc("The constant for a wire value: {@link #UNKNOWN} for an undocumented one, {@code null} for {@code null}.\n"
            + "\n@param wireValue the value as received, or {@code null}\n@return its constant\n")
        .addStatement("return INDEX.fromWire(wireValue)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("knownWireValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Names.LIST, Names.STRING))
        .addJavadoc("Every documented wire value, in documented order.\n\n@return the values, unmodifiable\n")
        .addStatement("return INDEX.knownWireValues()")
        .build());
    return type.build();
  }
}
