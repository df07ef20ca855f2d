package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the nested interface that describes an endpoint's JSON request body. Each abstract method
 * is one {@link Field}; the generated class has the same simple name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Request {
  /** Description of the request; becomes Javadoc of the generated class. */
  String description() default "";
}
