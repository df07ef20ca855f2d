package io.payspec.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An enum of documented wire values.
 *
 * @param element the descriptor enum
 * @param simpleName name of the generated enum
 * @param description Javadoc
 * @param constants the documented values, in order
 */
public record EnumModel(TypeElement element, String simpleName, String description, List<Constant> constants) {
  /**
   * One value.
   *
   * @param name Java constant name
   * @param wireValue value on the wire
   * @param description Javadoc
   */
  public record Constant(String name, String wireValue, String description) {}

  public List<String> wireValues() {
    return constants.stream().map(Constant::wireValue).toList();
  }
}
