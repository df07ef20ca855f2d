package io.payspec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.util.ArrayList;
import io.payspec.runtime.validation.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
   * The request body of the given options. An option whose text does not convert (an integer that is
   * not one, an undocumented enum value) is left out of the body and reported as a violation of its
   * field, so that it is listed together with the documented rules the rest of the request breaks.
   */
  Body body(ParsedOptions given) {
    RequestTree tree = new RequestTree();
    List<Violation> problems = new ArrayList<>();
    for (FieldOption option : options) {
      given.value(option.name()).ifPresent(text -> {
        try {
          tree.put(option.field().path(), values.convert(option, text));
        } catch (UsageException e) {
          String prefix = option.name() + ": ";
          String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
          problems.add(new Violation(option.field().path(), "format", message));
        }
      });
    }
    return new Body(tree.json(), problems, fieldOrder());
  }

  private List<String> fieldOrder() {
    return options.stream().map(option -> option.field().path()).toList();
  }

  /**
   * A request body and the option values that could not be converted into it.
   *
   * @param json the body, with wire names
   * @param unconvertible one violation per option value left out
   * @param fieldOrder the fields' wire paths in documented order
   */
  record Body(ObjectNode json, List<Violation> unconvertible, List<String> fieldOrder) {
    /**
     * The unconvertible values and the violations of the documented rules, in field order; a rule
     * violation of a field whose value was left out (it is now "required") is dropped.
     */
    List<Violation> withRuleViolations(List<Violation> rules) {
      Set<String> leftOut = unconvertible.stream().map(Violation::path).collect(Collectors.toSet());
      List<Violation> all = new ArrayList<>(unconvertible);
      rules.stream().filter(violation -> !leftOut.contains(violation.path())).forEach(all::add);
      all.sort(Comparator.comparingInt(this::position));
      return all;
    }

    private int position(Violation violation) {
      int index = fieldOrder.indexOf(violation.path().replaceAll("\\[\\d+]", "").split("\\|")[0]);
      return index < 0 ? fieldOrder.size() : index;
    }
  }
}
