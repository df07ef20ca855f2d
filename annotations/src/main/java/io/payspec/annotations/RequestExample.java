package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request example from the endpoint's documentation page, on the {@link Endpoint} interface. The
 * typed request built from it must serialize to exactly these bytes (body, query, path); the sandbox,
 * the demo and the tests use it. Credentials are left out (the client adds them).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(RequestExample.List.class)
public @interface RequestExample {
  /** Short name, unique in the endpoint, e.g. {@code page} or {@code minimal}. */
  String name();
  /** The concrete path with its parameters filled in, e.g. {@code /invoice/12345}; empty: the endpoint's path. */
  String path() default "";
  /** The query string without {@code ?}, as the page writes it, e.g. {@code uuid=INV-1}. */
  String query() default "";
  /** The JSON body as the page shows it; empty for none. */
  String body() default "";
  /** What was corrected from the page and why (a cut example completed, a typo fixed). */
  String note() default "";

  /** Holds repeated {@link RequestExample}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    RequestExample[] value();
  }
}
