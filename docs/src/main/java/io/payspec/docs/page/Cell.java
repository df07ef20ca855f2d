package io.payspec.docs.page;

import java.util.List;

/**
 * The content of one table cell, whatever the table's syntax.
 *
 * @param text plain text, whitespace collapsed, required-mark stars removed
 * @param codes the texts of its code spans, in order
 * @param mark the required mark found in it
 */
record Cell(String text, List<String> codes, RequiredMark mark) {
  Cell {
    text = text.replaceAll("\\s+", " ").strip();
    codes = List.copyOf(codes);
  }

  static final Cell EMPTY = new Cell("", List.of(), RequiredMark.NONE);

  /**
   * The field name a name cell holds: its first code span, else its first word, without stars,
   * backslashes and trailing punctuation.
   */
  String fieldName() {
    String name = codes.isEmpty() ? firstWord(text) : codes.get(0);
    return name.replace("\\", "").replace("*", "").strip();
  }

  private static String firstWord(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    return space < 0 ? t : t.substring(0, space);
  }
}
