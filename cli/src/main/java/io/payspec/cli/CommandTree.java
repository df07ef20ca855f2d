package io.payspec.cli;

import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every {@code payspec} command as a picocli command tree, built at run time from the installed
 * providers' operation metadata: {@code demo}, {@code sandbox} (and its {@code pay}, {@code expire}, ...
 * commands for a running sandbox), {@code list},
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

  /** The tree of the installed providers, with the {@link #contributed()} commands. */
  CommandTree(Catalog catalog) {
    this(catalog, contributed());
  }

  /**
   * The tree of these providers.
   *
   * @param extra picocli commands from other modules (annotated classes whose {@code Callable<Integer>}
   *     or {@code Runnable} runs them), added below the root
   */
  CommandTree(Catalog catalog, List<Object> extra) {
    this.catalog = catalog;
    Map<String, String> contributedHelp = new LinkedHashMap<>();
    this.root = configure(new CommandLine(node("payspec", new RootCommand(catalog, contributedHelp, true), List.of(
        OptionSpec.value(PROVIDERS, "JAR[,JAR...]", "load more providers from these jars (or set "
            + ProviderJars.VARIABLE + ")"),
        help()))));
    List<String> providerIds = catalog.modules().stream().map(m -> m.provider().id()).toList();
    unknownWord.put(root.getCommandSpec(), word -> "unknown command or provider '" + word + "'; commands: "
        + String.join(", ", root.getSubcommands().keySet().stream()
            .filter(name -> !providerIds.contains(name) && !root.getSubcommands().get(name).getCommandSpec().usageMessage().hidden())
            .toList())
        + "; providers: " + String.join(", ", providerIds) + "; see --help");
    add(root, "demo", new DemoCommand(), List.of(help()));
    CommandLine sandbox = add(root, "sandbox", new SandboxCommand(catalog.modules()), SandboxCommand.specs());
    SandboxControlCommands.all().forEach(command -> sandbox.addSubcommand(configure(new CommandLine(command))));
    add(root, "list", new ListCommand(catalog), List.of(help()));
    add(root, "generate-completion", new CompletionCommand(this), List.of(help()));
    CommandLine help = add(root, "help", new RootCommand(catalog, contributedHelp, false), List.of());
    help.getCommandSpec().usageMessage().hidden(true);
    for (Object command : extra) {
      CommandLine line = configure(new CommandLine(command));
      root.addSubcommand(line);
      String[] description = line.getCommandSpec().usageMessage().description();
      contributedHelp.put(line.getCommandName(), description.length == 0 ? "" : description[0]);
    }
    for (ProviderModule module : catalog.modules()) {
      addProvider(module);
    }
  }

  /**
   * The picocli commands other modules contribute, below the root. THE place to add one: the
   * payspec-docs module's {@code payspec docs check|scaffold} is here.
   * They parse with picocli's annotations, print their own help, and run as {@code Callable<Integer>}
   * (the exit code) or {@code Runnable}; see {@link #run}.
   */
  static List<Object> contributed() {
    return List.of(new io.payspec.docs.cli.DocsCommand());
  }

  /**
   * Parses every argument, then runs the deepest command named (or the first one asked for
   * {@code --help}) with the arguments after its name.
   *
   * @return the exit code
   * @throws UsageException if the arguments do not parse
   */
  int run(List<String> args, Io io) {
    root.setOut(new PrintWriter(io.out(), true));
    root.setErr(new PrintWriter(io.err(), true));
    ParseResult level;
    try {
      level = root.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw UsageErrors.of(e, unknownWord::get);
    }
    int position = 0;
    while (level.hasSubcommand() && !level.hasMatchedOption(CommonOptions.HELP)) {
      level = level.subcommand();
      position = args.subList(position, args.size()).indexOf(level.commandSpec().name()) + position + 1;
    }
    Object command = level.commandSpec().userObject();
    if (command instanceof Command own) {
      return own.run(args.subList(position, args.size()), io);
    }
    return runContributed(level, command);
  }

  /** A picocli command contributed by another module; picocli has already set its options. */
  private static int runContributed(ParseResult level, Object command) {
    CommandLine line = level.commandSpec().commandLine();
    if (level.isUsageHelpRequested()) {
      line.usage(line.getOut());
      return ExitCode.OK;
    }
    try {
      if (command instanceof Callable<?> callable) {
        return callable.call() instanceof Integer code ? code : ExitCode.OK;
      }
      if (command instanceof Runnable runnable) {
        runnable.run();
        return ExitCode.OK;
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    throw new UsageException("name a subcommand of " + level.commandSpec().qualifiedName() + "; see --help");
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
    addNotifications(providerLine, module, null);
    for (String version : versions) {
      providerLine.getSubcommands().values().stream()
          .filter(line -> line.getCommandName().equals(version)).findFirst()
          .ifPresent(versionLine -> addNotifications(versionLine, module, version));
    }
  }

  /** {@code verify-notification} for a version's notifications, or for the newest version's when none is named. */
  private void addNotifications(CommandLine parent, ProviderModule module, String version) {
    List<NotificationInfo<?>> kinds = VerifyNotificationCommand.of(module, version);
    if (!kinds.isEmpty()) {
      VerifyNotificationCommand command = new VerifyNotificationCommand(kinds);
      add(parent, VerifyNotificationCommand.NAME, command, command.options());
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
