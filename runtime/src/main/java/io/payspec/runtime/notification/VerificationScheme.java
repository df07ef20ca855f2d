package io.payspec.runtime.notification;

import java.util.List;

/** How a provider proves that a notification is its own; generated from the descriptor. */
public sealed interface VerificationScheme {

  /** The secret credential's name, snake case: verifier setter, environment variable, option. */
  String credential();

  /** The body field that carries the proof. */
  String field();

  /**
   * An HS256 JWT in a body field whose subject claim must name the object of the body's subject field.
   *
   * @param field body field with the token
   * @param credential the secret's name
   * @param subjectClaim claim naming the object, e.g. {@code id}
   * @param subjectField body field naming the object, e.g. {@code invoice_id}
   * @param subjectPrefixes prefixes compared away on either side, e.g. {@code INV-}
   * @param lifetimeSeconds documented validity, used when signing
   */
  record Jwt(String field, String credential, String subjectClaim, String subjectField,
      List<String> subjectPrefixes, int lifetimeSeconds) implements VerificationScheme {
    public Jwt {
      subjectPrefixes = List.copyOf(subjectPrefixes);
    }
  }

  /**
   * The shared secret itself in a body field.
   *
   * @param field body field with the secret
   * @param credential the secret's name
   */
  record SharedSecret(String field, String credential) implements VerificationScheme {}

  /**
   * A lower-case hex digest over a template of body fields and the secret.
   *
   * @param field body field with the digest
   * @param template text digested, with {@code {wire_name}} and {@code {credential}} placeholders
   * @param algorithm a {@link java.security.MessageDigest} algorithm
   * @param credential the secret's name
   */
  record Digest(String field, String template, String algorithm, String credential) implements VerificationScheme {}
}
