package io.payspec.processor.read;

import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;
import io.payspec.processor.model.EnumModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Reads and checks {@code @WireEnum} enums. */
final class EnumReader {
  private final Reporter reporter;

  EnumReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The checked enum; errors are reported and the enum is still returned so that fields can be checked. */
  EnumModel read(TypeElement element) {
    WireEnum wireEnum = element.getAnnotation(WireEnum.class);
    List<EnumModel.Constant> constants = new ArrayList<>();
    Set<String> wireValues = new HashSet<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = enclosed.getSimpleName().toString();
      WireValue wireValue = enclosed.getAnnotation(WireValue.class);
      if (name.equals("UNKNOWN")) {
        reporter.error(enclosed, "reserved-enum-constant",
            "UNKNOWN is reserved: the generated enum adds it for values the provider adds later");
        continue;
      }
      if (!name.matches("[A-Z][A-Z0-9_]*")) {
        reporter.error(enclosed, "enum-needs-wire-value",
            "constant '" + name + "' is not UPPER_SNAKE_CASE: name it " + upperSnake(name)
                + " and give its wire value with @WireValue(\"" + name + "\")");
        continue;
      }
      String wire = wireValue == null ? name : wireValue.value();
      if (wire.isEmpty()) {
        reporter.error(enclosed, "blank-wire-value", "@WireValue of " + name + " must not be empty");
        continue;
      }
      if (!wireValues.add(wire)) {
        reporter.error(enclosed, "duplicate-wire-value",
            "wire value '" + wire + "' of " + name + " is already used by another constant of " + element.getSimpleName());
        continue;
      }
      constants.add(new EnumModel.Constant(name, wire, wireValue == null ? "" : wireValue.description()));
    }
    if (constants.isEmpty() && element.getEnclosedElements().stream().noneMatch(e -> e.getKind() == ElementKind.ENUM_CONSTANT)) {
      reporter.error(element, "enum-without-values",
          "@WireEnum " + element.getSimpleName() + " has no constants: list the documented wire values");
    }
    return new EnumModel(element, element.getSimpleName().toString(), wireEnum.description(), List.copyOf(constants));
  }

  private static String upperSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }
}
