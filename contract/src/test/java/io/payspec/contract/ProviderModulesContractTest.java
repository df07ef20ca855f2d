package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated providers as tools discover them: ServiceLoader, provider metadata, operations. */
class ProviderModulesContractTest {
  @Test
  void everyProviderIsInstalledOnceWithItsOwnOperations() {
    List<ProviderModule> modules = ProviderModule.installed();
    assertFalse(modules.isEmpty(), "ServiceLoader finds the generated providers");
    Set<String> ids = new HashSet<>();
    for (ProviderModule module : modules) {
      assertTrue(ids.add(module.provider().id()), "one module per provider: " + module.provider().id());
      assertFalse(module.operations().isEmpty(), module.provider().id() + " has operations");
      for (Operation<?, ?> operation : module.operations()) {
        assertSame(module.provider(), operation.provider(), operation.displayName());
        assertEquals(module.provider().name() + " " + operation.version() + " " + operation.name(),
            operation.displayName());
        assertTrue(operation.path().startsWith("/"), operation.displayName() + " path " + operation.path());
      }
    }
  }

  @Test
  void operationsAreGroupedByVersionOldestFirstAndUniquePerVersion() {
    for (ProviderModule module : ProviderModule.installed()) {
      List<String> versions = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Operation<?, ?> operation : module.operations()) {
        if (versions.isEmpty() || !versions.get(versions.size() - 1).equals(operation.version())) {
          assertFalse(versions.contains(operation.version()), module.provider().id() + ": " + operation.version()
              + " appears in two places of " + module.operations());
          versions.add(operation.version());
        }
        assertTrue(names.add(operation.version() + " " + operation.name()), "twice: " + operation.displayName());
      }
      assertEquals(versions.stream().sorted(ProviderModulesContractTest::byNumber).toList(), versions,
          module.provider().id() + " versions oldest first");
    }
  }

  @Test
  void requestFieldsHaveUniqueWirePathsAndKnownEnumValues() {
    for (Operation<?, ?> operation : Installed.operations()) {
      Set<String> paths = new HashSet<>();
      for (FieldInfo field : operation.requestFields()) {
        assertTrue(paths.add(field.path()), operation.displayName() + ": " + field.path() + " twice");
        assertEquals(field.kind() == io.payspec.runtime.meta.FieldKind.ENUM, !field.enumValues().isEmpty(),
            operation.displayName() + " " + field.path() + ": enum values exactly for enums");
      }
    }
  }

  private static int byNumber(String a, String b) {
    return Integer.compare(number(a), number(b));
  }

  private static int number(String version) {
    String digits = version.replaceAll("\\D", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }
}
