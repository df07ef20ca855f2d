package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every {@code payspec} command as a picocli command tree, built at run time from the installed
 * providers' operation metadata: {@code demo}, {@code sandbox}, {@code list},
 * {@code generate-completion}, and {@code <provider> [<version>] <operation>} with one option per
 * request field, credential and common option. Each node's user object is the {@link Command} that
 * runs it; picocli parses and completes, payspec's own help pages print.
 */
final class CommandTree {
  /** The root option that loads providers from jars; {@link ProviderJars} reads it before the tree is built. */
  static final String PROVIDERS = "--providers";

  private final Catalog catalog;
  private final CommandLine root;
  private final Map<CommandSpec, Function<String, String>> unknownWord = new HashMap<>();

  CommandTree(Catalog catalog) {
    this.catalog = catalog;
    this.root = configure(new CommandLine(node("payspec", new RootCommand(catalog, true), List.of(
        OptionSpec.value(PROVIDERS, "JAR[,JAR...]", "load more providers from these jars (or set "
            + ProviderJars.VARIABLE + ")"),
        help()))));
    unknownWord.put(root.getCommandSpec(), word -> "unknown command or provider '" + word
        + "'; commands: demo, sandbox, list, generate-completion; providers: "
        + String.join(", ", catalog.modules().stream().map(m -> m.provider().id()).toList()) + "; see --help");
    add(root, "demo", new DemoCommand(), List.of(help()));
    add(root, "sandbox", new SandboxCommand(catalog.modules()), SandboxCommand.specs());
    add(root, "list", new ListCommand(catalog), List.of(help()));
    add(root, "generate-completion", new CompletionCommand(this), List.of(help()));
    CommandLine help = add(root, "help", new RootCommand(catalog, false), List.of());
    help.getCommandSpec().usageMessage().hidden(true);
    // Subcommands from other modules are added here, as picocli commands (annotated classes whose
    // Callable<Integer> or Runnable runs them): the payspec-docs module's `payspec docs check|scaffold`.
    for (Object command : extraCommands()) {
      root.addSubcommand(command);
    }
    for (ProviderModule module : catalog.modules()) {
      addProvider(module);
    }
  }

  /** The picocli commands other modules contribute: {@code docs} (payspec-docs). */
  private static List<Object> extraCommands() {
    return List.of(io.payspec.docs.cli.DocsCommand.commandLine());
  }

  /** The root command line. */
  CommandLine root() {
    return root;
  }

  /** payspec's parser settings: no {@code @file} expansion, negative numbers and dashes as option values. */
  static CommandLine configure(CommandLine line) {
    return line.setExpandAtFiles(false)
        .setUnmatchedOptionsAllowedAsOptionParameters(true)
        .setOverwrittenOptionsAllowed(false)
        .setCaseInsensitiveEnumValuesAllowed(false);
  }

  /** What to say about an unexpected word after this command. */
  Function<CommandSpec, Function<String, String>> unknownWords() {
    return unknownWord::get;
  }

  private void addProvider(ProviderModule module) {
    String id = module.provider().id();
    List<String> versions = Catalog.versions(module);
    List<String> operations = Catalog.operationNames(module);
    String choices = "; versions: " + String.join(", ", versions) + "; operations: " + String.join(", ", operations);
    CommandLine providerLine = add(root, id, new ProviderCommand(module), List.of(help()));
    unknownWord.put(providerLine.getCommandSpec(), word -> id + " has no version or operation '" + word + "'" + choices);
    for (String version : versions) {
      CommandLine versionLine = add(providerLine, version, new ProviderCommand(module), List.of(help()));
      unknownWord.put(versionLine.getCommandSpec(),
          word -> id + " " + version + " has no operation '" + word + "'" + choices);
      for (Operation<?, ?> operation : module.operations()) {
        if (operation.version().equals(version)) {
          addOperation(versionLine, module, operation);
        }
      }
    }
    for (String name : operations) {
      Catalog.operation(module, null, name).ifPresent(newest -> addOperation(providerLine, module, newest));
    }
  }

  private void addOperation(CommandLine parent, ProviderModule module, Operation<?, ?> operation) {
    String invocation = "payspec " + module.provider().id() + " " + operation.version() + " " + Catalog.kebab(operation.name());
    OperationCommand command = new OperationCommand(operation, invocation, catalog.modules());
    add(parent, Catalog.kebab(operation.name()), command, command.options());
  }

  private static CommandLine add(CommandLine parent, String name, Command command, List<OptionSpec> options) {
    CommandLine child = configure(new CommandLine(node(name, command, options)));
    parent.addSubcommand(name, child);
    return child;
  }

  private static CommandSpec node(String name, Command command, List<OptionSpec> options) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    new ArrayList<>(options).forEach(option -> spec.addOption(option.picocli()));
    return spec;
  }

  private static OptionSpec help() {
    return OptionSpec.flag(CommonOptions.HELP, "show this help");
  }
}
