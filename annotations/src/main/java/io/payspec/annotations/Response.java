package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the nested interface that describes an endpoint's successful response (the payload, without
 * the envelope described by {@link Envelope}). The generated class has the same simple name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Response {
  /** Description of the response; becomes Javadoc of the generated class. */
  String description() default "";
}
