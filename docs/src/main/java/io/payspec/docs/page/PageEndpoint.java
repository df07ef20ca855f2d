package io.payspec.docs.page;

import java.util.List;
import java.util.Locale;

/**
 * One endpoint described on a page: its method and URL, its field tables and its examples.
 *
 * @param method the HTTP method, upper case
 * @param url the URL as the page writes it (absolute, or a path such as {@code /invoice/create})
 * @param line the line of the endpoint line
 * @param headers rows of the header table
 * @param requestFields rows of the body, query and path tables, nested rows with their parent's path
 * @param responseFields rows of the response table
 * @param examples request and response examples, in page order
 */
public record PageEndpoint(
    String method,
    String url,
    int line,
    List<PageField> headers,
    List<PageField> requestFields,
    List<PageField> responseFields,
    List<PageExample> examples) {
  public PageEndpoint {
    method = method.toUpperCase(Locale.ROOT);
    headers = List.copyOf(headers);
    requestFields = List.copyOf(requestFields);
    responseFields = List.copyOf(responseFields);
    examples = List.copyOf(examples);
  }

  /** The path of the URL, without scheme, host and query: {@code /v2/invoice/create}. */
  public String path() {
    String u = url;
    int scheme = u.indexOf("://");
    if (scheme >= 0) {
      int slash = u.indexOf('/', scheme + 3);
      u = slash < 0 ? "/" : u.substring(slash);
    }
    int query = u.indexOf('?');
    return query < 0 ? u : u.substring(0, query);
  }

  /** The scheme and host when the page gives an absolute URL ({@code https://api.x.io}), else empty. */
  public String origin() {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    int slash = url.indexOf('/', scheme + 3);
    return slash < 0 ? url : url.substring(0, slash);
  }

  /** The request examples. */
  public List<PageExample> requestExamples() {
    return examples.stream().filter(PageExample::request).toList();
  }

  /** The response examples. */
  public List<PageExample> responseExamples() {
    return examples.stream().filter(e -> !e.request()).toList();
  }

  /** {@code POST https://...}. */
  public String displayName() {
    return method + " " + url;
  }
}
