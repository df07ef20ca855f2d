package io.payspec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The request-field options of an operation, one per {@link FieldInfo} of
 * {@link Operation#requestFields()}, and the request body they build (wire names, nested by path).
 */
final class RequestOptions {
  private final List<FieldOption> options;
  private final FieldValues values;

  RequestOptions(Operation<?, ?> operation, ObjectMapper mapper) {
    this.options = operation.requestFields().stream().map(FieldOption::new).toList();
    this.values = new FieldValues(mapper);
  }

  List<OptionSpec> specs() {
    return options.stream().map(FieldOption::spec).toList();
  }

  /**
   * The request body of the given options; every option that cannot be converted is reported at once.
   *
   * @throws UsageException listing every unconvertible value
   */
  ObjectNode body(ParsedOptions given) {
    RequestTree tree = new RequestTree();
    List<String> problems = new ArrayList<>();
    for (FieldOption option : options) {
      given.value(option.name()).ifPresent(text -> {
        try {
          tree.put(option.field().path(), values.convert(option, text));
        } catch (UsageException e) {
          problems.add(e.getMessage());
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new UsageException(String.join("; ", problems) + "; see --help");
    }
    return tree.json();
  }
}
