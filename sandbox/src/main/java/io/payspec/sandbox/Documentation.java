package io.payspec.sandbox;

import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.meta.ResponseExampleInfo;
import java.util.List;

/**
 * What an operation's descriptor documents beyond its call, read from the generated metadata: where
 * each request field travels, and the page's request and response examples. The sandbox, the demo and
 * the contract tests read them through here.
 */
public final class Documentation {
  private Documentation() {}

  /** The operation's documented request examples, in documented order. */
  public static List<RequestExampleInfo> requests(Operation<?, ?> operation) {
    return operation.requestExamples();
  }

  /** The operation's documented response examples, in documented order. */
  public static List<ResponseExampleInfo> responses(Operation<?, ?> operation) {
    return operation.responseExamples();
  }

  /** Whether a documented response is read as a success. */
  public static boolean success(ResponseExampleInfo example) {
    return example.outcome() == ExampleOutcome.SUCCESS;
  }

  /** The first documented success, or null. */
  public static ResponseExampleInfo firstSuccess(Operation<?, ?> operation) {
    return responses(operation).stream().filter(Documentation::success).findFirst().orElse(null);
  }

  /** Where a request field travels: the path, the query string or the JSON body. */
  public static ParamIn location(Operation<?, ?> operation, FieldInfo field) {
    return field.in();
  }
}
