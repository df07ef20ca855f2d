package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider generated in its own module ({@code example-provider}, kept off the test class path)
 * gets the same command line and sandbox once its jar is named with {@code --providers} or
 * {@code PAYSPEC_PROVIDERS}.
 */
class ProviderJarsTest {
  @TempDir static Path dir;
  private static Path jar;

  @BeforeAll
  static void packTheExampleProvider() throws IOException {
    Path classes = Path.of(System.getProperty("payspec.example.classes"));
    assertTrue(Files.isDirectory(classes.resolve("META-INF/services")), "build example-provider first: " + classes);
    jar = dir.resolve("example-provider.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        copy(file, out);
        out.closeEntry();
      }
    }
  }

  @Test
  void withoutTheJarTheProviderIsUnknown() {
    Cli.Result result = Cli.run("examplepay", "create-payment", "--help");

    assertEquals(2, result.exitCode(), result.both());
    assertTrue(result.err().startsWith("payspec: unknown command or provider 'examplepay'"), result.err());
  }

  @Test
  void theJarsProviderGetsListHelpAndCompletion() {
    Cli.Result list = Cli.run("--providers", jar.toString(), "list");
    Cli.Result help = Cli.run(Map.of(ProviderJars.VARIABLE, jar.toString()), "examplepay", "create-payment", "--help");
    Cli.Result completion = Cli.run("--providers=" + jar, "generate-completion");

    assertEquals(0, list.exitCode(), list.both());
    assertTrue(list.out().lines().anyMatch(line -> line.matches("examplepay +v1 +create-payment +POST .*")), list.out());
    assertEquals(0, help.exitCode(), help.both());
    assertTrue(help.out().startsWith("Usage: payspec examplepay v1 create-payment"), help.out());
    assertTrue(help.out().contains("\n  --coin VALUE\n"), help.out());
    assertTrue(completion.out().contains("create-payment") && completion.out().contains("USDT_TRC20"), completion.out());
  }

  @Test
  void theJarsProviderIsCalledAgainstTheInProcessSandbox() {
    Cli.Result result = Cli.run("--providers", jar.toString(), "examplepay", "create-payment", "--sandbox",
        "--amount", "12.50", "--coin", "ETH", "--json");

    assertEquals(0, result.exitCode(), result.both());
    assertTrue(result.out().contains("\"amount\" : 12.50") || result.out().contains("\"amount\":12.50"), result.out());
  }

  @Test
  void refusesAMissingJarOrOneWithoutProviders() throws IOException {
    Path empty = dir.resolve("empty.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
      out.putNextEntry(new JarEntry("nothing.txt"));
      out.closeEntry();
    }

    Cli.Result missing = Cli.run("--providers", dir.resolve("nope.jar").toString(), "list");
    Cli.Result none = Cli.run("--providers", empty.toString(), "list");

    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().startsWith("payspec: --providers: no such jar "), missing.err());
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("provides no payspec provider"), none.err());
  }

  private static void copy(Path file, OutputStream out) {
    try {
      Files.copy(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
