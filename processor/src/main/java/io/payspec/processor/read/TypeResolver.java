package io.payspec.processor.read;

import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.processor.model.TypeModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the Java type of a descriptor method to a supported {@link TypeModel}, reporting unsupported
 * types. Enums and objects must be nested in an endpoint descriptor of the same provider version:
 * the version is one namespace of types.
 */
final class TypeResolver {
  private static final Map<String, Kind> SIMPLE = Map.of(
      "java.lang.String", Kind.STRING,
      "java.lang.Boolean", Kind.BOOLEAN,
      "java.lang.Integer", Kind.INTEGER,
      "java.lang.Long", Kind.LONG,
      "java.math.BigDecimal", Kind.DECIMAL,
      "java.time.Instant", Kind.INSTANT,
      "java.time.LocalDateTime", Kind.LOCAL_DATE_TIME,
      "java.time.LocalDate", Kind.LOCAL_DATE,
      "io.payspec.runtime.CurrencyAmount", Kind.CURRENCY_AMOUNT);

  private final Reporter reporter;
  private final Set<? extends Element> endpoints;
  private final String version;

  /**
   * @param endpoints the endpoint descriptors of the version, in which types may be nested
   * @param version the version's name, for messages
   */
  TypeResolver(Reporter reporter, Set<? extends Element> endpoints, String version) {
    this.reporter = reporter;
    this.endpoints = endpoints;
    this.version = version;
  }

  /** The type of a field method, or null when it is not supported (reported). */
  TypeModel resolve(ExecutableElement method) {
    return resolve(method, method.getReturnType(), true);
  }

  private TypeModel resolve(ExecutableElement method, TypeMirror type, boolean containerAllowed) {
    String field = method.getSimpleName() + "()";
    if (type.getKind() == TypeKind.DOUBLE || type.getKind() == TypeKind.FLOAT) {
      return binaryFloat(method, field, type.toString());
    }
    if (type.getKind().isPrimitive()) {
      reporter.error(method, "primitive-type",
          field + " is a primitive " + type + ", which cannot be absent: use its wrapper class"
              + " (Integer, Long, Boolean) or BigDecimal for amounts");
      return null;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return unsupported(method, field, type);
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals("java.lang.Double") || name.equals("java.lang.Float")) {
      return binaryFloat(method, field, element.getSimpleName().toString());
    }
    Kind simple = SIMPLE.get(name);
    if (simple != null) {
      return TypeModel.of(simple);
    }
    if (name.equals("java.util.List")) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (!containerAllowed || arguments.size() != 1) {
        reporter.error(method, "unsupported-type",
            field + " has type " + type + ": lists must have one element type and cannot be nested");
        return null;
      }
      TypeModel element1 = resolve(method, arguments.get(0), false);
      if (element1 != null && element1.kind().isTimestamp()) {
        reporter.error(method, "unsupported-type", field + " is a list of timestamps, which payspec does not support");
        return null;
      }
      return element1 == null ? null : element1.asList();
    }
    if (name.equals("java.util.Map")) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (!containerAllowed || arguments.size() != 2 || !arguments.get(0).toString().equals("java.lang.String")) {
        reporter.error(method, "unsupported-type",
            field + " has type " + type + ": maps must be Map<String, X> and cannot be nested");
        return null;
      }
      TypeModel value = resolve(method, arguments.get(1), false);
      if (value != null && (value.kind().isTimestamp() || value.kind() == Kind.ENUM)) {
        reporter.error(method, "unsupported-type",
            field + " is a map of " + value.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " values, which payspec does not support; use a map of strings or of @WireObject");
        return null;
      }
      return value == null ? null : value.asMap();
    }
    if (element.getKind() == ElementKind.ENUM) {
      if (element.getAnnotation(WireEnum.class) == null) {
        reporter.error(method, "enum-without-wire-enum",
            field + " uses enum " + element.getSimpleName() + ", which is not annotated @WireEnum:"
                + " annotate it so that its wire values are known");
        return null;
      }
      return nested(method, field, element) ? TypeModel.ref(Kind.ENUM, element.getSimpleName().toString()) : null;
    }
    if (element.getKind() == ElementKind.INTERFACE && element.getAnnotation(WireObject.class) != null) {
      return nested(method, field, element) ? TypeModel.ref(Kind.OBJECT, element.getSimpleName().toString()) : null;
    }
    return unsupported(method, field, type);
  }

  private boolean nested(ExecutableElement method, String field, TypeElement element) {
    if (!endpoints.contains(element.getEnclosingElement())) {
      reporter.error(method, "type-outside-endpoint",
          field + " uses " + element.getQualifiedName() + ", which is not nested in an endpoint of version "
              + version + ": declare it inside an endpoint interface of this version");
      return false;
    }
    return true;
  }

  private TypeModel binaryFloat(ExecutableElement method, String field, String typeName) {
    reporter.error(method, "binary-float",
        field + " is a " + typeName + ", a binary float that cannot hold amounts exactly: use java.math.BigDecimal");
    return null;
  }

  private TypeModel unsupported(ExecutableElement method, String field, TypeMirror type) {
    reporter.error(method, "unsupported-type",
        field + " has unsupported type " + type + "; supported: String, Boolean, Integer, Long, BigDecimal,"
            + " Instant, LocalDateTime, LocalDate, CurrencyAmount, @WireEnum enums, @WireObject interfaces, List of these"
            + " and, in responses, Map<String, X>");
    return null;
  }
}
