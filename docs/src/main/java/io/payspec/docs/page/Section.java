package io.payspec.docs.page;

import java.util.Locale;

/** The part of a page a table or a code block belongs to, told by the heading or bold line above it. */
public enum Section {
  /** Request headers. */
  HEADERS,
  /** Query parameters. */
  QUERY,
  /** Path parameters. */
  PATH,
  /** The request body. */
  BODY,
  /** The response: its fields and examples. */
  RESPONSE,
  /** Example requests in several languages. */
  REQUEST_EXAMPLES,
  /** Anything else (notes, older revisions): not read. */
  OTHER,
  /** Before the first heading that names a part. */
  NONE;

  /**
   * The section a heading names, in English, Portuguese or Russian; null when the heading names none.
   *
   * @param heading the heading's text
   */
  static Section named(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).strip();
    if (h.isEmpty()) {
      return null;
    }
    if (contains(h, "request example", "examples of request", "exemplo", "примеры запрос", "пример запрос")
        || h.equals("example") || h.equals("examples") || h.equals("пример")) {
      return REQUEST_EXAMPLES;
    }
    if (contains(h, "response", "resposta", "ответ", "result")) {
      return RESPONSE;
    }
    if (contains(h, "header", "cabeçalho", "cabecalho", "заголов")) {
      return HEADERS;
    }
    if (contains(h, "query", "parâmetros de consulta", "параметры запроса", "query-параметр")) {
      return QUERY;
    }
    if (contains(h, "path param", "параметры пути")) {
      return PATH;
    }
    if (contains(h, "body", "corpo", "тело", "request param", "parameters", "параметры")) {
      return BODY;
    }
    if (contains(h, "note", "notas", "примечан", "predecessor", "revision", "sdk")) {
      return OTHER;
    }
    return null;
  }

  private static boolean contains(String text, String... words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
