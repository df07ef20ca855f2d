package io.payspec.docs.scaffold;

import java.util.ArrayList;
import java.util.List;

/** One type of a drafted descriptor: the request, the response, a nested object or an enum. */
final class DraftType {
  /** What the type is. */
  enum Role {
    REQUEST,
    RESPONSE,
    OBJECT,
    ENUM
  }

  final String name;
  final Role role;
  final String description;
  final List<DraftField> fields = new ArrayList<>();
  final List<String> enumValues = new ArrayList<>();
  final List<String> exactlyOneOf = new ArrayList<>();
  final List<String> todos = new ArrayList<>();

  DraftType(String name, Role role, String description) {
    this.name = name;
    this.role = role;
    this.description = description;
  }

  DraftField field(String wire) {
    return fields.stream().filter(f -> f.wire.equals(wire)).findFirst().orElse(null);
  }
}
