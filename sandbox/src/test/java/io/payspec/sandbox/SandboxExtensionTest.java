package io.payspec.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
}
