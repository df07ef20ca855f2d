package io.payspec.cli;

import io.payspec.runtime.meta.ProviderModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Providers a team generated in its own module, loaded from their jars: {@code --providers a.jar,b.jar}
 * as the first option of {@code payspec}, or the {@code PAYSPEC_PROVIDERS} environment variable (the
 * option wins). The jars are put on a class loader above the command line's own, and their
 * {@link ProviderModule}s found with {@link ServiceLoader}, next to the built-in ones: they get the same
 * commands, options, help and sandbox.
 */
final class ProviderJars implements AutoCloseable {
  /** The environment variable that names provider jars, comma-separated. */
  static final String VARIABLE = "PAYSPEC_PROVIDERS";

  private final URLClassLoader loader;
  private final Catalog catalog;
  private final List<String> args;

  private ProviderJars(URLClassLoader loader, Catalog catalog, List<String> args) {
    this.loader = loader;
    this.catalog = catalog;
    this.args = args;
  }

  /**
   * Reads {@code --providers} off the front of the arguments (or the environment variable), and loads
   * every provider: built-in ones and the jars' ones.
   *
   * @throws UsageException if a jar does not exist or provides no provider
   */
  static ProviderJars load(List<String> args, Map<String, String> env) {
    List<String> rest = new ArrayList<>(args);
    String jars = env.get(VARIABLE);
    if (!rest.isEmpty() && UsageErrors.optionName(rest.get(0)).equals(CommandTree.PROVIDERS)) {
      String first = rest.remove(0);
      if (first.contains("=")) {
        jars = first.substring(first.indexOf('=') + 1);
      } else if (!rest.isEmpty()) {
        jars = rest.remove(0);
      } else {
        throw new UsageException(CommandTree.PROVIDERS + " needs a value (JAR[,JAR...]); see --help");
      }
    }
    if (jars == null || jars.isBlank()) {
      return new ProviderJars(null, Catalog.installed(), rest);
    }
    List<URL> urls = new ArrayList<>();
    for (String jar : jars.split(",")) {
      Path path = Path.of(jar.strip());
      if (!Files.isRegularFile(path)) {
        throw new UsageException(CommandTree.PROVIDERS + ": no such jar " + path);
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UsageException(CommandTree.PROVIDERS + ": not a usable path " + path);
      }
    }
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ProviderModule.class.getClassLoader());
    List<ProviderModule> modules = ServiceLoader.load(ProviderModule.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
    if (modules.size() == ProviderModule.installed().size()) {
      close(loader);
      throw new UsageException(CommandTree.PROVIDERS + ": " + jars.strip() + " provides no payspec provider"
          + " (no META-INF/services/" + ProviderModule.class.getName() + ")");
    }
    return new ProviderJars(loader, new Catalog(modules), rest);
  }

  /** Every provider, built-in and loaded. */
  Catalog catalog() {
    return catalog;
  }

  /** The arguments without {@code --providers}. */
  List<String> args() {
    return args;
  }

  @Override
  public void close() {
    if (loader != null) {
      close(loader);
    }
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
