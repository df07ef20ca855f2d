package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the provider delivers a {@link Notification}, as its page documents it: how many times it tries,
 * which answers of the shop acknowledge the notification, how long it waits for an answer, and how long
 * between tries (CrystalPay: up to 10 tries, HTTP 200 or 429 within 30 seconds, the n-th retry n minutes
 * after the previous try). Goes on the {@code @Notification} interface; the generated verifier's Javadoc
 * tells the shop what to answer, and the sandbox delivers the same way.
 *
 * <p>A notification without it has no documented delivery policy: the sandbox sends it once and counts
 * any {@code 2xx} answer as acknowledged, rather than invent retries the provider does not promise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface NotificationDelivery {
  /** Tries at most, the first included; at least 1. */
  int attempts();

  /** HTTP statuses of the shop's answer that acknowledge the notification; empty means any {@code 2xx}. */
  int[] acknowledgedBy() default {};

  /** How long the provider waits for the shop's answer, in seconds; a later answer counts as none. */
  int answerWithinSeconds();

  /** The wait before a retry, in seconds, as {@link #retryDelayGrowth()} applies it; 0 if not documented. */
  int retryDelaySeconds() default 0;

  /** How the wait before a retry grows with the tries already made. */
  Growth retryDelayGrowth() default Growth.FIXED;

  /** Where the policy is documented, for maintainers. */
  String source() default "";

  /** How the wait before a retry grows. */
  enum Growth {
    /** The same wait before every retry. */
    FIXED,
    /** After n tries, n times the wait (CrystalPay: "a delay of N minutes, N the attempts already made"). */
    LINEAR
  }
}
