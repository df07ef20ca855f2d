package io.payspec.runtime.error;

import java.util.List;

/** The provider answered with something its documentation does not describe: an HTML page, truncated or invalid JSON, an empty or too large body, a body of the wrong shape, or an unexpected status. The message holds the status and a short snippet; a parser exception, if any, is the cause. Whether something was created is unknown. */
public class UnexpectedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, String, String, int, String, List, Throwable)}. */
  public UnexpectedResponseException(
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
