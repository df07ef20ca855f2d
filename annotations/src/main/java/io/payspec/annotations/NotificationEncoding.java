package io.payspec.annotations;

/** How a notification's body is encoded. */
public enum NotificationEncoding {
  /** {@code application/json}. */
  JSON,
  /** {@code application/x-www-form-urlencoded}; nested objects as {@code a[b]=v} or as JSON text. */
  FORM
}
