package io.payspec.processor.read;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Small helpers to read annotation mirrors (needed for {@code Class} attributes). */
public final class Mirrors {
  private Mirrors() {}

  public static AnnotationMirror find(Element element, Class<? extends Annotation> type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(type.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }

  public static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A {@code Class<?>} attribute as a type element, or null when absent or not a declared type. */
  public static TypeElement classValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    if (value == null || !(value.getValue() instanceof TypeMirror type) || !(type instanceof DeclaredType declared)) {
      return null;
    }
    return (TypeElement) declared.asElement();
  }

  /** A {@code Class<?>[]} attribute as type elements. */
  public static List<TypeElement> classValues(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    if (value == null || !(value.getValue() instanceof List<?> values)) {
      return List.of();
    }
    return values.stream()
        .map(v -> ((AnnotationValue) v).getValue())
        .filter(DeclaredType.class::isInstance)
        .map(v -> (TypeElement) ((DeclaredType) v).asElement())
        .toList();
  }
}
