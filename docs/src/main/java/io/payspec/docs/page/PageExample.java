package io.payspec.docs.page;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A documented example: a request body found in a code sample, or a response body under a status.
 *
 * @param request true for a request example, false for a response
 * @param status the response's HTTP status (200 when the page gives none); 0 for a request
 * @param statusStated whether the page states the status (a tab titled {@code 200} or {@code 400: ...})
 * @param title the tab's title ({@code cURL}, {@code 200: OK ...}), or empty
 * @param text the code as written on the page
 * @param json the JSON it carries, or null when it carries none or is cut (see {@link #problem()})
 * @param url the URL a request example calls, or empty
 * @param problem why the example could not be read (cut, not JSON), or empty
 * @param line the line of the code block (1-based)
 */
public record PageExample(
    boolean request, int status, boolean statusStated, String title, String text, JsonNode json, String url, String problem, int line) {

  /**
   * Whether it documents a successful response: a 2xx status, and when the page states none, a body
   * that does not look like an error ({@code detail}, {@code "error": true}, {@code "status": "error"}).
   */
  public boolean success() {
    if (request || status < 200 || status >= 300) {
      return false;
    }
    return statusStated || json == null || !looksLikeError(json);
  }

  private static boolean looksLikeError(JsonNode body) {
    return body.isObject() && (body.has("detail") || body.path("error").asBoolean(false)
        || "error".equals(body.path("status").asText()) || (body.size() == 1 && body.has("message")));
  }

  /** Whether the example was read as JSON. */
  public boolean readable() {
    return json != null;
  }
}
