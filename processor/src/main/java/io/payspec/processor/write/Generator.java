package io.payspec.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.NotificationModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.VersionModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes every generated file of one provider from its checked endpoint models, one writer per
 * artifact: enums, request types and their validator, response types, version classes, the client
 * and its provider module.
 */
public final class Generator {
  private final Filer filer;
  private final EnumWriter enums = new EnumWriter();
  private final RequestWriter requests = new RequestWriter();
  private final ValidatorWriter validators = new ValidatorWriter();
  private final ResponseWriter responses = new ResponseWriter();
  private final VersionWriter versions = new VersionWriter();
  private final ClientWriter clients = new ClientWriter();
  private final ModuleWriter modules = new ModuleWriter();
  private final NotificationWriter notifications = new NotificationWriter();

  public Generator(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the provider's files and returns the qualified name of its module class, for
   * {@code META-INF/services}. Each type of a version is written once, however many endpoints use it.
   */
  public String write(ProviderModel provider, List<VersionModel> versions) throws IOException {
    List<VersionModel> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(VersionModel::version, Generator::compareVersions));
    for (VersionModel version : sorted) {
      Element[] origins = version.endpoints().stream().map(EndpointModel::element).toArray(Element[]::new);
      String javaPackage = version.javaPackage();
      Map<String, EndpointModel> owners = owners(version);
      version.enums().forEach(e -> emit(javaPackage, enums.write(version.endpoints().get(0), e), origins));
      Map<String, EndpointModel> requestOf = new LinkedHashMap<>();
      version.endpoints().forEach(endpoint -> requestOf.put(endpoint.request().simpleName(), endpoint));
      for (ObjectModel object : version.objects()) {
        // A type only a notification reaches is written in the version's package, named after no call.
        EndpointModel owner = owners.getOrDefault(object.simpleName(), version.endpoints().get(0));
        if (object.side() != Side.REQUEST) {
          emit(javaPackage, responses.write(owner, object), origins);
        } else if (requestOf.containsKey(object.simpleName())) {
          EndpointModel endpoint = requestOf.get(object.simpleName());
          emit(javaPackage, requests.write(owner, object, validator(endpoint)), origins);
        } else {
          emit(javaPackage, requests.write(owner, object, null), origins);
        }
      }
      for (NotificationModel notification : version.notifications()) {
        emit(javaPackage, notifications.write(notification, version.endpoints().get(0)), notification.element());
      }
      emit(javaPackage, this.versions.write(version), origins);
    }
    Element[] origins = sorted.stream().flatMap(v -> v.endpoints().stream()).map(EndpointModel::element).toArray(Element[]::new);
    emit(provider.javaPackage(), clients.write(provider, sorted), origins);
    emit(provider.javaPackage(), modules.write(provider, sorted), origins);
    return ModuleWriter.moduleClass(provider).canonicalName();
  }

  /** The validator of an endpoint's request, nested in the request type. */
  private TypeSpec validator(EndpointModel endpoint) {
    List<ObjectModel> requestObjects = new ArrayList<>(List.of(endpoint.request()));
    requestObjects.addAll(endpoint.objects().stream().filter(o -> o.side() == Side.REQUEST).toList());
    return validators.write(endpoint, requestObjects);
  }

  /** For each type, the endpoint its generated Javadoc names: the first (by operation) that reaches it. */
  private static Map<String, EndpointModel> owners(VersionModel version) {
    Map<String, EndpointModel> owners = new LinkedHashMap<>();
    for (EndpointModel endpoint : version.endpoints()) {
      owners.putIfAbsent(endpoint.request().simpleName(), endpoint);
    }
    for (EndpointModel endpoint : version.endpoints()) {
      owners.putIfAbsent(endpoint.response().simpleName(), endpoint);
      endpoint.objects().forEach(o -> owners.putIfAbsent(o.simpleName(), endpoint));
    }
    return owners;
  }

  /** v1 &lt; v2 &lt; v10: by length first, then text. */
  static int compareVersions(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  /**
   * Writes one type to the Filer with the elements it derives from (for incremental
   * builds). Not through {@code JavaFile.writeTo(Filer)}, which takes the origins from the type and
   * would need a copy of every type (the version class is the largest) just to attach them.
   */
  private void emit(String javaPackage, TypeSpec type, Element... origins) {
    JavaFile file = JavaFile.builder(javaPackage, type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    String name = javaPackage.isEmpty() ? type.name() : javaPackage + "." + type.name();
    JavaFileObject source = null;
    try {
      // JavaPoet appends token by token: it writes into memory, and the file gets the text in one write.
      StringBuilder text = new StringBuilder(16 * 1024);
      file.writeTo(text);
      source = filer.createSourceFile(name, origins);
      try (Writer writer = source.openWriter()) {
        writer.append(text);
      }
    } catch (IOException | RuntimeException e) {
      if (source != null) {
        source.delete();
      }
      throw new GenerationException("could not write " + name + ": " + e.getMessage(), e);
    }
  }

  /** A file could not be written; the processor reports it on the descriptor. */
  public static final class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GenerationException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
