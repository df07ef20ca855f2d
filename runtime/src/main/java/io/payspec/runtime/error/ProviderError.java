package io.payspec.runtime.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * One error the provider reported, as its body gave it.
 *
 * @param field the request field it concerns as the provider names it ({@code amount},
 *     {@code allowed_currencies.1}), or null when the provider names none
 * @param message the provider's message, verbatim (credentials of the client are masked)
 * @param type the provider's error type or code ({@code value_error.missing}), or null
 */
public record ProviderError(String field, String message, String type) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks that there is a message. */
  public ProviderError {
    Objects.requireNonNull(message, "message");
  }

  /** An error without field and type. */
  public static ProviderError of(String message) {
    return new ProviderError(null, message, null);
  }
}
