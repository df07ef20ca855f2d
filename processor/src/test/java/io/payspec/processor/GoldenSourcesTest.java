package io.payspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles the real spec descriptors of each provider with the processor and compares every
 * generated source with the checked-in file under {@code src/test/resources/golden}. To accept a
 * deliberate change, run with {@code -Dpayspec.golden.update=true} and review the diff.
 */
class GoldenSourcesTest {
  private static final Path SPEC = Path.of("../spec/src/main/java/io/payspec/spec");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cryptocloud", "nordpay", "crystalpay"})
  void generatedSourcesMatchTheGoldenFiles(String provider) throws IOException {
    List<JavaFileObject> sources = specSources(provider);

    Compilation compilation = javac()
        .withProcessors(new PayspecProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror", "-Xdoclint:all/protected",
            "-Xdoclint/package:-io.payspec.spec.*")
        .compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    Set<String> generated = new TreeSet<>();
    boolean update = Boolean.getBoolean("payspec.golden.update");
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String relative = relativePath(file);
      generated.add(relative);
      String actual = file.getCharContent(true).toString();
      Path golden = GOLDEN.resolve(relative);
      if (update) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), "no golden file for generated " + relative);
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "generated " + relative + " changed");
    }
    Set<String> expected = goldenFiles(provider);
    assertEquals(expected, generated, "golden files without a generated source, or the reverse");
    assertFalse(generated.isEmpty());
  }

  private static List<JavaFileObject> specSources(String provider) throws IOException {
    try (Stream<Path> files = Files.list(SPEC.resolve(provider))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().map(GoldenSourcesTest::toSource).toList();
    }
  }

  private static JavaFileObject toSource(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      String name = SPEC.relativize(path).toString().replace('/', '.').replaceAll("\\.java$", "");
      return JavaFileObjects.forSourceString("io.payspec.spec." + name, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relativePath(JavaFileObject file) {
    String uri = file.toUri().getPath();
    int index = uri.indexOf("/io/payspec/");
    return uri.substring(index + 1);
  }

  private static Set<String> goldenFiles(String provider) throws IOException {
    Path root = GOLDEN.resolve("io/payspec/" + provider);
    if (!Files.exists(root)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
