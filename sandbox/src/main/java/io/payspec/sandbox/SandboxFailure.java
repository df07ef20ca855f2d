package io.payspec.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For one test of a class using {@link SandboxExtension}: the sandbox answers every call of that
 * test with this failure; it is cleared after the test. For the notifications a test makes the sandbox
 * send, see {@link SandboxNotificationFailure}.
 *
 * <pre>{@code
 * @Test
 * @SandboxFailure(kind = Failure.Kind.RATE_LIMITED, retryAfterSeconds = 7)
 * void showsTryAgainLater(Sandbox sandbox) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SandboxFailure {
  /** What happens. */
  Failure.Kind kind();

  /** The status of {@code SERVER_ERROR} (default 503) and {@code HTML_PAGE} (default 502). */
  int status() default 0;

  /** The {@code Retry-After} of {@code RATE_LIMITED}, in seconds. */
  long retryAfterSeconds() default 1;

  /** The provider's message of {@code REJECTED}. */
  String message() default "rejected by the sandbox";

  /** How long {@code TIMEOUT} holds the answer, in seconds. */
  long holdSeconds() default 60;

  /** Only the first call of the test fails (the others are served), instead of every call. */
  boolean once() default false;
}
