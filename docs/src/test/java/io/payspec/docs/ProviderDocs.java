package io.payspec.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The providers' documentation pages, {@code ../shared/provider-docs} beside the repository: found
 * from the working directory upwards, so tests run from the module or from the repository root.
 */
public final class ProviderDocs {
  private ProviderDocs() {}

  /** The folder of pages. */
  public static Path dir() {
    String configured = System.getProperty("payspec.providerDocs");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("../shared/provider-docs").normalize();
      if (Files.isRegularFile(candidate.resolve("README.md"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("../shared/provider-docs not found above " + Path.of("").toAbsolutePath());
  }

  /** One page. */
  public static Path page(String name) {
    return dir().resolve(name);
  }

  /** Every endpoint page (README and the index excluded). */
  public static List<Path> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".md"))
          .filter(f -> !f.getFileName().toString().equals("README.md"))
          .filter(f -> !f.getFileName().toString().startsWith("INDEX"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed invoice-create pages README.md lists. */
  public static List<String> seedPages() {
    return List.of(
        "cryptocloud-v1-invoice-create.en.md",
        "cryptocloud-v1-invoice-create.pt.md",
        "cryptocloud-v2-invoice-create.en.md",
        "nordpay-invoice-create.en.md",
        "crystalpay-v3-invoice-create.ru.md");
  }

  /** A test resource page. */
  public static Path resource(String name) {
    try {
      return Path.of(ProviderDocs.class.getResource("/pages/" + name).toURI());
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test page " + name, e);
    }
  }
}
