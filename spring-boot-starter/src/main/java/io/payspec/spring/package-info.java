/**
 * The payspec Spring Boot starter: every installed provider's client as a bean, configured from
 * {@code payspec.<provider>.*} properties ({@link io.payspec.spring.PayspecAutoConfiguration}).
 */
package io.payspec.spring;
