package io.payspec.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@ExtendWith(SandboxExtension.class)
class SandboxExtensionTest {
  private final Sandbox injectedIntoTheConstructor;

  SandboxExtensionTest(Sandbox sandbox) {
    this.injectedIntoTheConstructor = sandbox;
  }

  @Test
  void injectsOneRunningSandboxPerClass(Sandbox sandbox) {
    assertSame(injectedIntoTheConstructor, sandbox);
    RawHttp.Answer answer = RawHttp.post(sandbox, "/nowhere", Map.of(), "{}");
    assertEquals(404, answer.status());
  }

  @Test
  void sharesItBetweenTestsOfTheClass(Sandbox sandbox) {
    assertSame(injectedIntoTheConstructor, sandbox);
  }

  @Test
  void closesTheSandboxAfterTheClassesLastTest() throws IOException {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Inner.class)).build(), listener);

    TestExecutionSummary summary = listener.getSummary();
    assertEquals(2, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
    assertNotNull(Inner.seen);
    try (Socket probe = new Socket()) {
      assertThrows(ConnectException.class,
          () -> probe.connect(new InetSocketAddress("127.0.0.1", Inner.seen.port()), 2000));
    }
  }

  /** Run by {@link #closesTheSandboxAfterTheClassesLastTest} only (surefire skips nested classes). */
  @ExtendWith(SandboxExtension.class)
  static class Inner {
    static Sandbox seen;

    @Test
    void first(Sandbox sandbox) {
      seen = sandbox;
      assertEquals(404, RawHttp.post(sandbox, "/x", Map.of(), "{}").status());
    }

    @Test
    void second(Sandbox sandbox) {
      assertEquals(404, RawHttp.post(sandbox, "/x", Map.of(), "{}").status());
    }
  }
}
