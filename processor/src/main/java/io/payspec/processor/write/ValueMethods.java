package io.payspec.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.FieldModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** {@code equals}, {@code hashCode} and {@code toString} over a value type's fields. */
final class ValueMethods {
  private ValueMethods() {}

  static void addTo(TypeSpec.Builder type, ClassName self, List<FieldModel> fields) {
    addTo(type, self, fields, FieldModel::javaName);
  }

  /**
   * As {@link #addTo(TypeSpec.Builder, ClassName, List)}, comparing the Java fields {@code fieldName} names.
   * One small method per generated method: the JIT compiles each on its own, where one method
   * holding all three loops was compiled again and again (a loop predicate from the profile failing
   * on the next type's field count), 0.4 s of compiler time each at 1,000 endpoints.
   */
  static void addTo(TypeSpec.Builder type, ClassName self, List<FieldModel> fields, Function<FieldModel, String> fieldName) {
    type.addMethod(equalsMethod(self, fields, fieldName));
    type.addMethod(hashCodeMethod(fields, fieldName));
    type.addMethod(toStringMethod(self, fields, fieldName));
  }

  private static MethodSpec equalsMethod(ClassName self, List<FieldModel> fields, Function<FieldModel, String> fieldName) {
    MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other");
    if (fields.isEmpty()) {
      return equals.addStatement("return other instanceof $T", self).build();
    }
    CodeBlock.Builder same = CodeBlock.builder().add("return other instanceof $T that", self);
    for (FieldModel field : fields) {
      same.add("\n&& $T.equals($N, that.$N)", Objects.class, fieldName.apply(field), fieldName.apply(field));
    }
    return equals.addStatement(same.build()).build();
  }

  private static MethodSpec hashCodeMethod(List<FieldModel> fields, Function<FieldModel, String> fieldName) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class,
            String.join(", ", fields.stream().map(fieldName).toList()))
        .build();
  }

  private static MethodSpec toStringMethod(ClassName self, List<FieldModel> fields, Function<FieldModel, String> fieldName) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $S", self.simpleName() + "{");
    for (int i = 0; i < fields.size(); i++) {
      FieldModel field = fields.get(i);
      if (field.sensitive()) {
        text.add("\n+ $S + ($N == null ? $S : $S)", (i == 0 ? "" : ", ") + field.wireName() + "=", fieldName.apply(field),
            "null", "****");
      } else {
        text.add("\n+ $S + $N", (i == 0 ? "" : ", ") + field.wireName() + "=", fieldName.apply(field));
      }
    }
    text.add("\n+ $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(text.build())
        .build();
  }
}
