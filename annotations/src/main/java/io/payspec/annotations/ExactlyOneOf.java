package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exactly one of the named fields (wire names) must be set. Put it on a {@link Request} or
 * {@link WireObject} interface. NordPay: {@code @ExactlyOneOf({"currency", "allowed_currencies"})}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ExactlyOneOf.List.class)
public @interface ExactlyOneOf {
  /** Wire names of the fields in the group; at least two. */
  String[] value();

  /** Holds repeated {@link ExactlyOneOf} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ExactlyOneOf[] value();
  }
}
