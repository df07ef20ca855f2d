package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a notification the provider sends to the shop (a postback, a callback): a {@code POST} from
 * the provider to a URL of the shop's, whose authenticity is checked as one of {@link JwtSigned},
 * {@link SecretField} or {@link DigestSigned} describes (exactly one of them on the same interface).
 *
 * <p>The annotated interface holds exactly one nested {@link Response} type, the notification's body,
 * plus any {@link WireObject} and {@link WireEnum} types it uses (or refers to types of the same version).
 * Documented bodies go in {@link ResponseExample}s on the same interface. From it payspec generates a
 * typed notification and a verifier that takes the raw body bytes and their {@code Content-Type}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Notification {
  /** The interface annotated with {@link Provider}. */
  Class<?> provider();
  /** API version as payspec names it, e.g. {@code v2}. */
  String version();
  /** Name, lower camel case, e.g. {@code postback}; the verifier is named after it. */
  String name();
  /** What the notification tells; becomes Javadoc. */
  String description() default "";
  /** Where the documentation page came from, for maintainers. */
  String source() default "";
  /**
   * The body type when it is declared elsewhere in this version (a {@link Response} or
   * {@link WireObject} of an endpoint, e.g. the invoice a look-up returns); {@code void.class} (the
   * default) means the nested {@link Response} interface.
   */
  Class<?> body() default void.class;
  /** The body encodings the provider may use (a project setting at some providers). */
  NotificationEncoding[] encodings() default {NotificationEncoding.JSON};
  /**
   * The operation that returns the authoritative state of the object the notification names (its
   * signature does not cover amounts and statuses), e.g. {@code getInvoice}; empty if none.
   */
  String lookup() default "";
  /** Wire name of the lookup operation's request field that takes the notified object's id. */
  String lookupField() default "";
  /** Wire name of the notification field holding that id. */
  String idField() default "";
  /** Text the provider puts before the id in the notification but not in the lookup, e.g. none. */
  String lookupIdPrefix() default "";
}
