package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deliberate departure of the descriptor from its documentation page, with its reason. It becomes
 * Javadoc of the generated code, is kept in the operation metadata, and {@code payspec docs check}
 * reports the matching difference as a known decision rather than as drift.
 *
 * <p>On a {@link Field} method it concerns that field; on an {@link Endpoint} (or {@link Request},
 * {@link Response}, {@link WireObject}, {@link WireEnum}) type it concerns the endpoint or type, and
 * {@link #field()} names a field the page has but the descriptor leaves out.
 *
 * <pre>{@code
 * @Decision(topic = DecisionTopic.BOUNDS, page = "30..1440 (table); 5..60 (error text); 1 (curl)",
 *     chosen = "1..1440", reason = "The widest documented span, so no value the service accepts is refused.")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Decision.List.class)
public @interface Decision {
  /** What aspect of the page the descriptor departs from. */
  DecisionTopic topic();
  /** Wire name of the field concerned, when the annotated element is not that field (e.g. an omitted one). */
  String field() default "";
  /** What the page (or pages, or SDK) says. */
  String page();
  /** What the descriptor does instead. */
  String chosen();
  /** Why. */
  String reason();

  /** Holds repeated {@link Decision}s. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface List {
    Decision[] value();
  }
}
