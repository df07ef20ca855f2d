package io.payspec.runtime.error;

import java.util.List;

/** The provider refused the credentials (HTTP 401 or 403, or a body that says so, such as CrystalPay's {@code "Invalid auth credentials"} with HTTP 200). Retrying with the same credentials will not help. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, String, String, int, String, List, Throwable)}. */
  public AuthenticationException(
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
