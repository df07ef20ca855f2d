package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code payspec list}: one row per installed operation, with its method and documented URL, derived. */
class ListCommandTest {
  @Test
  void listsEveryOperationWithItsDocumentedUrl() {
    Cli.Result result = Cli.run("list");

    assertEquals(0, result.exitCode(), result.both());
    List<String> lines = result.out().lines().toList();
    assertTrue(lines.get(0).matches("PROVIDER +VERSION +OPERATION +METHOD +URL +DESCRIPTION"), lines.get(0));
    int operations = 0;
    for (ProviderModule module : ProviderModule.installed()) {
      for (Operation<?, ?> operation : module.operations()) {
        operations++;
        Pattern row = Pattern.compile(Pattern.quote(operation.provider().id()) + " +" + Pattern.quote(operation.version())
            + " +" + Pattern.quote(Catalog.kebab(operation.name())) + " +" + operation.method().name() + " +"
            + Pattern.quote(operation.provider().baseUrl() + operation.path()) + "( .*)?");
        assertTrue(lines.stream().anyMatch(line -> row.matcher(line).matches()), row + " in\n" + result.out());
      }
      String auth = Catalog.authSummary(module.provider());
      assertTrue(result.out().contains(auth), auth + " in\n" + result.out());
    }
    assertTrue(operations > 0);
  }
}
