package io.payspec.sandbox;

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
 */
public final class SandboxExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

  /** Created by JUnit. */
  public SandboxExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    ExtensionContext classContext = extensionContext;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, type -> new Running(Sandbox.start()), Running.class)
        .sandbox;
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
