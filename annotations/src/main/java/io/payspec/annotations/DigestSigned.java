package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The notification carries a hex digest over a template of its fields and a secret (CrystalPay:
 * {@code signature} = lower-case hex SHA-1 of {@code id:salt}). Only the fields in the template are
 * covered by it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DigestSigned {
  /** Wire name of the body field holding the digest. */
  String field();
  /** The digested text, with {@code {wire_name}} and {@code {credential}} placeholders. */
  String template();
  /** A {@link java.security.MessageDigest} algorithm; the digest is lower-case hex. */
  String algorithm() default "SHA-1";
  /** Name of the secret credential, snake case. */
  String credential();
}
