package io.payspec.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * A text template with {@code {name}} placeholders, digested to lower-case hex: the one place payspec
 * computes a signature (request fields with {@code @Signature}, notifications, the sandbox). CrystalPay signs
 * {@code {id}:{salt}} with SHA-1. Placeholders are filled by a lookup; an unknown one is an error.
 */
public final class DigestTemplate {
  private final String template;
  private final String algorithm;

  /**
   * A template.
   *
   * @param template the text with {@code {name}} placeholders
   * @param algorithm a {@link MessageDigest} algorithm name, e.g. {@code SHA-1}
   */
  public DigestTemplate(String template, String algorithm) {
    this.template = template;
    this.algorithm = algorithm;
  }

  /**
   * The lower-case hex digest of the template filled by {@code values}.
   *
   * @param values the value of each placeholder name; returns null for a name it does not know
   * @throws IllegalArgumentException naming the first placeholder without a value
   */
  public String digest(UnaryOperator<String> values) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("digest algorithm " + algorithm + " is not available in this JVM", e);
    }
    return HexFormat.of().formatHex(digest.digest(fill(values).getBytes(StandardCharsets.UTF_8)));
  }

  private String fill(UnaryOperator<String> values) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      String value = values.apply(name);
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + name + "}");
      }
      out.append(value);
      i = close + 1;
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return algorithm + "(" + template + ")";
  }
}
