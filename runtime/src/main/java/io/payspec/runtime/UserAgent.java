package io.payspec.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} every client sends: {@code payspec/<version> (Java <java.version>)}. */
final class UserAgent {
  /** The header value, built once. */
  static final String VALUE =
      "payspec/" + runtimeVersion() + " (Java " + System.getProperty("java.version") + ")";

  private UserAgent() {}

  /** The runtime's version, from the file Maven filters at build time. */
  static String runtimeVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("payspec-runtime.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      return version.isBlank() || version.contains("${") ? "unknown" : version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read payspec-runtime.properties", e);
    }
  }
}
