package io.payspec.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded stand-in for the documented endpoints of every provider on the class path
 * ({@link ProviderModule#installed()}), all at once, on {@code 127.0.0.1}. Every operation is served at
 * its documented method and exact path below {@link #baseUrl()}; it checks the credentials as the
 * provider documents them, reads the body into the generated request type without validation, runs the
 * generated validator, and answers in the provider's documented error shape or with a fresh success
 * body derived from the operation's documented success example, with state: what a {@code create}
 * operation made is found, listed and cancelled by the operations of the same resource (see {@link Answers}).
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   CryptoCloudClient client = CryptoCloudClient.builder()
 *       .apiKey(sandbox.credentials("cryptocloud").get("api_key"))
 *       .baseUrl(sandbox.baseUrl())
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Any well-formed credential is accepted, {@link #REFUSED_CREDENTIAL} is refused. Failures can be
 * injected ({@link #failNext}, {@link #failAlways}, {@link Failure}); the request log keeps headers
 * and bodies with credentials masked, bounded ({@link RequestLog}).
 *
 * <p>It pays like the provider: {@link #pay(String, String)} (in full), {@link #pay(String, String,
 * BigDecimal)} (in part), {@link #expire}, {@link #completePayoff} change the resource's documented status
 * and deliver the provider's signed notification to the shop; notifications can be delivered twice,
 * late or held ({@link NotificationFailure}). The control endpoints under {@code /_payspec/} do the same
 * from outside ({@code ./payspec sandbox}, any language; see the README's sandbox section).
 *
 * <p>Thread-safe. Unknown paths get 404 {@code {"detail": "Not Found"}}, other methods 405.
 */
public final class Sandbox implements AutoCloseable {
  /**
   * The one credential the sandbox refuses, as an API key, a login or a secret; every other
   * well-formed value is accepted. Use it to test your authentication-failure path.
   */
  public static final String REFUSED_CREDENTIAL = SandboxCredentials.REFUSED;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Map<String, String>> credentials;
  private final List<Operation<?, ?>> operations;
  private final RequestLog log;
  private final Failures failures;
  private final Payments payments;
  private final Courier courier;
  private boolean closed;

  private Sandbox(HttpServer server, ExecutorService executor, Map<String, Map<String, String>> credentials,
      List<Operation<?, ?>> operations, RequestLog log, Failures failures, Payments payments, Courier courier) {
    this.server = server;
    this.executor = executor;
    this.credentials = credentials;
    this.operations = operations;
    this.log = log;
    this.failures = failures;
    this.payments = payments;
    this.courier = courier;
  }

  /**
   * Pays an invoice this sandbox created, in full, as the provider would: look-ups then report it with the
   * documented paid status, and the provider's notification (built from its documented body with the
   * invoice's values, signed with {@link #notificationSecret}) is POSTed to {@link Builder#notificationUrl}
   * when set, else to the invoice's own notification URL ({@code postback_url}, {@code callback_url}). It is
   * sent again while the shop's answer does not acknowledge it, as the provider documents
   * ({@link io.payspec.runtime.meta.NotificationInfo#delivery()}: CrystalPay tries 10 times and takes 200 or 429;
   * a provider that documents no retries is tried once), without waiting the documented delays between tries.
   *
   * @param providerId e.g. {@code cryptocloud}
   * @param invoiceId the id the create call answered with
   * @return what was delivered and how the shop answered
   * @throws IllegalArgumentException if the sandbox created no such invoice
   * @throws IllegalStateException if there is no URL to deliver to
   */
  public Delivery pay(String providerId, String invoiceId) {
    return payments.pay(Objects.requireNonNull(providerId, "providerId"), Objects.requireNonNull(invoiceId, "invoiceId"),
        null);
  }

  /**
   * Pays {@code amount} (in the invoice's currency) towards an invoice this sandbox created, on top of
   * what was paid before, as {@link #pay(String, String)} does. Below the invoice's amount, the invoice
   * takes the provider's documented partly-paid status ({@code partial}, {@code partially_paid},
   * {@code wrongamount}); at it, the paid status; above it, the over-paid status where one is documented.
   * The look-ups and the notification show the amount paid so far and what remains, in the members the
   * provider documents for them ({@code received_amount}, {@code amount_paid}, {@code remaining_amount}).
   *
   * @param providerId e.g. {@code nordpay}
   * @param invoiceId the id the create call answered with
   * @param amount a positive amount
   * @return what was delivered and how the shop answered
   * @throws IllegalArgumentException if the sandbox created no such invoice, the amount is not positive,
   *     or the provider documents no partly-paid status and the amount is short
   * @throws IllegalStateException if there is no URL to deliver to
   */
  public Delivery pay(String providerId, String invoiceId, BigDecimal amount) {
    return payments.pay(Objects.requireNonNull(providerId, "providerId"), Objects.requireNonNull(invoiceId, "invoiceId"),
        Objects.requireNonNull(amount, "amount"));
  }

  /**
   * Lets an invoice this sandbox created expire: look-ups report the documented expired status (or the
   * cancelled one, for a provider that cancels invoices when they expire), and the notification the
   * provider documents for an expired invoice (NordPay's {@code invoice_expired} postback) is delivered.
   *
   * @param providerId e.g. {@code nordpay}
   * @param invoiceId the id the create call answered with
   * @return what was delivered, or empty when the provider documents no notification for an expiry
   * @throws IllegalArgumentException if the sandbox created no such invoice or the provider documents no
   *     expired or cancelled status
   * @throws IllegalStateException if there is a notification but no URL to deliver it to
   */
  public Optional<Delivery> expire(String providerId, String invoiceId) {
    return payments.expire(Objects.requireNonNull(providerId, "providerId"), Objects.requireNonNull(invoiceId, "invoiceId"));
  }

  /**
   * Completes a payoff (withdrawal) this sandbox created, for providers that document a notification about
   * payoffs (CrystalPay's payoff callback): look-ups report the documented paid-out status and the
   * notification is delivered as {@link #pay(String, String)} delivers one.
   *
   * @param providerId e.g. {@code crystalpay}
   * @param payoffId the id the create call answered with
   * @return what was delivered and how the shop answered
   * @throws IllegalArgumentException if the provider documents no such notification or the sandbox
   *     created no such payoff
   * @throws IllegalStateException if there is no URL to deliver to
   */
  public Delivery completePayoff(String providerId, String payoffId) {
    return payments.completePayoff(Objects.requireNonNull(providerId, "providerId"),
        Objects.requireNonNull(payoffId, "payoffId"));
  }

  /**
   * Sends notifications to this URL from now on (a test's own handler), whatever URL the resource names;
   * {@code null} goes back to the {@link Builder#notificationUrl builder's} setting. The JUnit extension
   * resets it after every test.
   *
   * @param url an http(s) URL of the shop's handler, or null
   * @return this sandbox
   * @throws IllegalArgumentException if the URL is not http(s)
   */
  public Sandbox notificationUrl(String url) {
    if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("the notification URL must start with http:// or https://");
    }
    payments.notificationUrl(url);
    return this;
  }

  /**
   * Delivers every notification held by {@link NotificationFailure#held()}, oldest first, signed as they
   * were when held: with the sandbox's {@link Builder#clock clock} moved on, they arrive late.
   *
   * @return what was delivered, oldest first
   */
  public List<Delivery> deliverHeld() {
    return courier.deliverHeld();
  }

  /** The last {@value Courier#MAX_LOG} notifications delivered or held, oldest first. */
  public List<Delivery> deliveries() {
    return courier.deliveries();
  }

  /**
   * The secret the sandbox signs a provider's notifications with (CryptoCloud's secret key, NordPay's
   * postback secret, CrystalPay's salt): give it to your verifier in tests.
   *
   * @param providerId e.g. {@code cryptocloud}
   * @param credential the notification's credential name, e.g. {@code secret_key}
   * @return the sandbox-only secret
   */
  public String notificationSecret(String providerId, String credential) {
    return Courier.secret(providerId, credential);
  }

  /**
   * One notification the sandbox delivered or held.
   *
   * @param notification e.g. "CryptoCloud v2 postback"
   * @param url where it was (or will be) POSTed
   * @param status the shop's last answer, 0 when none came or it is held
   * @param attempts how many times it was sent, 0 when held
   * @param acknowledged whether the shop's last answer acknowledged it, as the provider documents
   *     ({@link io.payspec.runtime.meta.DeliveryInfo#acknowledges})
   * @param body the signed body as sent
   * @param held whether it waits for {@link #deliverHeld()}
   */
  public record Delivery(String notification, String url, int status, int attempts, boolean acknowledged, byte[] body,
      boolean held) {}

  /** Starts a sandbox on a free port with the default credentials. */
  public static Sandbox start() {
    return builder().start();
  }

  /** Starts a sandbox on a port (0: a free one) with the default credentials. */
  public static Sandbox start(int port) {
    return builder().port(port).start();
  }

  /** A builder, for other credentials, success bodies, providers or clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash: the base URL to give a client. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The port the sandbox listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The credentials the sandbox accepts for a provider, by credential name ({@code api_key}, or
   * {@code auth_login} and {@code auth_secret}), in the provider's order.
   *
   * @throws IllegalArgumentException if the sandbox serves no provider with this id
   */
  public Map<String, String> credentials(String providerId) {
    Map<String, String> accepted = credentials.get(providerId);
    if (accepted == null) {
      throw new IllegalArgumentException("the sandbox serves no provider '" + providerId + "'; it serves "
          + credentials.keySet());
    }
    return accepted;
  }

  /** Every served operation, provider by provider, oldest version first. */
  public List<Operation<?, ?>> operations() {
    return operations;
  }

  /** The requests received so far. */
  public RequestLog requests() {
    return log;
  }

  /** The next call to any served operation fails so (calls queue up, in order). */
  public Sandbox failNext(Failure failure) {
    failures.failNext(Objects.requireNonNull(failure, "failure"));
    return this;
  }

  /** Every call to a served operation fails so, after the queued ones, until {@link #clearFailures()}. */
  public Sandbox failAlways(Failure failure) {
    failures.failAlways(Objects.requireNonNull(failure, "failure"));
    return this;
  }

  /** The next notification is mis-delivered so (notification failures queue up, in order). */
  public Sandbox failNextNotification(NotificationFailure failure) {
    failures.failNextNotification(Objects.requireNonNull(failure, "failure"));
    return this;
  }

  /** Every notification is mis-delivered so, after the queued ones, until {@link #clearFailures()}. */
  public Sandbox failNotificationsAlways(NotificationFailure failure) {
    failures.failNotificationsAlways(Objects.requireNonNull(failure, "failure"));
    return this;
  }

  /** Serves calls and delivers notifications normally again (held notifications stay held). */
  public Sandbox clearFailures() {
    failures.clear();
    return this;
  }

  /**
   * Stops listening at once and frees the port before it returns, also on an interrupted thread (whose
   * interrupt status is kept); calling it again does nothing.
   */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      // HttpServer.stop waits for its dispatcher thread, which frees the port, unless the caller is
      // interrupted: clear the status for the wait and restore it after.
      boolean interrupted = Thread.interrupted();
      try {
        failures.close();
        server.stop(0);
        executor.shutdownNow();
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Sandbox[" + baseUrl() + "]";
  }

  /** Configures and starts a {@link Sandbox}. */
  public static final class Builder {
    private int port;
    private final Map<String, Map<String, String>> credentials = new LinkedHashMap<>();
    private final List<SuccessBody> successBodies = new ArrayList<>();
    private List<ProviderModule> modules;
    private String notificationUrl;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Accepts another credential value, e.g. {@code credential("cryptocloud", "api_key", "k")}. */
    public Builder credential(String providerId, String name, String value) {
      Objects.requireNonNull(value, "value");
      credentials.computeIfAbsent(Objects.requireNonNull(providerId, "providerId"), id -> new LinkedHashMap<>())
          .put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Answers an operation's successes with this body instead of the built-in one or the echo. */
    public Builder successBody(SuccessBody successBody) {
      successBodies.add(Objects.requireNonNull(successBody, "successBody"));
      return this;
    }

    /**
     * Where {@link Sandbox#pay} sends notifications (a shop's test handler), whatever URL the invoice names;
     * without it, the invoice's own {@code postback_url} or {@code callback_url}.
     *
     * @param url an http(s) URL of the shop's handler
     * @return this builder
     */
    public Builder notificationUrl(String url) {
      this.notificationUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /** Serves these providers instead of every installed one. */
    public Builder modules(List<ProviderModule> modules) {
      this.modules = List.copyOf(modules);
      return this;
    }

    /**
     * The clock of timestamps in success bodies and of notification signatures; default the system clock
     * in UTC. A clock a test moves on makes {@link Sandbox#deliverHeld held} notifications late.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts listening on {@code 127.0.0.1}.
     *
     * @throws IllegalArgumentException if a credential names an unknown provider or credential
     * @throws IllegalStateException if two operations share a method and path
     * @throws UncheckedIOException if the port cannot be bound
     */
    public Sandbox start() {
      List<ProviderModule> served = modules == null ? ProviderModule.installed() : modules;
      ObjectMapper mapper = Json.mapper();
      BodyReader reader = new BodyReader(mapper);
      Fresh fresh = new Fresh(clock, new SecureRandom());
      Answers answers = new Answers(mapper, served.stream().flatMap(module -> module.operations().stream()).toList(),
          successBodies, fresh);
      Map<String, Map<String, String>> accepted = new LinkedHashMap<>();
      List<Operation<?, ?>> operations = new ArrayList<>();
      List<Endpoint> endpoints = new ArrayList<>();
      for (ProviderModule module : served) {
        ProviderInfo provider = module.provider();
        Set<String> names = new LinkedHashSet<>(provider.auth().credentialNames());
        module.operations().forEach(operation -> names.addAll(operation.credentials()));
        Map<String, String> providerCredentials = Collections.unmodifiableMap(
            SandboxCredentials.accepted(provider, names, credentials.getOrDefault(provider.id(), Map.of())));
        accepted.put(provider.id(), providerCredentials);
        for (Operation<?, ?> operation : module.operations()) {
          operations.add(operation);
          endpoints.add(new Endpoint(operation, new Authenticator(operation.auth(), providerCredentials),
              providerCredentials, reader, answers));
        }
      }
      for (String providerId : credentials.keySet()) {
        if (!accepted.containsKey(providerId)) {
          throw new IllegalArgumentException("no provider '" + providerId + "' to set credentials of; installed: "
              + accepted.keySet());
        }
      }
      Routes routes = new Routes(endpoints);
      RequestLog log = new RequestLog();
      HttpServer server;
      try {
        server = HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("the sandbox cannot listen on 127.0.0.1:" + port, e);
      }
      ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "payspec-sandbox-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      server.setExecutor(executor);
      Failures failures = new Failures();
      Courier courier = new Courier(clock, failures);
      Payments payments = new Payments(served, answers, notificationUrl, mapper, courier);
      server.createContext("/", new SandboxHandler(routes, log, mapper,
          new Control(failures, payments, courier, mapper), failures));
      server.start();
      return new Sandbox(server, executor, Collections.unmodifiableMap(accepted), List.copyOf(operations), log,
          failures, payments, courier);
    }
  }
}
