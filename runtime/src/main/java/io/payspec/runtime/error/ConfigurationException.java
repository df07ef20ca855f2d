package io.payspec.runtime.error;

/**
 * A client was set up wrongly: a credential is missing, blank, or holds characters that cannot be
 * sent. Thrown by client builders; the message names the setting and never shows its value.
 */
public class ConfigurationException extends PayspecException {
  private static final long serialVersionUID = 1L;

  /** A setup mistake described by a message. */
  public ConfigurationException(String message) {
    super(message);
  }
}
