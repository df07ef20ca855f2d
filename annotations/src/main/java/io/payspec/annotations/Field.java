package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One JSON field. Put it on an abstract method of a {@link Request}, {@link Response} or
 * {@link WireObject} interface; the method name is the Java name, the return type the Java type.
 *
 * <p>Supported types: {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 * {@code java.math.BigDecimal} (money: never a binary float), {@code java.time.Instant} and
 * {@code java.time.LocalDateTime} (see {@link Timestamp}), {@code io.payspec.runtime.CurrencyAmount}
 * (a decimal and a currency code sent as one string, {@code "200 USD"}), {@link WireEnum} enums,
 * {@link WireObject} interfaces, and {@code java.util.List} of any of these; {@code java.time.LocalDate}
 * (a date in a documented {@link Timestamp} pattern such as {@code dd.MM.yyyy}); in responses also
 * {@code java.util.Map<String, X>} for an object keyed by names (CrystalPay's {@code items}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Field {
  /** The wire (JSON) name, e.g. {@code shop_id}. */
  String value();

  /** The provider's description of the field; becomes Javadoc. */
  String description() default "";

  /** In a request: the field must be set. In a response: ignored (responses are read leniently). */
  boolean required() default false;

  /**
   * The default the provider applies when the field is absent, as its wire text (an enum's wire
   * value, a number). It is documented and exposed as a constant; absent fields are still not sent.
   */
  String defaultValue() default "";

  /** In a response: the provider documents or is known to send {@code null}; the getter returns an Optional. */
  boolean nullable() default false;
  /**
   * Where a request field travels. {@link ParamIn#AUTO} (the default): in the path when the
   * endpoint's path has a {@code {wire_name}} placeholder, else in the query string for
   * {@code GET}/{@code DELETE} and in the JSON body otherwise.
   */
  ParamIn in() default ParamIn.AUTO;
  /**
   * Personal or secret data (an e-mail address, a wallet's private note): masked in
   * {@code toString()}, violation messages and logs. E-mail fields ({@link Email}) are always masked.
   */
  boolean sensitive() default false;
}
