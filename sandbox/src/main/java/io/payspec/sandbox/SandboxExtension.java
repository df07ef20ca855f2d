package io.payspec.sandbox;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives a test class one {@link Sandbox}, injected into constructors, test
 * methods and lifecycle methods that declare a {@code Sandbox} parameter:
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class CheckoutTest {
 *   @Test
 *   void paysAnInvoice(Sandbox sandbox) { ... sandbox.baseUrl() ... }
 * }
 * }</pre>
 *
 * <p>The sandbox starts on a free port when first asked for, is shared by every test of the class
 * (a {@code @Nested} class gets its own), and is closed after the class's last test. Requires
 * {@code junit-jupiter-api} on the test class path (an optional dependency of this module).
 *
 * <p>A test annotated with {@link SandboxFailure} gets that failure for its calls, one annotated with
 * {@link SandboxNotificationFailure} gets its notifications mis-delivered so; injected failures are
 * cleared after every test, so that each test starts with a sandbox that serves. A test pays, expires
 * and completes payoffs with the injected {@code Sandbox} ({@link Sandbox#pay(String, String)},
 * {@link Sandbox#expire}, {@link Sandbox#completePayoff}); to receive the notifications on a handler of
 * its own, it names the handler with {@link Sandbox#notificationUrl(String)} (reset after each test) or
 * gives the resource a notification URL ({@code postback_url}, {@code callback_url}) when it creates it.
 */
public final class SandboxExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

  /** Created by JUnit. */
  public SandboxExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getTestMethod().map(method -> method.getAnnotation(SandboxFailure.class)).ifPresent(annotation -> {
      Sandbox sandbox = sandbox(context);
      Failure failure = failure(annotation);
      if (annotation.once()) {
        sandbox.failNext(failure);
      } else {
        sandbox.failAlways(failure);
      }
    });
    context.getTestMethod().map(method -> method.getAnnotation(SandboxNotificationFailure.class))
        .ifPresent(annotation -> {
          Sandbox sandbox = sandbox(context);
          NotificationFailure failure = switch (annotation.kind()) {
            case TWICE -> NotificationFailure.twice();
            case LATE -> NotificationFailure.late(java.time.Duration.ofSeconds(annotation.ageSeconds()));
            case HELD -> NotificationFailure.held();
          };
          if (annotation.once()) {
            sandbox.failNextNotification(failure);
          } else {
            sandbox.failNotificationsAlways(failure);
          }
        });
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Running running = classContext(context).getStore(NAMESPACE).get(Running.class, Running.class);
    if (running != null) {
      running.sandbox.clearFailures();
      running.sandbox.notificationUrl(null);
    }
  }

  private static Failure failure(SandboxFailure annotation) {
    return switch (annotation.kind()) {
      case TIMEOUT -> Failure.timeout(java.time.Duration.ofSeconds(annotation.holdSeconds()));
      case RATE_LIMITED -> Failure.rateLimited(java.time.Duration.ofSeconds(annotation.retryAfterSeconds()));
      case SERVER_ERROR -> Failure.serverError(annotation.status() == 0 ? 503 : annotation.status());
      case HTML_PAGE -> Failure.htmlPage(annotation.status() == 0 ? 502 : annotation.status());
      case REJECTED -> Failure.rejected(annotation.message());
    };
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return sandbox(extensionContext);
  }

  private static Sandbox sandbox(ExtensionContext context) {
    return classContext(context).getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, type -> new Running(Sandbox.start()), Running.class)
        .sandbox;
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext;
  }

  /** A sandbox JUnit closes with the class's context. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    private final Sandbox sandbox;

    Running(Sandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public void close() {
      sandbox.close();
    }
  }
}
