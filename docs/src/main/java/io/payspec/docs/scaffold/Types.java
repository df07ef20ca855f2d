package io.payspec.docs.scaffold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The types of one draft, with names unique in it (one namespace per provider version). */
final class Types {
  private final List<DraftType> types = new ArrayList<>();
  private final Set<String> used = new HashSet<>();

  Types(String... reserved) {
    used.addAll(List.of(reserved));
    used.addAll(SourceWriter.IMPORTABLE.keySet());
    used.addAll(List.of("String", "Integer", "Long", "Boolean", "Object", "Override", "Deprecated"));
  }

  DraftType add(String preferred, DraftType.Role role, String description) {
    DraftType type = new DraftType(unique(preferred, ""), role, description);
    types.add(type);
    return type;
  }

  DraftType add(String preferred, String owner, DraftType.Role role, String description) {
    DraftType type = new DraftType(unique(preferred, owner), role, description);
    types.add(type);
    return type;
  }

  private String unique(String preferred, String owner) {
    String name = preferred;
    if (used.contains(name) && !owner.isEmpty()) {
      name = owner + preferred;
    }
    int n = 2;
    String base = name;
    while (used.contains(name)) {
      name = base + n++;
    }
    used.add(name);
    return name;
  }

  List<DraftType> all() {
    return List.copyOf(types);
  }
}
