package io.payspec.annotations;

/** The shapes of error bodies a provider documents. */
public enum ErrorShape {
  /** {@code {"status": "error", "result": {"amount": "amount not passed."}}}: messages keyed by field. */
  FIELD_MESSAGES,
  /**
   * {@code {"detail": "message"}} or {@code {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}}
   * (NordPay, FastAPI style; also CryptoCloud's signature errors).
   */
  DETAIL,
  /** {@code {"message": "Unauthenticated."}} (CryptoCloud v1). */
  MESSAGE,
  /** {@code {"error": true, "errors": ["..."]}} (CrystalPay). */
  ERROR_LIST
}
