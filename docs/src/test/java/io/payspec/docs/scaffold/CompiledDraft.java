package io.payspec.docs.scaffold;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.payspec.processor.PayspecProcessor;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** A draft compiled with the payspec processor from this build, its generated classes loadable. */
final class CompiledDraft {
  final Compilation compilation;
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledDraft(Draft draft) {
    List<JavaFileObject> sources = new ArrayList<>();
    draft.files().forEach((path, source) ->
        sources.add(JavaFileObjects.forSourceString(path.replace(".java", "").replace('/', '.'), source)));
    compilation = javac()
        .withProcessors(new PayspecProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(sources);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.getName();
        name = name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(), name.length() - ".class".length());
        try (InputStream in = file.openInputStream()) {
          classes.put(name.replace('/', '.'), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The operation the draft describes, from the generated provider module. */
  Operation<?, ?> operation(String clientPackage, String providerType) throws ReflectiveOperationException {
    ClassLoader loader = new ClassLoader(CompiledDraft.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    Class<?> module = loader.loadClass(clientPackage + "." + providerType + "Module");
    ProviderModule provider = (ProviderModule) module.getConstructor().newInstance();
    return provider.operations().get(0);
  }
}
