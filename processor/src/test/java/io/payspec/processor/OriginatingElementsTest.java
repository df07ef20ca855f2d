package io.payspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every generated source is created through the Filer with the descriptors it derives from as
 * originating elements, which incremental builds (Gradle's aggregating processors) rely on: the
 * version's endpoints for its types, every endpoint of the provider for the client.
 */
class OriginatingElementsTest {
  @Test
  void everyGeneratedSourceNamesTheDescriptorsItDerivesFrom() {
    Map<String, String> origins = new TreeMap<>();
    Compilation compilation = javac().withProcessors(new Recording(new PayspecProcessor(), origins))
        .compile(Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT));

    assertThat(compilation).succeeded();
    assertEquals(Map.of(
        "test.acme.AcmeClient", "test.AcmeCreateInvoice",
        "test.acme.AcmeModule", "test.AcmeCreateInvoice",
        "test.acme.v1.AcmeV1", "test.AcmeCreateInvoice",
        "test.acme.v1.CreateRequest", "test.AcmeCreateInvoice",
        "test.acme.v1.Created", "test.AcmeCreateInvoice",
        "test.acme.v1.Currency", "test.AcmeCreateInvoice"), origins);
  }

  /** Runs a processor with a Filer that records the originating elements of each source file. */
  private static final class Recording extends AbstractProcessor {
    private final AbstractProcessor delegate;
    private final Map<String, String> origins;

    Recording(AbstractProcessor delegate, Map<String, String> origins) {
      this.delegate = delegate;
      this.origins = origins;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = env.getFiler();
      Filer recording = new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
          origins.put(name.toString(), Arrays.stream(originatingElements)
              .map(e -> ((TypeElement) e).getQualifiedName().toString()).sorted().collect(Collectors.joining(",")));
          return filer.createSourceFile(name, originatingElements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
          return filer.createClassFile(name, originatingElements);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
            CharSequence relativeName, Element... originatingElements) throws IOException {
          return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
            CharSequence relativeName) throws IOException {
          return filer.getResource(location, moduleAndPkg, relativeName);
        }
      };
      delegate.init(new ProcessingEnvironment() {
        @Override
        public Map<String, String> getOptions() {
          return env.getOptions();
        }

        @Override
        public Messager getMessager() {
          return env.getMessager();
        }

        @Override
        public Filer getFiler() {
          return recording;
        }

        @Override
        public Elements getElementUtils() {
          return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
          return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
          return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
          return env.getLocale();
        }
      });
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
