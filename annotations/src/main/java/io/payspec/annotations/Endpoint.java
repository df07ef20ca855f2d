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
 * {@link Response} type (or names a response declared by another endpoint of the same version in
 * {@link #response()}), plus any {@link WireObject} and {@link WireEnum} types they use.
 *
 * <p>All endpoints of one provider version share one type namespace: a {@link WireObject},
 * {@link WireEnum} or {@link Response} declared once (say {@code Invoice} in the create-invoice
 * descriptor) may be used by the others (info, list) by referring to it; two different declarations
 * with the same simple name in one version are a compile error.
 *
 * <p>The documented examples of the endpoint sit on the same interface as {@link RequestExample} and
 * {@link ResponseExample}; the tests, the sandbox and the demo are derived from them.
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
  /**
   * The payload type when it is declared elsewhere in this version: a {@link Response} or
   * {@link WireObject} interface of another endpoint of the same provider version. {@code void.class}
   * (the default) means the nested {@link Response} interface.
   */
  Class<?> response() default void.class;
  /** How the payload is laid out: one object (the default), a JSON array of them, or a keyed map. */
  ResponseShape responseShape() default ResponseShape.OBJECT;
  /**
   * The endpoint has no documentation page of its own and is described from the provider's SDK
   * source; {@link #source()} names the SDK file. Kept because a shop needs it.
   */
  boolean sdkOnly() default false;
}
