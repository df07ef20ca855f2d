package io.payspec.cli;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Turns picocli's parse errors into payspec's one-line usage messages. They name the option, never
 * its value (a mistyped {@code --api-key=...} must not print the key), and end in {@code see --help}.
 */
final class UsageErrors {
  /** picocli's message for {@code --json=x}; the value it quotes is never shown. */
  private static final Pattern FLAG_WITH_VALUE = Pattern.compile("^option '(-[^']+)' should be specified without");

  private UsageErrors() {}

  /** The usage error of a picocli parse error, for a command that is not a {@link CommandTree} node. */
  static UsageException of(CommandLine.ParameterException e) {
    return of(e, spec -> null);
  }

  /**
   * The usage error of a picocli parse error.
   *
   * @param unknownWord what to say about an unexpected word in a command, or null for the default
   */
  static UsageException of(CommandLine.ParameterException e, Function<CommandSpec, Function<String, String>> unknownWord) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (first.startsWith("-")) {
        return new UsageException("unknown option " + optionName(first) + "; see --help");
      }
      Function<String, String> say = unknownWord.apply(e.getCommandLine().getCommandSpec());
      return new UsageException(say == null ? "unexpected argument '" + first + "'; see --help" : say.apply(first));
    }
    if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec arg = missing.getMissing().get(0);
      if (arg instanceof CommandLine.Model.OptionSpec option && String.valueOf(e.getMessage()).startsWith("Missing required option")) {
        return new UsageException("missing required option " + option.longestName() + "; see --help");
      }
      if (arg instanceof CommandLine.Model.PositionalParamSpec positional) {
        return new UsageException("missing " + positional.paramLabel() + "; see --help");
      }
      if (arg instanceof CommandLine.Model.OptionSpec option) {
        String hint = option.userObject() instanceof OptionSpec spec ? spec.valueHint() : option.paramLabel();
        return new UsageException(option.longestName() + " needs a value (" + hint + "); see --help");
      }
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten
        && overwritten.getOverwritten() instanceof CommandLine.Model.OptionSpec option) {
      return new UsageException(option.longestName() + " is given twice; see --help");
    }
    Matcher flagWithValue = FLAG_WITH_VALUE.matcher(String.valueOf(e.getMessage()));
    if (flagWithValue.find()) {
      return new UsageException(flagWithValue.group(1) + " takes no value; see --help");
    }
    if (e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
      return new UsageException(option.longestName() + " is not used as documented; see --help");
    }
    // picocli's other messages may quote a value, which could be a credential: never print them.
    return new UsageException("the arguments do not parse; see --help");
  }

  /** The option without any {@code =value}. */
  static String optionName(String arg) {
    int equals = arg.indexOf('=');
    return equals < 0 ? arg : arg.substring(0, equals);
  }
}
