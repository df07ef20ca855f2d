package io.payspec.runtime.error;

import java.util.List;

/** The provider could not serve the request (a 5xx status, or one the provider documents as unavailable, such as CryptoCloud's 406). Whether something was created is unknown. */
public class ProviderUnavailableException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, String, String, int, String, List, Throwable)}. */
  public ProviderUnavailableException(
      String message,
      String provider,
      String endpoint,
      int status,
      String rawBody,
      List<ProviderError> errors,
      Throwable cause) {
    super(message, provider, endpoint, status, rawBody, errors, cause);
  }
}
