package io.payspec.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints options as help: the synopsis, then its help wrapped below it, indented. */
final class HelpLayout {
  static final int WIDTH = 100;
  private static final String OPTION_INDENT = "  ";
  private static final String TEXT_INDENT = "      ";

  private HelpLayout() {}

  static void options(PrintStream out, List<OptionSpec> options) {
    for (OptionSpec option : options) {
      out.println(OPTION_INDENT + option.synopsis());
      wrap(out, option.help(), TEXT_INDENT);
    }
  }

  /** Prints text in lines of at most {@link #WIDTH} characters (a longer word stands alone). */
  static void wrap(PrintStream out, String text, String indent) {
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > indent.length()) {
      out.println(line);
    }
  }
}
