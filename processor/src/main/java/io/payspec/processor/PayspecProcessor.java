package io.payspec.processor;

import com.google.auto.service.AutoService;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.GenerateClients;
import io.payspec.annotations.Notification;
import io.payspec.annotations.NotificationDelivery;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.VersionModel;
import io.payspec.processor.read.DescriptorIndex;
import io.payspec.processor.read.EndpointReader;
import io.payspec.processor.read.Mirrors;
import io.payspec.processor.read.NotificationReader;
import io.payspec.processor.read.Reporter;
import io.payspec.processor.read.VersionReader;
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
 * descriptors compiled elsewhere that a {@code @GenerateClients} annotation names. They are grouped
 * by provider and version, and each version is read into one checked model ({@link VersionReader})
 * before anything is written; a mistake drops only the endpoint it is in, every sound endpoint gets
 * code ({@link Generator}). With {@code -Apayspec.generate=false} descriptors are only checked.
 *
 * <p>It never claims the annotations, and a crash is reported as an error on the descriptor, not a
 * stack trace.
 */
@AutoService(Processor.class)
public final class PayspecProcessor extends AbstractProcessor {
  /** Option: {@code false} checks descriptors without writing code (the spec module uses it). */
  public static final String GENERATE_OPTION = "payspec.generate";

  private final Set<String> modules = new LinkedHashSet<>();
  private final Set<String> compiledDescriptors = new java.util.TreeSet<>();
  private final Map<String, String> generatedProviders = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Endpoint.class.getCanonicalName(), GenerateClients.class.getCanonicalName(),
        Notification.class.getCanonicalName(), NotificationDelivery.class.getCanonicalName());
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
      writeIndex();
      return false;
    }
    if (annotations.isEmpty()) {
      // A round of generated code only (javac calls a processor again in every round after its first):
      // nothing here is a descriptor, so its elements are not scanned for them.
      return false;
    }
    Map<TypeElement, Element> descriptors = descriptors(round, reporter);
    EndpointReader endpointReader = new EndpointReader(reporter);
    NotificationReader notificationReader = new NotificationReader(reporter);
    VersionReader versionReader = new VersionReader(reporter, endpointReader, notificationReader);
    Map<String, Map<String, List<NotificationReader.Header>>> notifications = notifications(round, reporter, notificationReader);
    Map<String, Map<String, List<EndpointReader.Header>>> byProvider = new LinkedHashMap<>();
    Map<String, ProviderModel> providers = new LinkedHashMap<>();
    for (TypeElement descriptor : descriptors.keySet()) {
      try {
        EndpointReader.Header header = endpointReader.header(descriptor);
        if (header != null) {
          providers.putIfAbsent(header.provider().key(), header.provider());
          byProvider.computeIfAbsent(header.provider().key(), k -> new LinkedHashMap<>())
              .computeIfAbsent(header.version(), v -> new ArrayList<>()).add(header);
        }
      } catch (RuntimeException e) {
        reporter.error(descriptor, "internal",
            "payspec could not read this descriptor (" + e + "); please report it with the descriptor");
      }
    }
    boolean generate = !"false".equals(processingEnv.getOptions().get(GENERATE_OPTION));
    Generator generator = new Generator(processingEnv.getFiler());
    for (Map.Entry<String, Map<String, List<EndpointReader.Header>>> entry : byProvider.entrySet()) {
      ProviderModel provider = providers.get(entry.getKey());
      List<VersionModel> versions = new ArrayList<>();
      for (Map.Entry<String, List<EndpointReader.Header>> version : entry.getValue().entrySet()) {
        try {
          VersionModel model = versionReader.read(provider, version.getKey(), version.getValue(),
              notifications.getOrDefault(entry.getKey(), Map.of()).getOrDefault(version.getKey(), List.of()));
          if (model != null) {
            versions.add(model);
          }
        } catch (RuntimeException e) {
          reporter.error(version.getValue().get(0).element(), "internal",
              "payspec could not read " + provider.name() + " " + version.getKey() + " (" + e + "); please report it");
        }
      }
      if (versions.isEmpty() || !generate) {
        continue;
      }
      Element first = versions.get(0).endpoints().get(0).element();
      if (generatedProviders.containsKey(entry.getKey())) {
        reporter.error(first, "provider-split",
            "endpoints of " + provider.name() + " appear in more than one processing round; declare them together");
        continue;
      }
      if (alreadyShipped(provider, descriptors, round, reporter)) {
        continue;
      }
      try {
        modules.add(generator.write(provider, versions));
        generatedProviders.put(entry.getKey(), provider.name());
      } catch (RuntimeException | IOException e) {
        reporter.error(first, "internal",
            "payspec could not write the client of " + provider.name() + " (" + e.getMessage() + ")");
      }
    }
    return false;
  }

  /**
   * A provider whose client is already on the class path (a shipped jar) cannot get endpoints added
   * in another module: a second client class would shadow the shipped one. Reported on each
   * descriptor of this compilation that tries.
   */
  private boolean alreadyShipped(
      ProviderModel provider, Map<TypeElement, Element> descriptors, RoundEnvironment round, Reporter reporter) {
    String client = provider.javaPackage() + "." + provider.name() + "Client";
    if (round.getRootElements().contains(outermost(provider.element()))
        || processingEnv.getElementUtils().getTypeElement(client) == null) {
      return false;
    }
    boolean shipped = false;
    for (Map.Entry<TypeElement, Element> descriptor : descriptors.entrySet()) {
      var mirror = Mirrors.find(descriptor.getKey(), Endpoint.class);
      TypeElement owner = mirror == null ? null : Mirrors.classValue(mirror, "provider");
      // Only descriptors written in this compilation add to a provider; a @GenerateClients list regenerates it.
      if (owner != null && owner.getQualifiedName().contentEquals(provider.key()) && descriptor.getValue() == descriptor.getKey()) {
        shipped = true;
        reporter.error(descriptor.getValue(), "provider-already-shipped",
            provider.name() + " is already generated on the class path (" + client + "): a module cannot add endpoints to"
                + " a shipped provider, its second client would shadow the first. Declare your own @Provider (another"
                + " name and javaPackage) for the endpoints you add, or add them to the provider's own descriptors");
      }
    }
    return shipped;
  }

  private static Element outermost(Element element) {
    Element current = element;
    while (current.getEnclosingElement() instanceof TypeElement enclosing) {
      current = enclosing;
    }
    return current;
  }

  /**
   * Notification descriptors of this round and of the packages a {@code @GenerateClients} names, by
   * provider and version.
   */
  private Map<String, Map<String, List<NotificationReader.Header>>> notifications(
      RoundEnvironment round, Reporter reporter, NotificationReader reader) {
    for (Element element : round.getElementsAnnotatedWith(NotificationDelivery.class)) {
      if (element.getAnnotation(Notification.class) == null) {
        reporter.error(element, Mirrors.find(element, NotificationDelivery.class), "delivery-without-notification",
            "@NotificationDelivery describes how a @Notification is delivered, but " + element.getSimpleName()
                + " is not one");
      }
    }
    Set<TypeElement> found = new LinkedHashSet<>();
    for (Element element : round.getElementsAnnotatedWith(Notification.class)) {
      if (element instanceof TypeElement type) {
        found.add(type);
        compiledDescriptors.add(type.getQualifiedName().toString());
      }
    }
    for (Element element : round.getElementsAnnotatedWith(GenerateClients.class)) {
      DescriptorIndex index = new DescriptorIndex(processingEnv.getElementUtils(), processingEnv.getFiler());
      for (String name : element.getAnnotation(GenerateClients.class).packages()) {
        found.addAll(index.notifications(name));
      }
    }
    Map<String, Map<String, List<NotificationReader.Header>>> byProvider = new LinkedHashMap<>();
    for (TypeElement type : found) {
      try {
        NotificationReader.Header header = reader.header(type);
        if (header != null) {
          byProvider.computeIfAbsent(header.provider().key(), k -> new LinkedHashMap<>())
              .computeIfAbsent(header.version(), v -> new ArrayList<>()).add(header);
        }
      } catch (RuntimeException e) {
        reporter.error(type, "internal", "payspec could not read this notification (" + e + "); please report it");
      }
    }
    return byProvider;
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
      List<TypeElement> listedTypes = Mirrors.classValues(mirror, "value");
      for (TypeElement listed : listedTypes) {
        if (listed.getAnnotation(Endpoint.class) == null) {
          reporter.error(element, mirror, "not-an-endpoint",
              "@GenerateClients lists " + listed.getQualifiedName() + ", which is not annotated @Endpoint");
        } else {
          found.putIfAbsent(listed, element);
        }
      }
      GenerateClients generate = element.getAnnotation(GenerateClients.class);
      if (generate.packages().length > 0) {
        DescriptorIndex index = new DescriptorIndex(processingEnv.getElementUtils(), processingEnv.getFiler());
        for (String name : generate.packages()) {
          List<TypeElement> inPackage = index.descriptors(name);
          if (inPackage.isEmpty()) {
            reporter.error(element, mirror, "empty-package",
                "@GenerateClients packages names " + name + ", where the class path holds no @Endpoint descriptor"
                    + " (is the module that compiles them a dependency?)");
          }
          inPackage.forEach(type -> found.putIfAbsent(type, element));
        }
      }
      if (listedTypes.isEmpty() && generate.packages().length == 0) {
        reporter.error(element, mirror, "nothing-to-generate", "@GenerateClients names neither descriptors nor packages");
      }
    }
    for (TypeElement descriptor : found.keySet()) {
      if (found.get(descriptor) == descriptor) {
        compiledDescriptors.add(descriptor.getQualifiedName().toString());
      }
    }
    return found;
  }

  /** Lists the descriptors this compilation holds, for {@code @GenerateClients(packages = ...)} elsewhere. */
  private void writeIndex() {
    if (compiledDescriptors.isEmpty()) {
      return;
    }
    try {
      var file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, DescriptorIndex.PACKAGE, DescriptorIndex.NAME);
      try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String name : compiledDescriptors) {
          writer.write(name);
          writer.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
          "[payspec:internal] could not write " + DescriptorIndex.RESOURCE + ": " + e.getMessage());
    }
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
