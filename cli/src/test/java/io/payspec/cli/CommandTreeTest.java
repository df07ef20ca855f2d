package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.ProviderModule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The picocli tree parses exactly the options the help pages list (every installed operation), and
 * completes every command; completion values are checked on the made-up providers Acme and Bodyco.
 */
class CommandTreeTest {
  private static final Pattern OPTION_LINE = Pattern.compile("(?m)^  (--[a-z0-9.-]+)( |$)");

  /** Every installed operation's command words, from the metadata. */
  static List<List<String>> commands() {
    return Endpoints.installed().stream().map(Endpoints::command).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anOperationsHelpListsExactlyTheOptionsItsParserTakes(List<String> words) {
    List<String> args = new ArrayList<>(words);
    args.add("--help");
    Cli.Result help = Cli.run(Map.of(), args);

    CommandLine command = new CommandTree(Catalog.installed()).root();
    for (String word : words) {
      command = command.getSubcommands().get(word);
    }
    List<String> parsed = command.getCommandSpec().options().stream().map(CommandLine.Model.OptionSpec::longestName).toList();
    assertEquals(parsed, listed(help.out()));
  }

  @Test
  void completionCoversEveryCommandOptionAndDocumentedValue() {
    Cli.Result result = Cli.run("generate-completion");

    assertEquals(0, result.exitCode(), result.both());
    assertTrue(result.out().startsWith("#!/usr/bin/env bash"), result.out());
    List<String> expected = new ArrayList<>(List.of("demo", "sandbox", "list", "create-invoice", "--shop-id",
        "--options.time-to-pay.hours", "--secret", "--port", "USDT_TRC20", "topup"));
    ProviderModule.installed().forEach(module -> expected.add(module.provider().id()));
    for (String word : expected) {
      assertTrue(result.out().contains(word), word);
    }
  }

  @Test
  void bashCompletesEachOptionToItsOwnDocumentedValues(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("payspec.bash");
    Files.writeString(script, Cli.run("generate-completion").out());

    assertEquals("month week day", complete(script, "payspec acme v2 create-invoice --options.period "));
    assertEquals("EUR", complete(script, "payspec acme create-invoice --currency E"));
    assertEquals("--currency", complete(script, "payspec acme v2 create-invoice --curr"));
    assertEquals("purchase topup", complete(script, "payspec bodyco v1 create-invoice --type "));
  }

  /** What bash offers for the line, as its completion function leaves COMPREPLY. */
  private static String complete(Path script, String line) throws Exception {
    String bash = "source \"$1\"; COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< \"$2\";"
        + " [[ \"$2\" == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
        + " _complete_payspec payspec \"${COMP_WORDS[COMP_CWORD]}\" 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    Process process = new ProcessBuilder("bash", "-c", bash, "bash", script.toString(), line)
        .redirectErrorStream(true).start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  /** A command of another module, as payspec-docs contributes {@code docs}. */
  @Command(name = "hello", description = "Says hello.")
  static final class Hello implements Callable<Integer> {
    @Option(names = "--name", required = true, description = "whom to greet")
    String name;

    @Option(names = "--help", usageHelp = true, description = "show this help")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println("hello " + name);
      return 7;
    }
  }

  @Test
  void runsACommandContributedByAnotherModule() {
    CommandTree tree = new CommandTree(Catalog.installed(), List.of(new Hello()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    Io io = new Io(print, print, Map.of());

    assertEquals(7, tree.run(List.of("hello", "--name", "docs"), io));
    assertEquals(0, tree.run(List.of("hello", "--help"), io));
    assertEquals(0, tree.run(List.of("--help"), io));
    UsageException missing = assertThrows(UsageException.class, () -> tree.run(List.of("hello"), io));
    UsageException unknown = assertThrows(UsageException.class, () -> tree.run(List.of("hullo"), io));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("hello docs" + System.lineSeparator()), printed);
    assertTrue(printed.contains("Says hello."), printed);
    assertTrue(printed.lines().anyMatch(line -> line.matches("  payspec hello +Says hello\\.")), printed);
    assertEquals("missing required option --name; see --help", missing.getMessage());
    assertTrue(unknown.getMessage().contains("commands: demo, sandbox, list, generate-completion, hello; providers: "),
        unknown.getMessage());
  }

  private static List<String> listed(String help) {
    List<String> options = new ArrayList<>();
    Matcher matcher = OPTION_LINE.matcher(help);
    while (matcher.find()) {
      options.add(matcher.group(1));
    }
    return options;
  }
}
