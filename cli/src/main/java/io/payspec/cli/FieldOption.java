package io.payspec.cli;

import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The option of one request field: {@code --} and the wire path with {@code _} as {@code -}
 * ({@code --shop-id}, {@code --add-fields.time-to-pay.hours}), its value hint and its help, all from
 * the field's {@link FieldInfo}.
 */
record FieldOption(FieldInfo field) {
  String name() {
    return Catalog.optionName(field.path());
  }

  /** The option as {@link ParsedOptions} accepts it. */
  OptionSpec spec() {
    return OptionSpec.value(name(), hint(), help()).completingTo(field.enumValues());
  }

  /** {@code DECIMAL}, {@code VALUE,...} for a list. */
  String hint() {
    String one = switch (field.kind()) {
      case STRING -> "TEXT";
      case INTEGER -> "INTEGER";
      case DECIMAL -> "DECIMAL";
      case BOOLEAN -> "true|false";
      case TIMESTAMP -> "TIMESTAMP";
      case DATE -> field.format() == null ? "DATE" : field.format().toUpperCase(java.util.Locale.ROOT);
      case CURRENCY_AMOUNT -> "\"AMOUNT CODE\"";
      case ENUM -> "VALUE";
      case OBJECT -> "JSON";
    };
    return field.list() ? one + ",..." : one;
  }

  /** Required or not, default, allowed values, and the provider's description. */
  String help() {
    List<String> parts = new ArrayList<>();
    if (field.required()) {
      parts.add(field.path().contains(".") ? "required when " + parent() + " is set" : "required");
    }
    if (field.defaultValue() != null) {
      parts.add("default " + field.defaultValue());
    }
    if (field.list()) {
      parts.add("comma-separated");
    }
    if (field.kind() == FieldKind.CURRENCY_AMOUNT) {
      parts.add("e.g. \"200 USD\"");
    }
    if (!field.enumValues().isEmpty()) {
      parts.add((field.list() ? "each one of: " : "one of: ") + String.join(", ", field.enumValues()));
    }
    String facts = String.join("; ", parts);
    String description = field.description() == null ? "" : field.description();
    return facts.isEmpty() ? description : "(" + facts + ") " + description;
  }

  private String parent() {
    return field.path().substring(0, field.path().lastIndexOf('.'));
  }
}
