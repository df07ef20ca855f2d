package io.payspec.runtime.error;

import java.util.List;

/** The provider answered HTTP 404: the object the request names (an invoice, a payoff) does not exist. */
public class NotFoundException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, String, String, int, String, List, Throwable)}. */
  public NotFoundException(
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
