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
 *
 * <p>Name packages rather than classes, so that a new descriptor cannot be forgotten:
 * {@code @GenerateClients(packages = "io.payspec.spec")} generates every descriptor of that package
 * and its subpackages that was compiled with the payspec processor (each such compilation lists its
 * descriptors in {@code io/payspec/index/endpoints.txt}), and every {@link Endpoint} class directly in it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenerateClients {
  /** The {@link Endpoint} descriptors to generate code for, one by one. */
  Class<?>[] value() default {};

  /** Packages, subpackages included, whose every {@link Endpoint} descriptor gets code. */
  String[] packages() default {};
}
