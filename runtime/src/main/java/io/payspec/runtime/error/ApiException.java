package io.payspec.runtime.error;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The provider answered, but not with a success. The subclass says what kind of failure it was;
 * {@link #errors()} holds the provider's own messages, {@link #rawBody()} the body as received.
 */
public abstract class ApiException extends PayspecException {
  private static final long serialVersionUID = 1L;

  /** The most UTF-8 bytes {@link #rawBody()} holds, its truncation marker included: 8 KiB. */
  public static final int MAX_RAW_BODY_BYTES = 8 * 1024;

  private final String provider;
  private final String endpoint;
  private final int status;
  private final String rawBody;
  private final ProviderError[] errors;

  /**
   * @param message the whole message, naming the endpoint; kept on one line
   * @param provider the provider's name
   * @param endpoint the endpoint, e.g. {@code CryptoCloud v2 createInvoice}
   * @param status the HTTP status
   * @param rawBody the body as text (credentials already masked); cut to {@link #MAX_RAW_BODY_BYTES}
   * @param errors the provider's errors read from the body
   * @param cause what made the body unreadable, or null
   */
  protected ApiException(
      String message,
      String provider,
      String endpoint,
      int status,
      String rawBody,
      List<ProviderError> errors,
      Throwable cause) {
    super(Messages.oneLine(message), cause);
    this.provider = Objects.requireNonNull(provider, "provider");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.status = status;
    this.rawBody = bound(rawBody == null ? "" : rawBody);
    this.errors = errors.toArray(new ProviderError[0]);
  }

  /** The provider's name, e.g. {@code CryptoCloud}. */
  public String provider() {
    return provider;
  }

  /** The endpoint called, e.g. {@code CryptoCloud v2 createInvoice}. */
  public String endpoint() {
    return endpoint;
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }

  /**
   * The response body as UTF-8 text, at most {@link #MAX_RAW_BODY_BYTES} bytes; a longer body is cut
   * and ends with {@code … [truncated, <n> bytes in total]}. Credentials of the client are masked.
   */
  public String rawBody() {
    return rawBody;
  }

  /** The errors the provider reported, in body order; empty when the body held none that could be read. */
  public List<ProviderError> errors() {
    return List.of(errors);
  }

  static String bound(String text) {
    int total = text.getBytes(StandardCharsets.UTF_8).length;
    if (total <= MAX_RAW_BODY_BYTES) {
      return text;
    }
    String marker = "… [truncated, " + total + " bytes in total]";
    int budget = MAX_RAW_BODY_BYTES - marker.getBytes(StandardCharsets.UTF_8).length;
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = utf8Length(codePoint);
      if (used + size > budget) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end) + marker;
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
