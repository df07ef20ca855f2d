package io.payspec.runtime.error;

import java.util.List;

/** The provider refused the request as invalid (a 4xx status, or a 2xx body with an error envelope); {@link #errors()} names the fields. Nothing was created. */
public class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, String, String, int, String, List, Throwable)}. */
  public InvalidRequestException(
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
