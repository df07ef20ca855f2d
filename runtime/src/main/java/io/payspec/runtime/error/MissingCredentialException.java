package io.payspec.runtime.error;

/**
 * An operation needs a credential the client was built without (CryptoCloud's withdrawals take a
 * {@code security_key} of their own, CrystalPay's payoffs a {@code salt}). Nothing was sent.
 */
public class MissingCredentialException extends PayspecException {
  private static final long serialVersionUID = 1L;
  private final String credential;

  /**
   * @param message one line naming the operation and the credential
   * @param credential the name of the missing credential, snake case
   */
  public MissingCredentialException(String message, String credential) {
    super(message);
    this.credential = credential;
  }

  /** The name of the missing credential, snake case ({@code security_key}). */
  public String credential() {
    return credential;
  }
}
