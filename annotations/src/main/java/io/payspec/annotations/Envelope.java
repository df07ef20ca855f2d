package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How the endpoint wraps its response; without it the response is {@link EnvelopeKind#FLAT}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Envelope {
  EnvelopeKind value();

  /** {@link EnvelopeKind#STATUS_AND_RESULT}: the status field. */
  String statusField() default "status";

  /** {@link EnvelopeKind#STATUS_AND_RESULT}: the status value that means success. */
  String successValue() default "success";

  /**
   * {@link EnvelopeKind#STATUS_AND_RESULT}: the field holding the payload or the errors
   * (CryptoCloud's withdrawals answer under {@code data}). Empty: the payload is the whole body once
   * the status says success, for a list beside a total ({@code {"status", "result": [...], "all_count"}}).
   */
  String resultField() default "result";

  /**
   * Where the provider puts its error messages keyed by field ({@link ErrorShape#FIELD_MESSAGES}), when
   * that is not {@link #resultField()}: CryptoCloud's withdrawals answer under {@code data} but err
   * under {@code result}, and a payload that is the whole body ({@code resultField = ""}) still errs
   * under {@code result}. Empty (the default): the result field. Setting it without
   * {@link ErrorShape#FIELD_MESSAGES} among the endpoint's {@code @Errors} is a compile error.
   */
  String errorField() default "";

  /** {@link EnvelopeKind#ERROR_FLAG}: the boolean error field. */
  String errorFlagField() default "error";

  /** {@link EnvelopeKind#ERROR_FLAG}: the list of error messages. */
  String errorsField() default "errors";
}
