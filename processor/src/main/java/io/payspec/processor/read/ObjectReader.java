package io.payspec.processor.read;

import io.payspec.annotations.Email;
import io.payspec.annotations.ExactlyOneOf;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Range;
import io.payspec.annotations.Signature;
import io.payspec.annotations.RequiresField;
import io.payspec.annotations.Size;
import io.payspec.annotations.Timestamp;
import io.payspec.annotations.Url;
import io.payspec.processor.model.EnumModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.FieldModel.Constraints;
import io.payspec.processor.model.FieldModel.SignatureModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import io.payspec.processor.model.TypeModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Reads the fields of one request, response or nested object interface and checks their rules. */
final class ObjectReader {
  /** Methods of a generated request type (and of {@link Object}) that a field's getter would clash with. */
  private static final Set<String> RESERVED_REQUEST_MEMBERS = Set.of("builder", "toBuilder", "checkedByBuild",
      "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private final Reporter reporter;
  private final TypeResolver types;
  private final Map<String, EnumModel> enums;

  ObjectReader(Reporter reporter, TypeResolver types, Map<String, EnumModel> enums) {
    this.reporter = reporter;
    this.types = types;
    this.enums = enums;
  }

  ObjectModel read(TypeElement element, Side side, String description) {
    List<FieldModel> fields = new ArrayList<>();
    Map<String, FieldModel> byWire = new HashMap<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() != ElementKind.METHOD) {
        continue;
      }
      FieldModel field = readField((ExecutableElement) enclosed, side);
      if (field == null) {
        continue;
      }
      if (byWire.containsKey(field.wireName())) {
        reporter.error(enclosed, Mirrors.find(enclosed, Field.class), "duplicate-wire-name",
            "wire name '" + field.wireName() + "' of " + field.javaName() + "() is already used by "
                + byWire.get(field.wireName()).javaName() + "() in " + element.getSimpleName());
        continue;
      }
      byWire.put(field.wireName(), field);
      fields.add(field);
    }
    for (FieldModel field : fields) {
      String other = field.constraints().requiresField();
      if (other != null && (!byWire.containsKey(other) || other.equals(field.wireName()))) {
        reporter.error(field.element(), Mirrors.find(field.element(), RequiresField.class), "requires-missing-field",
            "@RequiresField(\"" + other + "\") on " + field.wireName() + " names no other field of "
                + element.getSimpleName() + "; fields are " + byWire.keySet());
      }
    }
    return new ObjectModel(element, element.getSimpleName().toString(), description, side, List.copyOf(fields),
        exactlyOneOf(element, side, byWire));
  }

  private List<List<String>> exactlyOneOf(TypeElement element, Side side, Map<String, FieldModel> byWire) {
    ExactlyOneOf[] groups = element.getAnnotationsByType(ExactlyOneOf.class);
    List<List<String>> result = new ArrayList<>();
    for (ExactlyOneOf group : groups) {
      List<String> names = Arrays.asList(group.value());
      if (side == Side.RESPONSE) {
        reporter.error(element, "constraint-on-response",
            "@ExactlyOneOf applies to requests only; " + element.getSimpleName() + " is received, not sent");
        continue;
      }
      if (names.size() < 2 || names.stream().distinct().count() != names.size()) {
        reporter.error(element, "exactly-one-of-too-few",
            "@ExactlyOneOf needs at least two different fields, got " + names);
        continue;
      }
      boolean sound = true;
      for (String name : names) {
        FieldModel field = byWire.get(name);
        if (field == null) {
          reporter.error(element, "exactly-one-of-missing-field",
              "@ExactlyOneOf names '" + name + "', which is not a field of " + element.getSimpleName()
                  + "; fields are " + byWire.keySet());
          sound = false;
        } else if (field.required()) {
          reporter.error(field.element(), "exactly-one-of-required-field",
              field.wireName() + " is required, so it cannot be one of an @ExactlyOneOf group " + names);
          sound = false;
        }
      }
      if (sound) {
        result.add(List.copyOf(names));
      }
    }
    return List.copyOf(result);
  }

  private FieldModel readField(ExecutableElement method, Side side) {
    String javaName = method.getSimpleName().toString();
    Field field = method.getAnnotation(Field.class);
    if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.DEFAULT)) {
      reporter.error(method, "field-not-abstract",
          javaName + "() must be an abstract method: descriptors declare fields, they hold no code");
      return null;
    }
    if (field == null) {
      reporter.error(method, "missing-field-annotation",
          javaName + "() has no @Field: give its wire name, e.g. @Field(\"" + snake(javaName) + "\")");
      return null;
    }
    if (!method.getParameters().isEmpty()) {
      reporter.error(method, "field-with-parameters", javaName + "() must take no parameters: it declares a field");
      return null;
    }
    if (field.value().isBlank()) {
      reporter.error(method, Mirrors.find(method, Field.class), "blank-wire-name", javaName + "() has an empty wire name");
      return null;
    }
    if (side == Side.REQUEST && RESERVED_REQUEST_MEMBERS.contains(javaName)) {
      reporter.error(method, "reserved-member-name", javaName + "() is a method the generated request type has of its own:"
          + " name the field otherwise (its wire name is what @Field says)");
      return null;
    }
    TypeModel type = types.resolve(method);
    if (type == null) {
      return null;
    }
    type = timestamp(method, type);
    if (type == null) {
      return null;
    }
    if (type.map() && side == Side.REQUEST) {
      reporter.error(method, "map-in-request",
          javaName + "() is a Map in a request; maps are read from responses only: describe the object with @WireObject");
      return null;
    }
    Constraints constraints = constraints(method, type, side);
    String defaultValue = field.defaultValue().isEmpty() ? null : field.defaultValue();
    if (defaultValue != null) {
      checkDefault(method, field, type, defaultValue);
    }
    SignatureModel signature = signature(method, type, side);
    return new FieldModel(method, javaName, field.value(), field.description(), field.required() && side == Side.REQUEST,
        defaultValue, field.nullable(), type, constraints, field.in(), field.sensitive() || constraints.email(),
        Decisions.of(method), signature);
  }

  private SignatureModel signature(ExecutableElement method, TypeModel type, Side side) {
    Signature signature = method.getAnnotation(Signature.class);
    if (signature == null) {
      return null;
    }
    var mirror = Mirrors.find(method, Signature.class);
    String name = method.getSimpleName() + "()";
    if (side != Side.REQUEST || type.container() || type.kind() != Kind.STRING) {
      reporter.error(method, mirror, "bad-signature-field",
          "@Signature on " + name + ": only a String field of a request can be computed");
      return null;
    }
    try {
      java.security.MessageDigest.getInstance(signature.algorithm());
    } catch (java.security.NoSuchAlgorithmException e) {
      reporter.error(method, mirror, "bad-signature-algorithm",
          "@Signature algorithm '" + signature.algorithm() + "' of " + name + " is not a MessageDigest algorithm");
      return null;
    }
    if (!signature.credential().matches("[a-z][a-z0-9_]*")) {
      reporter.error(method, mirror, "bad-credential-name",
          "@Signature credential '" + signature.credential() + "' must be a snake_case name such as salt");
      return null;
    }
    return new SignatureModel(signature.template(), signature.algorithm(), signature.credential());
  }

  private TypeModel timestamp(ExecutableElement method, TypeModel type) {
    Timestamp timestamp = method.getAnnotation(Timestamp.class);
    var mirror = Mirrors.find(method, Timestamp.class);
    String name = method.getSimpleName() + "()";
    if (timestamp == null) {
      if (type.kind() == Kind.LOCAL_DATE) {
        return type.withTimestamp("yyyy-MM-dd", null);
      }
      if (type.kind() == Kind.LOCAL_DATE_TIME) {
        reporter.error(method, "timestamp-without-pattern",
            name + " is a LocalDateTime: give its wire format with @Timestamp(pattern = \"...\")");
        return null;
      }
      return type;
    }
    if (!type.kind().isTimestamp()) {
      reporter.error(method, mirror, "timestamp-on-non-time",
          "@Timestamp on " + name + ", which is not an Instant, LocalDateTime or LocalDate");
      return null;
    }
    try {
      DateTimeFormatter.ofPattern(timestamp.pattern());
    } catch (IllegalArgumentException e) {
      reporter.error(method, mirror, "bad-timestamp-pattern",
          "@Timestamp pattern '" + timestamp.pattern() + "' of " + name + " is invalid: " + e.getMessage());
      return null;
    }
    String zone = timestamp.zone().isEmpty() ? null : timestamp.zone();
    if (type.kind() == Kind.INSTANT && zone == null) {
      reporter.error(method, mirror, "timestamp-without-zone",
          name + " is an Instant read with a zone-less pattern: say which zone with @Timestamp(zone = \"UTC\")");
      return null;
    }
    if (zone != null) {
      try {
        ZoneId.of(zone);
      } catch (RuntimeException e) {
        reporter.error(method, mirror, "bad-zone", "@Timestamp zone '" + zone + "' of " + name + " is not a zone id");
        return null;
      }
    }
    return type.withTimestamp(timestamp.pattern(), type.kind() == Kind.INSTANT ? zone : null);
  }

  private Constraints constraints(ExecutableElement method, TypeModel type, Side side) {
    Range range = method.getAnnotation(Range.class);
    MaxLength maxLength = method.getAnnotation(MaxLength.class);
    Size size = method.getAnnotation(Size.class);
    Email email = method.getAnnotation(Email.class);
    Url url = method.getAnnotation(Url.class);
    RequiresField requires = method.getAnnotation(RequiresField.class);
    String name = method.getSimpleName() + "()";
    if (range == null && maxLength == null && size == null && email == null && url == null && requires == null) {
      return Constraints.NONE;
    }
    if (side == Side.RESPONSE) {
      reporter.error(method, "constraint-on-response",
          name + " is a response field: rules (@Range, @MaxLength, @Size, @Email, @Url, @RequiresField) apply to"
              + " requests only, responses are read leniently");
      return Constraints.NONE;
    }
    BigDecimal min = null;
    BigDecimal max = null;
    boolean minExclusive = false;
    if (range != null) {
      var mirror = Mirrors.find(method, Range.class);
      boolean numeric = !type.list() && (type.kind().isNumber() || type.kind() == Kind.CURRENCY_AMOUNT);
      if (!numeric) {
        reporter.error(method, mirror, "range-on-non-number", "@Range on " + name + ", which is not a number");
      } else {
        min = decimal(method, mirror, "min", range.min());
        max = decimal(method, mirror, "max", range.max());
        minExclusive = range.minExclusive();
        if (min != null && max != null && (min.compareTo(max) > 0 || (minExclusive && min.compareTo(max) == 0))) {
          reporter.error(method, mirror, "range-min-above-max",
              "@Range of " + name + " has min " + range.min() + " above max " + range.max() + ": no value fits");
        }
        if (range.min().isEmpty() && range.max().isEmpty()) {
          reporter.error(method, mirror, "empty-range", "@Range of " + name + " has neither min nor max");
        }
      }
    }
    Integer maxLen = null;
    if (maxLength != null) {
      var mirror = Mirrors.find(method, MaxLength.class);
      if (type.list() || type.kind() != Kind.STRING) {
        reporter.error(method, mirror, "max-length-on-non-string",
            "@MaxLength on " + name + ", which is not a String" + (type.kind().isNumber() ? ": bound numbers with @Range" : ""));
      } else if (maxLength.value() < 1) {
        reporter.error(method, mirror, "bad-max-length", "@MaxLength of " + name + " must be at least 1, was " + maxLength.value());
      } else {
        maxLen = maxLength.value();
      }
    }
    Integer minSize = null;
    Integer maxSize = null;
    if (size != null) {
      var mirror = Mirrors.find(method, Size.class);
      if (!type.list()) {
        reporter.error(method, mirror, "size-on-non-list", "@Size on " + name + ", which is not a List");
      } else if (size.min() < 0 || size.min() > size.max()) {
        reporter.error(method, mirror, "size-min-above-max",
            "@Size of " + name + " must have 0 <= min <= max, has min " + size.min() + " and max " + size.max());
      } else {
        minSize = size.min();
        maxSize = size.max() == Integer.MAX_VALUE ? null : size.max();
      }
    }
    boolean isString = !type.list() && type.kind() == Kind.STRING;
    if (email != null && !isString) {
      reporter.error(method, Mirrors.find(method, Email.class), "format-on-non-string", "@Email on " + name + ", which is not a String");
    }
    if (url != null && !isString) {
      reporter.error(method, Mirrors.find(method, Url.class), "format-on-non-string", "@Url on " + name + ", which is not a String");
    }
    return new Constraints(min, minExclusive, max, maxLen, minSize, maxSize, email != null && isString,
        url != null && isString, requires == null ? null : requires.value());
  }

  private BigDecimal decimal(ExecutableElement method, javax.lang.model.element.AnnotationMirror mirror, String which, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      reporter.error(method, mirror, "bad-range-bound",
          "@Range " + which + " '" + text + "' of " + method.getSimpleName() + "() is not a decimal number");
      return null;
    }
  }

  private void checkDefault(ExecutableElement method, Field field, TypeModel type, String value) {
    var mirror = Mirrors.find(method, Field.class);
    String name = method.getSimpleName() + "()";
    if (field.required()) {
      reporter.error(method, mirror, "default-on-required",
          name + " is required and has a default '" + value + "': a default only applies to optional fields");
      return;
    }
    boolean ok;
    if (type.list()) {
      ok = false;
    } else {
      ok = switch (type.kind()) {
        case STRING -> true;
        case BOOLEAN -> value.equals("true") || value.equals("false");
        case INTEGER, LONG, DECIMAL -> isDecimal(value) && (type.kind() == Kind.DECIMAL || value.matches("-?\\d+"));
        case ENUM -> enums.containsKey(type.refName()) && enums.get(type.refName()).wireValues().contains(value);
        default -> false;
      };
    }
    if (!ok) {
      String expected = type.kind() == Kind.ENUM && enums.containsKey(type.refName())
          ? "one of " + enums.get(type.refName()).wireValues()
          : "a " + type.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (type.list() ? " list" : "");
      reporter.error(method, mirror, "bad-default",
          "default '" + value + "' of " + name + " is not " + expected
              + (type.list() || type.kind() == Kind.OBJECT || type.kind().isTimestamp()
                  ? " (defaults are supported for strings, numbers, booleans and enums)" : ""));
    }
  }

  private static boolean isDecimal(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String snake(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
