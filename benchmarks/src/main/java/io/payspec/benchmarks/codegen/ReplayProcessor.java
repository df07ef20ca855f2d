package io.payspec.benchmarks.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Configuration (d) of {@link CodegenAtScale}: a processor that does nothing but hand javac, through
 * the Filer, the files payspec's processor generated in an earlier run, read back from disk. It
 * answers to the same annotations, writes in the first round as payspec does, and so causes the same
 * rounds, the same Filer checks and the same compilation; only reading the descriptors, building the
 * model and writing the code with JavaPoet are missing. (d) / (c) is what javac's
 * annotation-processing mode costs for that output alone, the floor no processor producing it can
 * go under; (b) / (d) is what payspec's own code adds. Never registered as a service: it runs only
 * where {@code -processor} names it, with {@value #FROM_OPTION} set to the generated sources' root.
 */
public final class ReplayProcessor extends AbstractProcessor {
  /** The processor option naming the directory whose {@code .java} files are replayed. */
  static final String FROM_OPTION = "payspec.replay.from";

  private boolean written;

  /** Creates the processor; javac calls it. */
  public ReplayProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.payspec.annotations.*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(FROM_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty() || written) {
      return false;
    }
    written = true;
    String from = processingEnv.getOptions().get(FROM_OPTION);
    if (from == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "ReplayProcessor needs -A" + FROM_OPTION + "=DIR");
      return false;
    }
    Path root = Path.of(from);
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      for (Path file : files) {
        String relative = root.relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace(file.getFileSystem().getSeparator(), ".");
        JavaFileObject out = processingEnv.getFiler().createSourceFile(name);
        try (Writer writer = out.openWriter()) {
          writer.write(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
