package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds of a numeric request field ({@code Integer}, {@code Long}, {@code BigDecimal}, or the amount
 * of a {@code CurrencyAmount}). Bounds are decimal text so that they are exact; empty means unbounded.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Range {
  String min() default "";

  String max() default "";

  /** When true the value must be strictly greater than {@link #min()}. */
  boolean minExclusive() default false;
}
