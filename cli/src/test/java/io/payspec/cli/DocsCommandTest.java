package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code payspec docs} reaches the payspec-docs commands with their own exit codes. */
class DocsCommandTest {
  @Test
  void docsHelpListsCheckAndScaffold() {
    Cli.Result result = Cli.run("docs", "--help");
    assertEquals(0, result.exitCode(), result.both());
    assertTrue(result.out().contains("check") && result.out().contains("scaffold"), result.both());
  }

  @Test
  void aMissingPageIsBadUsage() {
    Cli.Result result = Cli.run("docs", "check", "no-such-page.md");
    assertEquals(2, result.exitCode(), result.both());
    assertTrue(result.err().contains("no-such-page.md"), result.both());
  }

  @Test
  void theRootHelpNamesDocs() {
    Cli.Result result = Cli.run("generate-completion");
    assertEquals(0, result.exitCode(), result.both());
    assertTrue(result.out().contains("docs"), "completion script knows the docs command");
  }
}
