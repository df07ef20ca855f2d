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
 *
 * <p>On a {@link Provider} it applies to every endpoint; on an {@link Endpoint} it replaces the
 * provider's for that endpoint, with a credential of its own (CryptoCloud's withdrawals take a
 * separate key: {@code @HeaderAuth(header = "Authorization", prefix = "Token ", credential = "security_key")}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HeaderAuth {
  /** Header name. */
  String header();

  /** Text put before the key, including any space. */
  String prefix() default "";
  /**
   * Name of the credential, in snake case: the client builder's setter ({@code securityKey(...)}),
   * the environment variable ({@code CRYPTOCLOUD_SECURITY_KEY}) and the command-line option
   * ({@code --security-key}) are derived from it.
   */
  String credential() default "api_key";
}
