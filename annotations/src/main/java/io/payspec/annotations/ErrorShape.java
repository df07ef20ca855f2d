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
  ERROR_LIST,
  /**
   * {@code {"success": false, "data": null, "error": {"type": "AUTH_ERROR", "details": "..."}}}: one
   * error object with a type and a message ({@code details}, {@code message} or {@code msg}); a
   * {@code "success": false} beside it marks the body as an error even under HTTP 200 (NordPay's SDK).
   */
  ERROR_OBJECT
}
