package io.payspec.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For one test of a class using {@link SandboxExtension}: the notifications the sandbox sends in that
 * test are mis-delivered so ({@link NotificationFailure}); cleared after the test.
 *
 * <pre>{@code
 * @Test
 * @SandboxNotificationFailure(kind = NotificationFailure.Kind.TWICE)
 * void shipsOnce(Sandbox sandbox) { ... sandbox.pay("cryptocloud", id) ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SandboxNotificationFailure {
  /** What happens. */
  NotificationFailure.Kind kind();

  /** How long ago a {@code LATE} notification was signed, in seconds. */
  long ageSeconds() default 600;

  /** Only the first notification of the test is mis-delivered, instead of every one. */
  boolean once() default false;
}
