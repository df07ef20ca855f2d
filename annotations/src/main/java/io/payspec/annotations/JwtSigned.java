package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The notification carries a JWT in a body field, signed with a shared secret (CryptoCloud: field
 * {@code token}, HS256, the project's secret key, carrying the invoice id, valid 5 minutes). Only
 * HS256 is accepted; {@code alg: none} and every other algorithm are refused. The token must carry
 * {@code exp}; its subject claim must name the same object as the body's {@link #subjectField()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JwtSigned {
  /** Wire name of the body field holding the JWT. */
  String field();
  /** Name of the secret credential, snake case (verifier setter, environment variable, option). */
  String credential();
  /** The JWT claim naming the notified object, e.g. {@code id}. */
  String subjectClaim();
  /** Wire name of the body field naming the same object, e.g. {@code invoice_id}. */
  String subjectField();
  /** Prefixes either side may carry and the other not ({@code INV-}); compared without them. */
  String[] subjectPrefixes() default {};
  /** How long a token lives when the sandbox signs one, in seconds (the documented validity). */
  int lifetimeSeconds() default 300;
}
