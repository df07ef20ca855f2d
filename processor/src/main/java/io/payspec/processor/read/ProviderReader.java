package io.payspec.processor.read;

import io.payspec.annotations.BodyAuth;
import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.Provider;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.ProviderModel.AuthModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Reads and checks {@code @Provider} descriptors; each is read once and remembered. */
final class ProviderReader {
  private final Reporter reporter;
  private final Map<String, ProviderModel> read = new HashMap<>();
  private final Map<String, Boolean> broken = new HashMap<>();

  ProviderReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The checked provider, or null when it has errors (reported once, on the provider). */
  ProviderModel read(TypeElement element) {
    String key = element.getQualifiedName().toString();
    if (read.containsKey(key)) {
      return read.get(key);
    }
    if (broken.containsKey(key)) {
      return null;
    }
    int errorsBefore = reporter.errorCount();
    ProviderModel model = check(element);
    if (reporter.errorCount() > errorsBefore || model == null) {
      broken.put(key, true);
      return null;
    }
    read.put(key, model);
    return model;
  }

  private ProviderModel check(TypeElement element) {
    Provider provider = element.getAnnotation(Provider.class);
    var mirror = Mirrors.find(element, Provider.class);
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(element, "provider-not-interface",
          "@Provider must be on an interface, " + element.getSimpleName() + " is a " + kindName(element));
    }
    if (!provider.id().matches("[a-z][a-z0-9-]*")) {
      reporter.error(element, mirror, "bad-provider-id",
          "@Provider id '" + provider.id() + "' must be lower-case letters, digits and '-', starting with a letter");
    }
    if (!SourceVersion.isIdentifier(provider.name()) || !Character.isUpperCase(provider.name().charAt(0))) {
      reporter.error(element, mirror, "bad-provider-name",
          "@Provider name '" + provider.name() + "' must be a Java identifier starting with an upper-case letter"
              + " (it prefixes generated class names)");
    }
    checkBaseUrl(element, mirror, provider.baseUrl());
    if (!SourceVersion.isName(provider.javaPackage())) {
      reporter.error(element, mirror, "bad-java-package",
          "@Provider javaPackage '" + provider.javaPackage() + "' is not a valid Java package name");
    }
    HeaderAuth header = element.getAnnotation(HeaderAuth.class);
    BodyAuth body = element.getAnnotation(BodyAuth.class);
    AuthModel auth = null;
    if (header == null && body == null) {
      reporter.error(element, mirror, "missing-auth",
          "provider " + provider.name() + " must say how it authenticates: add @HeaderAuth or @BodyAuth");
    } else if (header != null && body != null) {
      reporter.error(element, Mirrors.find(element, BodyAuth.class), "conflicting-auth",
          "provider " + provider.name() + " has both @HeaderAuth and @BodyAuth; keep one");
    } else if (header != null) {
      if (header.header().isBlank() || !header.header().matches("[A-Za-z0-9-]+")) {
        reporter.error(element, Mirrors.find(element, HeaderAuth.class), "bad-auth-header",
            "@HeaderAuth header '" + header.header() + "' is not a valid header name");
      }
      auth = new AuthModel(header.header(), header.prefix(), null, null, header.credential());
    } else {
      var bodyMirror = Mirrors.find(element, BodyAuth.class);
      if (body.login().isBlank() || body.secret().isBlank()) {
        reporter.error(element, bodyMirror, "bad-body-auth", "@BodyAuth login and secret field names must not be blank");
      } else if (body.login().equals(body.secret())) {
        reporter.error(element, bodyMirror, "bad-body-auth",
            "@BodyAuth login and secret must be different fields, both are '" + body.login() + "'");
      }
      auth = new AuthModel(null, null, body.login(), body.secret(), null);
    }
    return new ProviderModel(element, provider.id(), provider.name(), provider.baseUrl(), provider.javaPackage(),
        provider.description(), auth);
  }

  private void checkBaseUrl(TypeElement element, javax.lang.model.element.AnnotationMirror mirror, String baseUrl) {
    if (baseUrl.isBlank()) {
      reporter.error(element, mirror, "missing-base-url",
          "@Provider baseUrl is empty: give the documented base URL, e.g. https://api.example.com");
      return;
    }
    try {
      URI uri = new URI(baseUrl);
      boolean http = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!http || uri.getHost() == null || baseUrl.endsWith("/") || uri.getQuery() != null) {
        reporter.error(element, mirror, "bad-base-url",
            "@Provider baseUrl '" + baseUrl + "' must be an absolute http(s) URL without a trailing slash or query");
      }
    } catch (URISyntaxException e) {
      reporter.error(element, mirror, "bad-base-url", "@Provider baseUrl '" + baseUrl + "' is not a URL: " + e.getReason());
    }
  }

  static String kindName(TypeElement element) {
    return element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
