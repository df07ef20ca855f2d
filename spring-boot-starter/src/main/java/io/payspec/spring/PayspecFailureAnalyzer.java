package io.payspec.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link PayspecPropertiesException} at startup into Spring Boot's short failure report. */
public final class PayspecFailureAnalyzer extends AbstractFailureAnalyzer<PayspecPropertiesException> {
  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  public PayspecFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PayspecPropertiesException cause) {
    return new FailureAnalysis("payspec: " + cause.getMessage(),
        "Set the property in application.properties or the environment (payspec.<provider>.api-key is"
            + " PAYSPEC_<PROVIDER>_APIKEY there), or disable the provider with payspec.<provider>.enabled=false.",
        cause);
  }
}
