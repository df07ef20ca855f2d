package io.payspec.docs.page;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A documented example: a request body found in a code sample, or a response body under a status.
 *
 * @param request true for a request example, false for a response
 * @param status the response's HTTP status (200 when the page gives none); 0 for a request
 * @param title the tab's title ({@code cURL}, {@code 200: OK ...}), or empty
 * @param text the code as written on the page
 * @param json the JSON it carries, or null when it carries none or is cut (see {@link #problem()})
 * @param url the URL a request example calls, or empty
 * @param problem why the example could not be read (cut, not JSON), or empty
 * @param line the line of the code block (1-based)
 */
public record PageExample(
    boolean request, int status, String title, String text, JsonNode json, String url, String problem, int line) {

  /** Whether the example was read as JSON. */
  public boolean readable() {
    return json != null;
  }
}
