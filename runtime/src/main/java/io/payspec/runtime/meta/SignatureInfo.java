package io.payspec.runtime.meta;

/**
 * A request field the client computes ({@code @Signature}): the lower-case hex digest of
 * {@link #template()} with each {@code {name}} replaced by the wire value of the request field of
 * that name, or by the credential {@link #credential()}.
 *
 * @param template the text digested, e.g. {@code {amount}:{method}:{wallet}:{salt}}
 * @param algorithm a {@link java.security.MessageDigest} algorithm name, e.g. {@code SHA-1}
 * @param credential the name of the secret credential in the template
 */
public record SignatureInfo(String template, String algorithm, String credential) {}
