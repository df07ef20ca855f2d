package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire format of an {@code Instant} or {@code LocalDateTime} field. Without it an {@code Instant}
 * is read as ISO-8601 with an offset or {@code Z}.
 *
 * <p>CryptoCloud v2: {@code @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Timestamp {
  /** A {@link java.time.format.DateTimeFormatter} pattern. */
  String pattern();

  /** Zone of zone-less wire values read into an {@code Instant}, e.g. {@code UTC}; required for them. */
  String zone() default "";
}
