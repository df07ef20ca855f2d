package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A response example from the endpoint's documentation page (a success or a documented error), on the
 * {@link Endpoint} interface. Tests check that each decodes or is classified as {@link #outcome()};
 * the sandbox answers with the successes (fresh ids and timestamps) and the errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ResponseExample.List.class)
public @interface ResponseExample {
  /** Short name, unique in the endpoint, e.g. {@code success} or {@code invalid-token}. */
  String name();
  /** The HTTP status the page gives (200 when it gives none). */
  int status() default 200;
  /** The whole body, envelope included, as the page shows it. */
  String body();
  /** What the client must read it as. */
  ExampleOutcome outcome() default ExampleOutcome.SUCCESS;
  /** What was corrected from the page and why. */
  String note() default "";

  /** Holds repeated {@link ResponseExample}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ResponseExample[] value();
  }
}
