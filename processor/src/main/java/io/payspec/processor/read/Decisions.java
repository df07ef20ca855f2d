package io.payspec.processor.read;

import io.payspec.annotations.Decision;
import io.payspec.processor.model.DecisionModel;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;

/** Reads the {@code @Decision}s of an element, in declaration order. */
final class Decisions {
  private Decisions() {}

  static List<DecisionModel> of(Element element) {
    return Arrays.stream(element.getAnnotationsByType(Decision.class))
        .map(d -> new DecisionModel(d.topic(), d.field(), d.page(), d.chosen(), d.reason()))
        .toList();
  }
}
