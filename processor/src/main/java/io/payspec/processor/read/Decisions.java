package io.payspec.processor.read;

import io.payspec.annotations.Decision;
import io.payspec.processor.model.DecisionModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/** Reads the {@code @Decision}s of an element, in declaration order. */
final class Decisions {
  private Decisions() {}

  static List<DecisionModel> of(Element element) {
    return Arrays.stream(element.getAnnotationsByType(Decision.class))
        .map(d -> new DecisionModel(d.topic(), d.field(), d.page(), d.chosen(), d.reason()))
        .toList();
  }

  /**
   * The decisions on the object-typed fields reachable from {@code root}, each naming its field by its
   * dotted wire path when it names none. The operation metadata lists such a field through its members
   * only, so its decisions travel with the operation's.
   *
   * @param root a request or response
   * @param objects the objects the endpoint reaches, by simple name
   */
  static List<DecisionModel> onObjectFields(ObjectModel root, Map<String, ObjectModel> objects) {
    List<DecisionModel> out = new ArrayList<>();
    collect(root, "", objects, new HashSet<>(Set.of(root.simpleName())), out);
    return List.copyOf(out);
  }

  private static void collect(ObjectModel object, String prefix, Map<String, ObjectModel> objects, Set<String> onPath,
      List<DecisionModel> out) {
    for (FieldModel field : object.fields()) {
      if (field.type().kind() != Kind.OBJECT || field.type().container()) {
        continue;
      }
      String path = prefix + field.wireName();
      for (DecisionModel d : field.decisions()) {
        out.add(d.field().isEmpty() ? new DecisionModel(d.topic(), path, d.page(), d.chosen(), d.reason()) : d);
      }
      ObjectModel nested = objects.get(field.type().refName());
      if (nested != null && onPath.add(nested.simpleName())) {
        collect(nested, path + ".", objects, onPath, out);
        onPath.remove(nested.simpleName());
      }
    }
  }
}
