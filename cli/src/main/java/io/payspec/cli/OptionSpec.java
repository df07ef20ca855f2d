package io.payspec.cli;

/**
 * One option a command accepts.
 *
 * @param name the option with its dashes, e.g. {@code --shop-id}
 * @param valueHint what its value looks like ({@code DECIMAL}, {@code URL}), or null for a flag
 * @param help one line of help
 */
record OptionSpec(String name, String valueHint, String help) {
  /** An option that takes a value. */
  static OptionSpec value(String name, String valueHint, String help) {
    return new OptionSpec(name, valueHint, help);
  }

  /** An option without a value. */
  static OptionSpec flag(String name, String help) {
    return new OptionSpec(name, null, help);
  }

  boolean takesValue() {
    return valueHint != null;
  }

  /** {@code --timeout SECONDS}, {@code --json}. */
  String synopsis() {
    return takesValue() ? name + " " + valueHint : name;
  }
}
