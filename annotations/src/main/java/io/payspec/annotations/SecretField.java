package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The notification carries the shared secret itself in a body field (NordPay's
 * {@code postback_secret}); it is compared in constant time and never printed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SecretField {
  /** Wire name of the body field holding the secret. */
  String field();
  /** Name of the secret credential, snake case. */
  String credential();
}
