package io.payspec.annotations;

/** How a provider wraps its response bodies. */
public enum EnvelopeKind {
  /** The payload is the body itself; success is told by the HTTP status (CryptoCloud v1, NordPay). */
  FLAT,
  /**
   * {@code {"status": "success" | "error", "result": ...}}: the payload or the error is in
   * {@code result} (CryptoCloud v2).
   */
  STATUS_AND_RESULT,
  /**
   * {@code {"error": false, "errors": [], ...payload}}: an error flag and a list of messages next to
   * the payload, with HTTP 200 even for errors (CrystalPay).
   */
  ERROR_FLAG
}
