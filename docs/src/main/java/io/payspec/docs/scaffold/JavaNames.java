package io.payspec.docs.scaffold;

import java.util.Locale;
import java.util.Set;

/** Java names for wire names. */
final class JavaNames {
  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "record",
      "var", "yield", "sealed", "permits", "hashCode", "toString", "equals", "getClass", "builder", "wait",
      "notify", "notifyAll", "clone", "finalize");

  private JavaNames() {}

  /** {@code shop_id} -> {@code shopId}. */
  static String member(String wire) {
    String name = words(wire, false);
    return KEYWORDS.contains(name) ? name + "Value" : name;
  }

  /** {@code time_to_pay} -> {@code TimeToPay}. */
  static String type(String wire) {
    return words(wire, true);
  }

  /** {@code usdt-trc20} -> {@code USDT_TRC20}; a leading digit gets an underscore. */
  static String constant(String wire) {
    String c = wire.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (c.isEmpty()) {
      c = "VALUE";
    }
    if (Character.isDigit(c.charAt(0))) {
      c = "_" + c;
    }
    return c.equals("UNKNOWN") ? "UNKNOWN_VALUE" : c;
  }

  /** {@code currencies} -> {@code currency}, {@code types} -> {@code type}. */
  static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static String words(String wire, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    boolean upper = upperFirst;
    for (char c : wire.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0 || upperFirst;
        continue;
      }
      if (out.length() == 0 && Character.isDigit(c)) {
        out.append(upperFirst ? 'N' : 'n');
      }
      out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
      upper = false;
    }
    return out.length() == 0 ? (upperFirst ? "Value" : "value") : out.toString();
  }
}
