package io.payspec.processor.read;

import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Provider;
import io.payspec.annotations.Request;
import io.payspec.annotations.Response;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EndpointModel.EnvelopeModel;
import io.payspec.processor.model.EndpointModel.ErrorsModel;
import io.payspec.processor.model.EnumModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads one {@code @Endpoint} descriptor into a checked {@link EndpointModel}: the provider, the
 * request and response, every nested object and enum they reach. Every mistake is reported on its
 * element; a descriptor with any mistake yields no model (and so no code).
 */
public final class EndpointReader {
  private final Reporter reporter;
  private final ProviderReader providers;

  public EndpointReader(Reporter reporter) {
    this.reporter = reporter;
    this.providers = new ProviderReader(reporter);
  }

  /** The checked model, or null when the descriptor has mistakes (all reported). */
  public EndpointModel read(TypeElement element) {
    int errorsBefore = reporter.errorCount();
    EndpointModel model = readUnchecked(element);
    return reporter.errorCount() > errorsBefore ? null : model;
  }

  private EndpointModel readUnchecked(TypeElement element) {
    Endpoint endpoint = element.getAnnotation(Endpoint.class);
    var mirror = Mirrors.find(element, Endpoint.class);
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(element, "endpoint-not-interface",
          "@Endpoint must be on an interface, " + element.getSimpleName() + " is a " + ProviderReader.kindName(element));
      return null;
    }
    ProviderModel provider = null;
    TypeElement providerElement = Mirrors.classValue(mirror, "provider");
    if (providerElement == null || providerElement.getAnnotation(Provider.class) == null) {
      reporter.error(element, mirror, "provider-not-annotated",
          "@Endpoint provider " + (providerElement == null ? "" : providerElement.getSimpleName() + " ")
              + "is not annotated @Provider");
    } else {
      provider = providers.read(providerElement);
      if (provider == null) {
        reporter.error(element, mirror, "broken-provider",
            "provider " + providerElement.getSimpleName() + " has mistakes (reported on it); fix them first");
      }
    }
    if (!endpoint.version().matches("[a-z][a-z0-9_]*")) {
      reporter.error(element, mirror, "bad-version",
          "@Endpoint version '" + endpoint.version() + "' must be a lower-case identifier such as v2 (it names a package)");
    }
    if (!endpoint.operation().matches("[a-z][A-Za-z0-9]*")) {
      reporter.error(element, mirror, "bad-operation",
          "@Endpoint operation '" + endpoint.operation() + "' must be a lowerCamelCase identifier such as createInvoice");
    }
    if (!endpoint.path().startsWith("/") || endpoint.path().matches(".*[\\s?#].*")) {
      reporter.error(element, mirror, "bad-path",
          "@Endpoint path '" + endpoint.path() + "' must start with '/' and hold no spaces, query or fragment");
    }

    TypeElement request = null;
    TypeElement response = null;
    Map<String, EnumModel> enums = new LinkedHashMap<>();
    Map<String, TypeElement> objectElements = new LinkedHashMap<>();
    EnumReader enumReader = new EnumReader(reporter);
    for (Element enclosed : element.getEnclosedElements()) {
      if (!(enclosed instanceof TypeElement type)) {
        continue;
      }
      if (type.getAnnotation(Request.class) != null) {
        if (request != null) {
          reporter.error(type, "duplicate-request", "endpoint " + element.getSimpleName() + " has a second @Request; keep one");
        }
        request = request == null ? type : request;
      } else if (type.getAnnotation(Response.class) != null) {
        if (response != null) {
          reporter.error(type, "duplicate-response", "endpoint " + element.getSimpleName() + " has a second @Response; keep one");
        }
        response = response == null ? type : response;
      } else if (type.getAnnotation(WireObject.class) != null) {
        objectElements.put(type.getSimpleName().toString(), type);
      } else if (type.getAnnotation(WireEnum.class) != null) {
        if (type.getKind() != ElementKind.ENUM) {
          reporter.error(type, "wire-enum-not-enum", "@WireEnum must be on an enum, " + type.getSimpleName() + " is not one");
        } else {
          enums.put(type.getSimpleName().toString(), enumReader.read(type));
        }
      } else {
        reporter.error(type, "unmarked-nested-type",
            type.getSimpleName() + " is nested in endpoint " + element.getSimpleName()
                + " but is none of @Request, @Response, @WireObject, @WireEnum");
      }
    }
    for (TypeElement objectType : objectElements.values()) {
      if (objectType.getKind() != ElementKind.INTERFACE) {
        reporter.error(objectType, "wire-object-not-interface", "@WireObject must be on an interface, "
            + objectType.getSimpleName() + " is not one");
      }
    }
    if (request == null) {
      reporter.error(element, "missing-request",
          "endpoint " + element.getSimpleName() + " has no nested @Request interface describing its request body");
    }
    if (response == null) {
      reporter.error(element, "missing-response",
          "endpoint " + element.getSimpleName() + " has no nested @Response interface describing its success payload");
    }
    if (request == null || response == null || provider == null) {
      return null;
    }

    TypeResolver types = new TypeResolver(reporter, element);
    ObjectReader objectReader = new ObjectReader(reporter, types, enums);
    ObjectModel requestModel = objectReader.read(request, Side.REQUEST, request.getAnnotation(Request.class).description());
    ObjectModel responseModel = objectReader.read(response, Side.RESPONSE, response.getAnnotation(Response.class).description());
    List<ObjectModel> objects = reachableObjects(requestModel, responseModel, objectElements, objectReader);
    checkCredentials(provider, requestModel);
    checkNames(element, requestModel, responseModel, objects, enums.values());

    return new EndpointModel(element, provider, endpoint.version(), endpoint.operation(), endpoint.method(),
        endpoint.path(), endpoint.description(), envelope(element), errors(element), requestModel, responseModel,
        objects, List.copyOf(enums.values()));
  }

  /** Nested objects reached from the request and the response, each on one side only. */
  private List<ObjectModel> reachableObjects(ObjectModel request, ObjectModel response,
      Map<String, TypeElement> elements, ObjectReader reader) {
    Map<String, ObjectModel> read = new LinkedHashMap<>();
    Deque<ObjectModel> queue = new ArrayDeque<>(List.of(request, response));
    while (!queue.isEmpty()) {
      ObjectModel owner = queue.poll();
      for (FieldModel field : owner.fields()) {
        if (field.type().kind() != Kind.OBJECT) {
          continue;
        }
        String name = field.type().refName();
        if (owner.side() == Side.REQUEST && field.type().list()) {
          reporter.error(field.element(), "unsupported-type",
              field.javaName() + "() is a list of objects in a request, which payspec does not support yet");
          continue;
        }
        ObjectModel existing = read.get(name);
        if (existing != null) {
          if (existing.side() != owner.side()) {
            reporter.error(field.element(), "object-on-both-sides",
                name + " is used by both the request and the response: declare one @WireObject for each");
          }
          continue;
        }
        TypeElement type = elements.get(name);
        ObjectModel model = reader.read(type, owner.side(), type.getAnnotation(WireObject.class).description());
        read.put(name, model);
        queue.add(model);
      }
    }
    return List.copyOf(read.values());
  }

  private void checkCredentials(ProviderModel provider, ObjectModel request) {
    if (provider.auth().inHeader()) {
      return;
    }
    for (FieldModel field : request.fields()) {
      if (field.wireName().equals(provider.auth().loginField()) || field.wireName().equals(provider.auth().secretField())) {
        reporter.error(field.element(), "credential-as-field",
            field.wireName() + " is a credential of " + provider.name() + " (@BodyAuth): the client adds it to every"
                + " request, so it must not be a request field");
      }
    }
  }

  private void checkNames(TypeElement endpoint, ObjectModel request, ObjectModel response, List<ObjectModel> objects,
      Iterable<EnumModel> enums) {
    Map<String, Element> names = new LinkedHashMap<>();
    List<Map.Entry<String, Element>> all = new ArrayList<>();
    all.add(Map.entry(request.simpleName(), request.element()));
    all.add(Map.entry(request.simpleName() + "Validator", request.element()));
    all.add(Map.entry(response.simpleName(), response.element()));
    objects.forEach(o -> all.add(Map.entry(o.simpleName(), o.element())));
    enums.forEach(e -> all.add(Map.entry(e.simpleName(), e.element())));
    for (Map.Entry<String, Element> entry : all) {
      Element previous = names.putIfAbsent(entry.getKey(), entry.getValue());
      if (previous != null && previous != entry.getValue()) {
        reporter.error(entry.getValue(), "name-clash",
            "generated class " + entry.getKey() + " of endpoint " + endpoint.getSimpleName() + " would clash with "
                + previous.getSimpleName() + "; rename one of them");
      }
    }
  }

  private static EnvelopeModel envelope(TypeElement element) {
    Envelope envelope = element.getAnnotation(Envelope.class);
    if (envelope == null) {
      return new EnvelopeModel(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors");
    }
    return new EnvelopeModel(envelope.value(), envelope.statusField(), envelope.successValue(), envelope.resultField(),
        envelope.errorFlagField(), envelope.errorsField());
  }

  private static ErrorsModel errors(TypeElement element) {
    Errors errors = element.getAnnotation(Errors.class);
    if (errors == null) {
      return new ErrorsModel(List.of(ErrorShape.values()), List.of(), List.of(), List.of());
    }
    return new ErrorsModel(List.of(errors.value()), List.of(errors.authenticationKeys()),
        List.of(errors.authenticationMessages()), Arrays.stream(errors.unavailableStatuses()).boxed().toList());
  }
}
