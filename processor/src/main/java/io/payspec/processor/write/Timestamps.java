package io.payspec.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.TypeModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.lang.model.element.Modifier;

/** The code that reads and writes a timestamp or date field in its documented wire format. */
final class Timestamps {
  private static final com.palantir.javapoet.ClassName RUNTIME = Names.TIMESTAMPS;

  private Timestamps() {}

  /** The formatter constant of a field with a pattern ({@code CREATED_FORMAT}), or null for ISO instants. */
  static FieldSpec format(FieldModel field) {
    if (field.type().timestampPattern() == null) {
      return null;
    }
    return FieldSpec.builder(DateTimeFormatter.class, formatName(field), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.pattern($S)", RUNTIME, field.type().timestampPattern())
        .build();
  }

  /** The zone constant of an Instant read with a zone-less pattern, or null. */
  static FieldSpec zone(FieldModel field) {
    TypeModel t = field.type();
    if (t.kind() != Kind.INSTANT || t.timestampPattern() == null) {
      return null;
    }
    return FieldSpec.builder(ZoneId.class, zoneName(field), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($S)", ZoneId.class, t.timestampZone())
        .build();
  }

  /** Reads the wire text in {@code variable} into the field's Java type. */
  static CodeBlock read(FieldModel field, String variable) {
    TypeModel t = field.type();
    return switch (t.kind()) {
      case LOCAL_DATE -> CodeBlock.of("$T.localDate($N, $N, $S)", RUNTIME, variable, formatName(field), field.wireName());
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime($N, $N, $S)", RUNTIME, variable, formatName(field), field.wireName());
      default -> t.timestampPattern() == null
          ? CodeBlock.of("$T.isoInstant($N, $S)", RUNTIME, variable, field.wireName())
          : CodeBlock.of("$T.instant($N, $N, $N, $S)", RUNTIME, variable, formatName(field), zoneName(field), field.wireName());
    };
  }

  /** Writes the Java value {@code value} as wire text. */
  static CodeBlock write(FieldModel field, CodeBlock value) {
    TypeModel t = field.type();
    if (t.kind() == Kind.INSTANT) {
      return t.timestampPattern() == null
          ? CodeBlock.of("$T.isoInstant($L)", RUNTIME, value)
          : CodeBlock.of("$T.format($L, $N, $N)", RUNTIME, value, formatName(field), zoneName(field));
    }
    return CodeBlock.of("$T.format($L, $N)", RUNTIME, value, formatName(field));
  }

  private static String formatName(FieldModel field) {
    return Names.constant(field.javaName()) + "_FORMAT";
  }

  private static String zoneName(FieldModel field) {
    return Names.constant(field.javaName()) + "_ZONE";
  }
}
