package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error bodies an endpoint documents and what in them means an authentication failure, too many
 * requests, an unavailable service or a missing object, so that each arrives as the right typed
 * exception. A key may mean one of these only; one named twice, or a blank one, is a compile error.
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

  /**
   * Field keys of {@link ErrorShape#FIELD_MESSAGES}, or error types, that mean too many requests
   * (CryptoCloud's {@code rate_limit}): a {@code RateLimitException} whatever the HTTP status.
   */
  String[] rateLimitKeys() default {};

  /** Field keys or error types that mean the service is unavailable: a {@code ProviderUnavailableException}. */
  String[] unavailableKeys() default {};

  /** Field keys or error types that mean the named object does not exist: a {@code NotFoundException}. */
  String[] notFoundKeys() default {};
}
