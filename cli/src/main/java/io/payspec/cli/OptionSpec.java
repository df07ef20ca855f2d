package io.payspec.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * One option a command accepts, as its help shows it and as picocli parses it: both come from this
 * one definition, so the help and the parser never disagree.
 *
 * @param name the option with its dashes, e.g. {@code --shop-id}
 * @param valueHint what its value looks like ({@code DECIMAL}, {@code URL}), or null for a flag
 * @param help one line of help
 * @param candidates the values shell completion offers (documented enum values), else empty
 */
record OptionSpec(String name, String valueHint, String help, List<String> candidates) {
  OptionSpec {
    candidates = List.copyOf(candidates);
  }

  /** An option that takes a value. */
  static OptionSpec value(String name, String valueHint, String help) {
    return new OptionSpec(name, valueHint, help, List.of());
  }

  /** An option without a value. */
  static OptionSpec flag(String name, String help) {
    return new OptionSpec(name, null, help, List.of());
  }

  /** The same option, completing to these values in a shell. */
  OptionSpec completingTo(List<String> values) {
    return new OptionSpec(name, valueHint, help, values);
  }

  boolean takesValue() {
    return valueHint != null;
  }

  /** {@code --timeout SECONDS}, {@code --json}. */
  String synopsis() {
    return takesValue() ? name + " " + valueHint : name;
  }

  /**
   * The picocli option: a single {@code String} value (converted later, so that every unconvertible
   * value is reported at once) or a flag. {@code --help} also answers to {@code -h}. Its user object is
   * this spec. An option with completion candidates gets its own parameter label: picocli's completion
   * script keeps the candidates in a variable named after the label, so two options sharing
   * {@code VALUE} would complete to each other's values.
   */
  CommandLine.Model.OptionSpec picocli() {
    String[] names = name.equals(CommonOptions.HELP) ? new String[] {name, "-h"} : new String[] {name};
    CommandLine.Model.OptionSpec.Builder option = CommandLine.Model.OptionSpec.builder(names)
        .description(help)
        .userObject(this);
    if (takesValue()) {
      option.type(String.class).arity("1").paramLabel(valueHint);
      if (!candidates.isEmpty()) {
        option.completionCandidates(candidates)
            .paramLabel(name.replaceFirst("^-+", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
      }
    } else {
      option.type(boolean.class).arity("0");
    }
    return option.build();
  }
}
