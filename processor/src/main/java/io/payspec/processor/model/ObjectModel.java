package io.payspec.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A JSON object: a request body, a response payload or a nested object.
 *
 * @param element the descriptor interface
 * @param simpleName name of the generated class
 * @param description Javadoc
 * @param side whether it is sent or received
 * @param fields fields in declaration order
 * @param exactlyOneOf groups of wire names of which exactly one must be set
 */
public record ObjectModel(
    TypeElement element, String simpleName, String description, Side side, List<FieldModel> fields, List<List<String>> exactlyOneOf) {

  /** Whether an object is sent (built and validated) or received (read leniently). */
  public enum Side {
    REQUEST,
    RESPONSE
  }

  /** The field with a wire name, if any. */
  public FieldModel field(String wireName) {
    return fields.stream().filter(f -> f.wireName().equals(wireName)).findFirst().orElse(null);
  }
}
