package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field whose value the client computes as a digest, never the caller: CrystalPay's payoff
 * {@code signature} is the lower-case hex SHA-1 of {@code amount:method:wallet:salt}.
 *
 * <pre>{@code
 * @Field(value = "signature", required = true, description = "...")
 * @Signature(template = "{amount}:{method}:{wallet}:{salt}", algorithm = "SHA-1", credential = "salt")
 * String signature();
 * }</pre>
 *
 * <p>Each {@code {name}} in the template is the wire value of the request field of that wire name, or
 * the credential named by {@link #credential()}. The builder has no setter for the field; the secret
 * never appears in {@code toString()} or any message.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Signature {
  /** The text digested, with {@code {wire_name}} and {@code {credential}} placeholders. */
  String template();
  /** A {@link java.security.MessageDigest} algorithm name; the digest is written in lower-case hex. */
  String algorithm() default "SHA-1";
  /** Name of the secret credential in snake case (client builder setter, environment variable, option). */
  String credential();
}
