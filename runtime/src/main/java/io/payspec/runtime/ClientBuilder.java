package io.payspec.runtime;

import io.payspec.runtime.error.ConfigurationException;
import io.payspec.runtime.http.HttpTransport;
import io.payspec.runtime.meta.ProviderInfo;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Settings every generated client builder shares: base URL, timeouts, executor, transport, response
 * size limit, retry policy and credentials. Generated builders add typed credential setters
 * ({@code apiKey(...)}, {@code authLogin(...)}) and {@code build()}.
 *
 * @param <B> the concrete builder, so that chained calls keep their type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time for a whole exchange. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Default limit of a response body: 4 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;

  final ProviderInfo provider;
  URI baseUrl;
  Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
  Executor executor;
  HttpTransport transport;
  long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  final Map<String, Secret> credentials = new LinkedHashMap<>();

  protected ClientBuilder(ProviderInfo provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.baseUrl = BaseUrls.check(URI.create(provider.baseUrl()));
  }

  /** This builder, typed. */
  protected abstract B self();

  /**
   * Overrides the documented base URL (a sandbox, a test server). It must be {@code https}, unless
   * its host is a loopback address ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}).
   */
  public B baseUrl(String baseUrl) {
    return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
  }

  /** See {@link #baseUrl(String)}. */
  public B baseUrl(URI baseUrl) {
    this.baseUrl = BaseUrls.check(baseUrl);
    return self();
  }

  /** Time to establish a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  /** Time for a whole exchange, from sending to the last byte; default {@link #DEFAULT_REQUEST_TIMEOUT}. */
  public B requestTimeout(Duration requestTimeout) {
    this.requestTimeout = positive(requestTimeout, "requestTimeout");
    return self();
  }

  /** Executor for asynchronous calls and the HTTP client; default: the HTTP client's own. */
  public B executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /** Another HTTP stack; default {@link io.payspec.runtime.http.JdkHttpTransport}. */
  public B transport(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return self();
  }

  /** Larger response bodies are refused, not buffered; default {@link #DEFAULT_MAX_RESPONSE_BYTES}. */
  public B maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /** Retries of failures before the request was sent; default {@link RetryPolicy#DEFAULT}. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Sets a credential by its wire-style name ({@code api_key}, {@code auth_login}, {@code auth_secret});
   * generated builders offer typed setters for the same.
   */
  public B credential(String name, String value) {
    if (!provider.credentials().contains(name)) {
      throw new ConfigurationException(provider.name() + " has no credential '" + name
          + "'; it takes " + provider.credentials());
    }
    Secret secret = Secret.of(name, value);
    boolean inBody = provider.auth().kind() == io.payspec.runtime.meta.AuthInfo.Kind.BODY
        && provider.auth().credentialNames().contains(name);
    if (!inBody && !fitsInHeader(value)) {
      throw new ConfigurationException(name + " holds characters that cannot be sent"
          + " (control characters or a line break, e.g. a trailing newline)");
    }
    credentials.put(name, secret);
    return self();
  }

  /**
   * Checks that the provider's own credentials are set and creates the shared core of a client. A
   * credential only some operations need ({@code security_key}, a signature's {@code salt}) may be
   * left out; calling such an operation then fails with a
   * {@link io.payspec.runtime.error.MissingCredentialException} naming it, and nothing is sent.
   */
  protected ClientCore buildCore() {
    for (String name : provider.auth().credentialNames()) {
      if (!credentials.containsKey(name)) {
        throw new ConfigurationException(provider.name() + " client: credential " + name + " is not set");
      }
    }
    return new ClientCore(this);
  }

  private static boolean fitsInHeader(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
