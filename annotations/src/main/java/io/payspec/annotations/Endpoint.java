package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one documented operation of one API version of a provider.
 *
 * <p>The annotated interface holds exactly one nested {@link Request} type and exactly one nested
 * {@link Response} type, plus any {@link WireObject} and {@link WireEnum} types they use.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Endpoint {
  /** The interface annotated with {@link Provider}. */
  Class<?> provider();

  /** API version as payspec names it, a lower-case Java identifier such as {@code v2}. */
  String version();

  /** Operation name, a lower camel case Java identifier such as {@code createInvoice}. */
  String operation();

  HttpMethod method() default HttpMethod.POST;

  /** Path below the base URL, starting with {@code /}, exactly as documented (keep a trailing slash). */
  String path();

  /** What the operation does; becomes Javadoc of the generated method. */
  String description() default "";

  /** Where the documentation page came from, for maintainers. */
  String source() default "";
}
