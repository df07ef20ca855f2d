package io.payspec.spring;

/**
 * A {@code payspec.<provider>.*} property is missing or wrong; the message names the property, never
 * a credential's value. Startup stops with it ({@link PayspecFailureAnalyzer}).
 */
public final class PayspecPropertiesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line naming the property
   */
  public PayspecPropertiesException(String message) {
    super(message);
  }
}
