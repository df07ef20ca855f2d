package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.FieldInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @Test
  void mainHelpListsTheCommandsProvidersAndExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertEquals(0, result.exitCode());
    for (String expected : List.of("payspec demo", "payspec sandbox [--port N]", "payspec list",
        "payspec <provider> [<version>] <operation> [options]", "Providers: cryptocloud, crystalpay, nordpay",
        "CRYPTOCLOUD_API_KEY", "CRYSTALPAY_AUTH_SECRET", "Exit codes: 0 success")) {
      assertTrue(result.out().contains(expected), expected + " in\n" + result.out());
    }
  }

  @Test
  void noArgumentsPrintsTheHelpAsAnError() {
    Cli.Result result = Cli.run();

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("payspec demo"), result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "sandbox", "list", "generate-completion", "cryptocloud"})
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
    Cli.Result result = Cli.run("cryptocloud", "create-invoice", "--help");

    assertTrue(result.out().startsWith("Usage: payspec cryptocloud v2 create-invoice"), result.out());
  }

  @Test
  void operationHelpNamesTheCredentialOptionsAndVariables() {
    Cli.Result cryptoCloud = Cli.run("cryptocloud", "v2", "create-invoice", "--help");
    Cli.Result crystalPay = Cli.run("crystalpay", "create-invoice", "--help");

    assertTrue(cryptoCloud.out().contains("--api-key SECRET\n      or the environment variable CRYPTOCLOUD_API_KEY"),
        cryptoCloud.out());
    assertTrue(crystalPay.out().contains("--auth-login VALUE\n      or the environment variable CRYSTALPAY_AUTH_LOGIN"),
        crystalPay.out());
    assertTrue(crystalPay.out().contains("--auth-secret SECRET\n      or the environment variable CRYSTALPAY_AUTH_SECRET"),
        crystalPay.out());
  }

  /** The lines of one option in the help: its synopsis and its indented text. */
  private static String sectionOf(String help, String option) {
    int start = help.indexOf("\n  " + option + " ");
    int end = help.indexOf("\n  --", start + 1);
    return help.substring(start, end < 0 ? help.length() : end);
  }
}
