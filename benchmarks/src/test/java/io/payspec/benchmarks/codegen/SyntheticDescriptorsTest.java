package io.payspec.benchmarks.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codegen benchmark's workload is what it says: the synthetic descriptors compile with payspec's
 * processor without a diagnostic, and each create endpoint declares its own five enums (a look-up none), or with
 * shared enums only each version's first endpoint does.
 */
class SyntheticDescriptorsTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "shared enums {0}: {1} enums")
  @CsvSource({"false, 120", "true, 40"})
  void compilesWithTheProcessorIntoTheEnumsItDeclares(boolean sharedEnums, long expectedEnums) throws IOException {
    // 32 endpoints over 4 providers of 2 versions: per version, three create endpoints and a look-up.
    List<Path> sources = new SyntheticDescriptors(32, 4, 2, sharedEnums).writeTo(dir.resolve("src"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all,-processing", "-Werror",
        "-cp", System.getProperty("java.class.path"), "-processorpath", System.getProperty("java.class.path"),
        "-s", generated.toString(), "-d", Files.createDirectories(dir.resolve("classes")).toString()));
    sources.forEach(source -> args.add(source.toString()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null,
        new PrintStream(diagnostics, true, StandardCharsets.UTF_8), args.toArray(String[]::new));

    assertEquals("", diagnostics.toString(StandardCharsets.UTF_8));
    assertEquals(0, status);
    try (Stream<Path> files = Files.walk(generated)) {
      assertEquals(expectedEnums, files.filter(f -> f.toString().endsWith(".java")).filter(SyntheticDescriptorsTest::isEnum).count());
    }
  }

  private static boolean isEnum(Path file) {
    try {
      return Files.readString(file).contains("\npublic enum ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
