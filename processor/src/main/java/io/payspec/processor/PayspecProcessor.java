package io.payspec.processor;

import com.google.auto.service.AutoService;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.GenerateClients;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.read.EndpointReader;
import io.payspec.processor.read.Mirrors;
import io.payspec.processor.read.Reporter;
import io.payspec.processor.write.Generator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Turns payspec descriptors into typed clients.
 *
 * <p>Descriptors are found two ways: {@code @Endpoint} interfaces in the current compilation, and
 * descriptors compiled elsewhere that a {@code @GenerateClients} annotation names. Each is read
 * into a checked model first ({@link EndpointReader}); only a provider whose every endpoint is sound
 * gets code ({@link Generator}). With {@code -Apayspec.generate=false} descriptors are only checked.
 *
 * <p>It never claims the annotations, and a crash is reported as an error on the descriptor, not a
 * stack trace.
 */
@AutoService(Processor.class)
public final class PayspecProcessor extends AbstractProcessor {
  /** Option: {@code false} checks descriptors without writing code (the spec module uses it). */
  public static final String GENERATE_OPTION = "payspec.generate";

  private final Set<String> modules = new LinkedHashSet<>();
  private final Map<String, String> generatedProviders = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Endpoint.class.getCanonicalName(), GenerateClients.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(GENERATE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    if (round.processingOver()) {
      writeServiceFile(reporter);
      return false;
    }
    Map<TypeElement, Element> descriptors = descriptors(round, reporter);
    EndpointReader reader = new EndpointReader(reporter);
    Map<String, List<EndpointModel>> byProvider = new LinkedHashMap<>();
    Set<String> brokenProviders = new LinkedHashSet<>();
    for (TypeElement descriptor : descriptors.keySet()) {
      try {
        EndpointModel model = reader.read(descriptor);
        String provider = providerKey(descriptor);
        if (model == null) {
          brokenProviders.add(provider);
        } else {
          byProvider.computeIfAbsent(model.provider().key(), k -> new ArrayList<>()).add(model);
        }
      } catch (RuntimeException e) {
        reporter.error(descriptor, "internal",
            "payspec could not read this descriptor (" + e + "); please report it with the descriptor");
      }
    }
    boolean generate = !"false".equals(processingEnv.getOptions().get(GENERATE_OPTION));
    Generator generator = new Generator(processingEnv.getFiler());
    for (Map.Entry<String, List<EndpointModel>> entry : byProvider.entrySet()) {
      List<EndpointModel> endpoints = entry.getValue();
      ProviderModel provider = endpoints.get(0).provider();
      if (brokenProviders.contains(entry.getKey()) || !uniqueOperations(endpoints, reporter) || !generate) {
        continue;
      }
      if (generatedProviders.containsKey(entry.getKey())) {
        reporter.error(endpoints.get(0).element(), "provider-split",
            "endpoints of " + provider.name() + " appear in more than one processing round; declare them together");
        continue;
      }
      try {
        modules.add(generator.write(provider, endpoints));
        generatedProviders.put(entry.getKey(), provider.name());
      } catch (RuntimeException | IOException e) {
        reporter.error(endpoints.get(0).element(), "internal",
            "payspec could not write the client of " + provider.name() + " (" + e.getMessage() + ")");
      }
    }
    return false;
  }

  /** Endpoint descriptors of this round, each with the element to blame if it is listed wrongly. */
  private Map<TypeElement, Element> descriptors(RoundEnvironment round, Reporter reporter) {
    Map<TypeElement, Element> found = new LinkedHashMap<>();
    for (Element element : round.getElementsAnnotatedWith(Endpoint.class)) {
      if (element instanceof TypeElement type) {
        found.put(type, type);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(GenerateClients.class)) {
      var mirror = element.getAnnotationMirrors().stream()
          .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
              .contentEquals(GenerateClients.class.getCanonicalName()))
          .findFirst().orElseThrow();
      for (TypeElement listed : Mirrors.classValues(mirror, "value")) {
        if (listed.getAnnotation(Endpoint.class) == null) {
          reporter.error(element, mirror, "not-an-endpoint",
              "@GenerateClients lists " + listed.getQualifiedName() + ", which is not annotated @Endpoint");
        } else {
          found.putIfAbsent(listed, element);
        }
      }
    }
    return found;
  }

  private static String providerKey(TypeElement descriptor) {
    return descriptor.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(Endpoint.class.getCanonicalName()))
        .findFirst()
        .map(m -> Mirrors.classValue(m, "provider"))
        .map(p -> p == null ? "" : p.getQualifiedName().toString())
        .orElse(descriptor.getQualifiedName().toString());
  }

  private static boolean uniqueOperations(List<EndpointModel> endpoints, Reporter reporter) {
    Map<String, EndpointModel> seen = new HashMap<>();
    boolean unique = true;
    for (EndpointModel endpoint : endpoints) {
      EndpointModel previous = seen.putIfAbsent(endpoint.version() + " " + endpoint.operation(), endpoint);
      if (previous != null) {
        reporter.error(endpoint.element(), "duplicate-operation",
            endpoint.provider().name() + " " + endpoint.version() + " " + endpoint.operation() + " is already described by "
                + previous.element().getSimpleName());
        unique = false;
      }
    }
    return unique;
  }

  private void writeServiceFile(Reporter reporter) {
    if (modules.isEmpty()) {
      return;
    }
    try {
      var file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          "META-INF/services/io.payspec.runtime.meta.ProviderModule");
      try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String module : modules) {
          writer.write(module);
          writer.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
          "[payspec:internal] could not write META-INF/services/io.payspec.runtime.meta.ProviderModule: " + e.getMessage());
    }
  }
}
