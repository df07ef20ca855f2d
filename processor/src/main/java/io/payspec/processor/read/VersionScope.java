package io.payspec.processor.read;

import io.payspec.annotations.Request;
import io.payspec.annotations.Response;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.processor.model.EnumModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The one type namespace of a provider version: every type nested in its endpoints, by simple name,
 * each read once and remembered with whether it is sound. Two different types with one simple name
 * are reported on the second, and the endpoint declaring it is dropped.
 */
final class VersionScope {
  private final Reporter reporter;
  private final String version;
  private final Set<TypeElement> endpoints;
  private final Map<String, TypeElement> types = new LinkedHashMap<>();
  private final Set<TypeElement> brokenEndpoints = new HashSet<>();
  private final Map<String, EnumModel> enums = new LinkedHashMap<>();
  private final Set<String> brokenTypes = new HashSet<>();
  private final Map<String, ObjectModel> objects = new HashMap<>();
  private final ObjectReader objectReader;

  VersionScope(Reporter reporter, String providerName, String version, List<TypeElement> endpoints) {
    this.reporter = reporter;
    this.version = version;
    this.endpoints = new LinkedHashSet<>(endpoints);
    Map<String, Element> generated = new HashMap<>();
    EnumReader enumReader = new EnumReader(reporter);
    for (TypeElement endpoint : endpoints) {
      for (Element enclosed : endpoint.getEnclosedElements()) {
        if (enclosed instanceof TypeElement type) {
          declare(providerName, endpoint, type, generated, enumReader);
        }
      }
    }
    this.objectReader = new ObjectReader(reporter, new TypeResolver(reporter, this.endpoints, version), enums);
  }

  private void declare(String providerName, TypeElement endpoint, TypeElement type, Map<String, Element> generated,
      EnumReader enumReader) {
    boolean request = type.getAnnotation(Request.class) != null;
    boolean marked = request || type.getAnnotation(Response.class) != null || type.getAnnotation(WireObject.class) != null
        || type.getAnnotation(WireEnum.class) != null;
    if (!marked) {
      reporter.error(type, "unmarked-nested-type",
          type.getSimpleName() + " is nested in endpoint " + endpoint.getSimpleName()
              + " but is none of @Request, @Response, @WireObject, @WireEnum");
      brokenEndpoints.add(endpoint);
      return;
    }
    String name = type.getSimpleName().toString();
    Element previous = types.containsKey(name) ? types.get(name) : generated.get(name);
    if (previous != null || name.equals(providerName + Character.toUpperCase(version.charAt(0)) + version.substring(1))) {
      String where = previous == null ? "the version class" : previous.getSimpleName() + " of "
          + previous.getEnclosingElement().getSimpleName();
      reporter.error(type, "name-clash",
          "version " + version + " already has a type named " + name + " (" + where + "): the endpoints of a version"
              + " share one namespace; refer to the type declared there, or rename this one");
      brokenEndpoints.add(endpoint);
      return;
    }
    types.put(name, type);
    if (request) {
      generated.put(name + "Validator", type);
    }
    if (type.getAnnotation(WireObject.class) != null && type.getKind() != ElementKind.INTERFACE) {
      reporter.error(type, "wire-object-not-interface", "@WireObject must be on an interface, "
          + type.getSimpleName() + " is not one");
      brokenTypes.add(name);
    }
    if (type.getAnnotation(WireEnum.class) != null) {
      if (type.getKind() != ElementKind.ENUM) {
        reporter.error(type, "wire-enum-not-enum", "@WireEnum must be on an enum, " + type.getSimpleName() + " is not one");
        brokenTypes.add(name);
      } else {
        int before = reporter.errorCount();
        enums.put(name, enumReader.read(type));
        if (reporter.errorCount() > before) {
          brokenTypes.add(name);
        }
      }
    }
  }

  String version() {
    return version;
  }

  /** Whether a type of this version was declared more than once or wrongly inside the endpoint. */
  boolean broken(TypeElement endpoint) {
    return brokenEndpoints.contains(endpoint);
  }

  /** The type declared in this version under a simple name, or null. */
  TypeElement type(String simpleName) {
    return types.get(simpleName);
  }

  /** Whether an element is the type this version declares under its simple name. */
  boolean declares(TypeElement type) {
    return types.get(type.getSimpleName().toString()) == type;
  }

  boolean isEndpoint(Element element) {
    return endpoints.contains(element);
  }

  EnumModel enumModel(String simpleName) {
    return enums.get(simpleName);
  }

  /** Whether the type of a simple name was read without mistakes. */
  boolean sound(String simpleName) {
    return !brokenTypes.contains(simpleName);
  }

  /** The object read once for the whole version; its soundness is {@link #sound(String)}. */
  ObjectModel object(TypeElement type, Side side, String description) {
    String name = type.getSimpleName().toString();
    ObjectModel known = objects.get(name);
    if (known != null) {
      return known;
    }
    int before = reporter.errorCount();
    ObjectModel model = objectReader.read(type, side, description);
    if (reporter.errorCount() > before) {
      brokenTypes.add(name);
    }
    objects.put(name, model);
    return model;
  }
}
