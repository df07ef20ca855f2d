package io.payspec.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates clients, in the current compilation, for {@link Endpoint} descriptors compiled elsewhere
 * (on the class path). Descriptors in the current compilation need no such list: the processor
 * finds them by their {@link Endpoint} annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenerateClients {
  /** The {@link Endpoint} descriptors to generate code for. */
  Class<?>[] value();
}
