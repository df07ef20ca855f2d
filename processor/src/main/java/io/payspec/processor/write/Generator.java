package io.payspec.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import io.payspec.processor.model.ProviderModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

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

  public Generator(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the provider's files and returns the qualified name of its module class, for
   * {@code META-INF/services}.
   */
  public String write(ProviderModel provider, List<EndpointModel> endpoints) throws IOException {
    Map<String, List<EndpointModel>> byVersion = new LinkedHashMap<>();
    endpoints.stream()
        .sorted(Comparator.comparing(EndpointModel::version, Generator::compareVersions).thenComparing(EndpointModel::operation))
        .forEach(e -> byVersion.computeIfAbsent(e.version(), v -> new ArrayList<>()).add(e));
    for (EndpointModel endpoint : endpoints) {
      Element origin = endpoint.element();
      endpoint.enums().forEach(e -> emit(endpoint.javaPackage(), enums.write(endpoint, e), origin));
      List<ObjectModel> requestObjects = new ArrayList<>(List.of(endpoint.request()));
      requestObjects.addAll(endpoint.objects().stream().filter(o -> o.side() == Side.REQUEST).toList());
      requestObjects.forEach(o -> emit(endpoint.javaPackage(), requests.write(endpoint, o), origin));
      emit(endpoint.javaPackage(), validators.write(endpoint, requestObjects), origin);
      emit(endpoint.javaPackage(), responses.write(endpoint, endpoint.response()), origin);
      endpoint.objects().stream().filter(o -> o.side() == Side.RESPONSE)
          .forEach(o -> emit(endpoint.javaPackage(), responses.write(endpoint, o), origin));
    }
    List<List<EndpointModel>> versionGroups = List.copyOf(byVersion.values());
    Element[] origins = endpoints.stream().map(EndpointModel::element).toArray(Element[]::new);
    for (List<EndpointModel> version : versionGroups) {
      emit(version.get(0).javaPackage(), versions.write(version), version.stream().map(EndpointModel::element).toArray(Element[]::new));
    }
    emit(provider.javaPackage(), clients.write(provider, versionGroups), origins);
    emit(provider.javaPackage(), modules.write(provider, versionGroups), origins);
    return ModuleWriter.moduleClass(provider).canonicalName();
  }

  /** v1 &lt; v2 &lt; v10: by length first, then text. */
  static int compareVersions(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private void emit(String javaPackage, TypeSpec type, Element... origins) {
    TypeSpec.Builder builder = type.toBuilder();
    for (Element origin : origins) {
      builder.addOriginatingElement(origin);
    }
    TypeSpec withOrigins = builder.build();
    JavaFile file = JavaFile.builder(javaPackage, withOrigins)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      throw new GenerationException("could not write " + javaPackage + "." + type.name() + ": " + e.getMessage(), e);
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
