package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum of documented wire values. A constant's wire value is its {@link WireValue}, or its
 * name when the name is the wire value ({@code USDT_TRC20}). The generated enum adds an
 * {@code UNKNOWN} constant: a value the provider adds later never breaks parsing of a response, and a
 * request holding it is rejected before sending.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireEnum {
  /** Description; becomes Javadoc of the generated enum. */
  String description() default "";
}
