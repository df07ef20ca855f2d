package io.payspec.runtime;

import io.payspec.runtime.error.ConfigurationException;
import java.util.Objects;

/** A credential. Its {@link #toString()} never shows the value; only {@link #reveal()} does. */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential.
   *
   * @throws ConfigurationException if it is null or blank (the message names {@code name}, never the value)
   */
  public static Secret of(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigurationException(name + " must be set and not blank");
    }
    return new Secret(value);
  }

  /** The value, for putting it on the wire. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return "****";
  }
}
