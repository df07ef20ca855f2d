package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error bodies an endpoint documents and what in them means an authentication failure or an
 * unavailable service, so that each arrives as the right typed exception.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Errors {
  /** The shapes to read messages from, in order. */
  ErrorShape[] value();

  /**
   * Field keys of {@link ErrorShape#FIELD_MESSAGES}, or error types ({@link ErrorShape#ERROR_OBJECT}'s
   * {@code type}), that mean the credentials were refused.
   */
  String[] authenticationKeys() default {};

  /** Messages that mean the credentials were refused (compared ignoring case). */
  String[] authenticationMessages() default {};

  /** HTTP statuses, besides 5xx, that mean the service is unavailable (CryptoCloud: 406). */
  int[] unavailableStatuses() default {};
}
