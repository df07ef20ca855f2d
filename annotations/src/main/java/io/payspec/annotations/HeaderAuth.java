package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The provider authenticates with an API key sent in a header: {@code <header>: <prefix><key>}.
 *
 * <p>CryptoCloud: {@code @HeaderAuth(header = "Authorization", prefix = "Token ")};
 * NordPay: {@code @HeaderAuth(header = "X-API-KEY")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HeaderAuth {
  /** Header name. */
  String header();

  /** Text put before the key, including any space. */
  String prefix() default "";
}
