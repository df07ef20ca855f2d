package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.payspec.runtime.meta.Operation;
import io.payspec.sandbox.Documentation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract is only as wide as the examples: every installed operation documents at least one
 * request example and one success response, so none of the derived checks is skipped for it.
 */
class ExampleCoverageTest {
  @Test
  void everyOperationDocumentsARequestAndASuccess() {
    List<String> missing = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      if (Documentation.requests(operation).isEmpty()) {
        missing.add(Installed.name(operation) + ": no request example");
      }
      if (Documentation.firstSuccess(operation) == null) {
        missing.add(Installed.name(operation) + ": no success response example");
      }
    }
    assertFalse(Installed.operations().isEmpty(), "no provider is installed");
    assertEquals(List.of(), missing);
  }
}
