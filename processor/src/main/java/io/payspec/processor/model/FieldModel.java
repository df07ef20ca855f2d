package io.payspec.processor.model;

import io.payspec.annotations.ParamIn;
import java.math.BigDecimal;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One field.
 *
 * @param element the descriptor method
 * @param javaName Java name (the method name)
 * @param wireName JSON name
 * @param description Javadoc
 * @param required must be set (requests)
 * @param defaultValue documented default as wire text, or null
 * @param nullable the provider may send null (responses)
 * @param type its type
 * @param constraints documented rules (requests)
 * @param in where a request field travels, resolved (never AUTO); BODY for responses and nested objects
 * @param sensitive personal or secret data, masked in toString and messages ({@code @Email} included)
 * @param decisions departures from the page about this field
 * @param signature how the client computes the field, or null when the caller sets it
 */
public record FieldModel(
    ExecutableElement element,
    String javaName,
    String wireName,
    String description,
    boolean required,
    String defaultValue,
    boolean nullable,
    TypeModel type,
    Constraints constraints,
    ParamIn in,
    boolean sensitive,
    List<DecisionModel> decisions,
    SignatureModel signature) {

  /**
   * Documented rules of a request field; null or false where absent.
   *
   * @param min lower bound
   * @param minExclusive whether the lower bound is exclusive
   * @param max upper bound
   * @param maxLength maximum string length
   * @param minSize minimum list size
   * @param maxSize maximum list size
   * @param email must be an e-mail address
   * @param url must be an http(s) URL
   * @param requiresField wire name of a sibling that must be set with it
   */
  public record Constraints(
      BigDecimal min,
      boolean minExclusive,
      BigDecimal max,
      Integer maxLength,
      Integer minSize,
      Integer maxSize,
      boolean email,
      boolean url,
      String requiresField) {
    public static final Constraints NONE = new Constraints(null, false, null, null, null, null, false, false, null);

    public boolean hasRange() {
      return min != null || max != null;
    }

    public boolean hasSize() {
      return minSize != null || maxSize != null;
    }
  }

  /**
   * A field the client computes as a lower-case hex digest ({@code @Signature}).
   *
   * @param template the text digested, with {@code {wire_name}} and {@code {credential}} placeholders
   * @param algorithm a MessageDigest algorithm name
   * @param credential the secret credential's name
   */
  public record SignatureModel(String template, String algorithm, String credential) {}
}
