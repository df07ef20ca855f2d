package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a payment provider: its name, base URL and where its generated client lives.
 *
 * <p>Put it on an empty interface together with exactly one of {@link HeaderAuth} or
 * {@link BodyAuth}; every {@link Endpoint} names that interface as its {@link Endpoint#provider()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Provider {
  /** Short lower-case id used on the command line and in environment variables, e.g. {@code cryptocloud}. */
  String id();

  /** Display name, also the prefix of generated class names, e.g. {@code CryptoCloud}. Must be a Java identifier. */
  String name();

  /** The documented base URL, without a trailing slash, e.g. {@code https://api.cryptocloud.plus}. */
  String baseUrl();

  /** Java package of the generated client; each endpoint version gets a sub-package named after the version. */
  String javaPackage();

  /** What the provider is, one sentence; becomes Javadoc of the generated client. */
  String description() default "";
}
