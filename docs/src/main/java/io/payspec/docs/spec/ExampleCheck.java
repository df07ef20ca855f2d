package io.payspec.docs.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Runs a page's examples through the spec's generated types. */
public interface ExampleCheck {
  /**
   * What goes wrong when the page's request example is read into the typed request and checked:
   * each problem one line, naming the field; empty when it reads and validates.
   */
  List<ExampleProblem> request(JsonNode body);

  /** What goes wrong when a successful response example is decoded into the typed response; empty when it decodes. */
  List<ExampleProblem> response(int status, JsonNode body);

  /** A check that finds nothing: for a spec without generated types. */
  ExampleCheck NONE = new ExampleCheck() {
    @Override
    public List<ExampleProblem> request(JsonNode body) {
      return List.of();
    }

    @Override
    public List<ExampleProblem> response(int status, JsonNode body) {
      return List.of();
    }
  };

  /**
   * One problem.
   *
   * @param field the wire path concerned, or empty
   * @param message what is wrong
   * @param decodes false when the example does not decode at all, true when it decodes but breaks a rule
   */
  record ExampleProblem(String field, String message, boolean decodes) {}
}
