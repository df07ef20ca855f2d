package io.payspec.processor.read;

import io.payspec.annotations.Endpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The descriptors of a package and its subpackages on the class path, for
 * {@code @GenerateClients(packages = ...)}: the classes directly in the package, and those the index
 * {@value #RESOURCE} lists (every compilation the processor runs in writes one, naming its
 * descriptors), so that a descriptor added to a listed package is never forgotten.
 */
public final class DescriptorIndex {
  /**
   * Package of the resource where a compilation lists its {@code @Endpoint} descriptors, one qualified
   * name a line. Not under {@code META-INF}: javac reads class path resources from jars only in
   * directories named like packages.
   */
  public static final String PACKAGE = "io.payspec.index";
  /** Name of the index resource in {@link #PACKAGE}. */
  public static final String NAME = "endpoints.txt";
  /** Path of the index resource. */
  public static final String RESOURCE = "io/payspec/index/endpoints.txt";

  private final Elements elements;
  private final List<String> indexed;

  public DescriptorIndex(Elements elements, Filer filer) {
    this.elements = elements;
    this.indexed = read(filer);
  }

  private static List<String> read(Filer filer) {
    try {
      FileObject index = filer.getResource(StandardLocation.CLASS_PATH, PACKAGE, NAME);
      return index.getCharContent(true).toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  /** Every {@code @Endpoint} type of the package and its subpackages that the class path holds, by name. */
  public List<TypeElement> descriptors(String packageName) {
    return annotated(packageName, Endpoint.class);
  }

  /** Every {@code @Notification} type of the package and its subpackages that the class path holds, by name. */
  public List<TypeElement> notifications(String packageName) {
    return annotated(packageName, io.payspec.annotations.Notification.class);
  }

  private List<TypeElement> annotated(String packageName, Class<? extends java.lang.annotation.Annotation> annotation) {
    Set<TypeElement> found = new LinkedHashSet<>();
    PackageElement direct = elements.getPackageElement(packageName);
    if (direct != null) {
      for (Element member : direct.getEnclosedElements()) {
        if (member instanceof TypeElement type && type.getAnnotation(annotation) != null) {
          found.add(type);
        }
      }
    }
    for (String name : indexed) {
      if (name.startsWith(packageName + ".")) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null && type.getAnnotation(annotation) != null) {
          found.add(type);
        }
      }
    }
    List<TypeElement> sorted = new ArrayList<>(found);
    sorted.sort((a, b) -> a.getQualifiedName().toString().compareTo(b.getQualifiedName().toString()));
    return sorted;
  }
}
