package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a nested JSON object used by a request or a response field (CryptoCloud's
 * {@code add_fields}, {@code time_to_pay}, {@code result.currency.network}). Each abstract method is
 * one {@link Field}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireObject {
  /** Description of the object; becomes Javadoc of the generated class. */
  String description() default "";
}
