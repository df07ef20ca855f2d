package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help pages: the main one, every command's, and an operation's (on the made-up providers Acme and Bodyco). */
class HelpTest {
  @Test
  void mainHelpListsTheCommandsProvidersAndExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertEquals(0, result.exitCode());
    String providers = "Providers: " + ProviderModule.installed().stream().map(module -> module.provider().id())
        .sorted().collect(Collectors.joining(", "));
    for (String expected : List.of("payspec demo", "payspec sandbox [--port N]", "payspec list",
        "payspec <provider> [<version>] <operation> [options]", providers, "ACME_API_KEY", "BODYCO_SECRET",
        "Exit codes: 0 success")) {
      assertTrue(result.out().contains(expected), expected + " in\n" + result.out());
    }
  }

  @Test
  void theMainHelpsExampleRunsAgainstTheSandbox() {
    String help = Cli.run("--help").out();
    int at = help.indexOf("Example:" + System.lineSeparator());
    assertTrue(at >= 0, help);
    String line = help.substring(at).lines().skip(1).findFirst().orElseThrow().strip();
    List<String> words = shellWords(line);
    assertEquals("payspec", words.get(0), line);
    assertTrue(words.contains("--sandbox") && words.size() > 5, "an operation with documented values: " + line);

    Cli.Result result = Cli.run(words.subList(1, words.size()).toArray(String[]::new));

    assertEquals(0, result.exitCode(), line + "\n" + result.both());
  }

  /** Splits a line as a POSIX shell would, for plain words and single-quoted ones. */
  private static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        inWord = true;
      } else if (c == ' ' && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void noArgumentsPrintsTheHelpAsAnError() {
    Cli.Result result = Cli.run();

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("payspec demo"), result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "sandbox", "list", "generate-completion", "acme"})
  void everyCommandAnswersHelp(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertEquals(0, result.exitCode(), result.both());
    assertTrue(result.out().startsWith("Usage: payspec " + command), result.out());
  }

  static List<Endpoints.Case> endpoints() {
    return Endpoints.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void operationHelpListsAnOptionPerRequestField(Endpoints.Case endpoint) {
    List<String> args = new ArrayList<>(endpoint.command());
    args.add("--help");
    Cli.Result result = Cli.run(java.util.Map.of(), args);

    assertEquals(0, result.exitCode(), result.both());
    String help = result.out();
    assertTrue(help.contains(endpoint.operation().method() + " " + endpoint.operation().provider().baseUrl()
        + endpoint.operation().path()), help);
    for (FieldInfo field : endpoint.operation().requestFields()) {
      String option = "--" + field.path().replace('_', '-');
      assertTrue(help.contains("\n  " + option + " "), option + " in\n" + help);
      if (field.required() && !field.path().contains(".")) {
        assertTrue(help.contains("\n  " + option + " ") && sectionOf(help, option).contains("(required"), option);
      }
      if (field.defaultValue() != null) {
        assertTrue(sectionOf(help, option).contains("default " + field.defaultValue()), option);
      }
      for (String value : field.enumValues()) {
        assertTrue(sectionOf(help, option).contains(value), value + " of " + option);
      }
    }
    for (String common : List.of("--base-url URL", "--sandbox", "--timeout SECONDS", "--json", "--help")) {
      assertTrue(help.contains("\n  " + common + "\n"), common);
    }
  }

  @Test
  void theVersionDefaultsToTheNewest() {
    Cli.Result result = Cli.run("acme", "create-invoice", "--help");

    assertTrue(result.out().startsWith("Usage: payspec acme v2 create-invoice"), result.out());
  }

  @Test
  void operationHelpNamesTheCredentialOptionsAndVariables() {
    Cli.Result header = Cli.run("acme", "v2", "create-invoice", "--help");
    Cli.Result body = Cli.run("bodyco", "create-invoice", "--help");

    assertTrue(header.out().contains("--api-key SECRET\n      or the environment variable ACME_API_KEY"), header.out());
    assertTrue(body.out().contains("--login VALUE\n      or the environment variable BODYCO_LOGIN"), body.out());
    assertTrue(body.out().contains("--secret SECRET\n      or the environment variable BODYCO_SECRET"), body.out());
  }

  /** The lines of one option in the help: its synopsis and its indented text. */
  private static String sectionOf(String help, String option) {
    int start = help.indexOf("\n  " + option + " ");
    int end = help.indexOf("\n  --", start + 1);
    return help.substring(start, end < 0 ? help.length() : end);
  }
}
