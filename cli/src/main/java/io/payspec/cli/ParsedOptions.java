package io.payspec.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options of one command, parsed by picocli against the {@link OptionSpec}s it accepts:
 * {@code --name value}, {@code --name=value} and flags. A value-taking option takes the next argument
 * even when it starts with a dash, so {@code --amount -5} works. Unknown options, missing values,
 * repeated options and stray arguments are usage errors that name the option, never its value
 * ({@link UsageErrors}).
 */
final class ParsedOptions {
  private final Map<String, String> values;

  private ParsedOptions(Map<String, String> values) {
    this.values = values;
  }

  /** Whether {@code --help} or {@code -h} is among the arguments, wherever it is. */
  static boolean wantsHelp(List<String> args) {
    return args.contains(CommonOptions.HELP) || args.contains("-h");
  }

  /**
   * Parses the arguments.
   *
   * @throws UsageException for anything the command does not accept
   */
  static ParsedOptions parse(List<String> args, List<OptionSpec> accepted) {
    CommandSpec spec = CommandSpec.create();
    accepted.forEach(option -> spec.addOption(option.picocli()));
    CommandLine line = CommandTree.configure(new CommandLine(spec));
    try {
      return of(line.parseArgs(args.toArray(String[]::new)));
    } catch (CommandLine.ParameterException e) {
      throw UsageErrors.of(e);
    }
  }

  /** The options picocli matched, by name; a flag has the value {@code ""}. */
  static ParsedOptions of(ParseResult result) {
    Map<String, String> values = new LinkedHashMap<>();
    for (CommandLine.Model.OptionSpec option : result.matchedOptions()) {
      Object value = option.getValue();
      values.put(option.longestName(), value instanceof String text ? text : "");
    }
    return new ParsedOptions(values);
  }

  /** The value of an option, if given. */
  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Whether a flag (or an option) was given. */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /** Every option given, in order. */
  Set<String> names() {
    return values.keySet();
  }
}
