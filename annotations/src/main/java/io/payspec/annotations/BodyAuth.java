package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The provider authenticates with a login and a secret added to every JSON request body
 * (CrystalPay: {@code @BodyAuth(login = "auth_login", secret = "auth_secret")}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BodyAuth {
  /** Wire name of the login field. */
  String login();

  /** Wire name of the secret field; its value is never printed. */
  String secret();
}
