package io.payspec.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Options parsed by hand against the options a command accepts: {@code --name value},
 * {@code --name=value} and flags. A value-taking option always takes the next argument, so
 * {@code --amount -5} works. Unknown options, missing values, repeated options and stray arguments are
 * usage errors that name the option, never its value.
 */
final class ParsedOptions {
  private final Map<String, String> values;

  private ParsedOptions(Map<String, String> values) {
    this.values = values;
  }

  /** Whether {@code --help} or {@code -h} is among the arguments, wherever it is. */
  static boolean wantsHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /**
   * Parses the arguments.
   *
   * @throws UsageException for anything the command does not accept
   */
  static ParsedOptions parse(List<String> args, List<OptionSpec> accepted) {
    Map<String, OptionSpec> byName = accepted.stream()
        .collect(Collectors.toMap(OptionSpec::name, Function.identity(), (a, b) -> a));
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'; see --help");
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      OptionSpec spec = byName.get(name);
      if (spec == null) {
        throw new UsageException("unknown option " + name + "; see --help");
      }
      String value;
      if (!spec.takesValue()) {
        if (equals >= 0) {
          throw new UsageException(name + " takes no value; see --help");
        }
        value = "";
      } else if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException(name + " needs a value (" + spec.valueHint() + "); see --help");
      }
      if (values.putIfAbsent(name, value) != null) {
        throw new UsageException(name + " is given twice; see --help");
      }
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
