package io.payspec.docs.page;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitBook's {@code {% tabs %}} / {@code {% tab title="..." %}} blocks, which CommonMark sees as
 * plain paragraphs: found line by line (outside code blocks) and checked for nesting, so that each
 * code block can be told which tab it sits in.
 */
final class Tabs {
  /**
   * One tab.
   *
   * @param title its title
   * @param start the line of {@code {% tab %}}
   * @param end the line of {@code {% endtab %}}
   */
  record Tab(String title, int start, int end) {}

  private static final Pattern TAG = Pattern.compile("\\{%\\s*(end)?(tabs|tab)\\b(.*?)%}");
  private static final Pattern TITLE = Pattern.compile("title\\s*=\\s*\"([^\"]*)\"");

  private final List<Tab> tabs;

  private Tabs(List<Tab> tabs) {
    this.tabs = tabs;
  }

  /**
   * Finds the tabs of a page.
   *
   * @param file the page, for messages
   * @param lines its lines
   * @param code lines inside fenced code blocks (0-based), which are not looked at
   * @throws PageFormatException when a tab or a tab group is not closed, or closed without being opened
   */
  static Tabs find(Path file, List<String> lines, BitSet code) throws PageFormatException {
    List<Tab> tabs = new ArrayList<>();
    Deque<int[]> groups = new ArrayDeque<>();
    String openTitle = null;
    int openLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (code.get(i)) {
        continue;
      }
      Matcher m = TAG.matcher(lines.get(i));
      while (m.find()) {
        boolean end = m.group(1) != null;
        boolean group = m.group(2).equals("tabs");
        int line = i + 1;
        if (group && !end) {
          if (openTitle != null) {
            throw new PageFormatException(file, openLine, "{% tab title=\"" + openTitle
                + "\" %} is not closed with {% endtab %} before the next {% tabs %} on line " + line);
          }
          groups.push(new int[] {line});
        } else if (group) {
          if (groups.isEmpty()) {
            throw new PageFormatException(file, line, "{% endtabs %} without an opening {% tabs %}");
          }
          if (openTitle != null) {
            throw new PageFormatException(file, openLine, "{% tab title=\"" + openTitle
                + "\" %} is not closed with {% endtab %} before {% endtabs %} on line " + line);
          }
          groups.pop();
        } else if (!end) {
          if (groups.isEmpty()) {
            throw new PageFormatException(file, line, "{% tab %} outside a {% tabs %} block");
          }
          if (openTitle != null) {
            throw new PageFormatException(file, openLine, "{% tab title=\"" + openTitle
                + "\" %} is not closed with {% endtab %} before the next tab on line " + line);
          }
          Matcher title = TITLE.matcher(m.group(3));
          openTitle = title.find() ? title.group(1).strip() : "";
          openLine = line;
        } else {
          if (openTitle == null) {
            throw new PageFormatException(file, line, "{% endtab %} without an opening {% tab %}");
          }
          tabs.add(new Tab(openTitle, openLine, line));
          openTitle = null;
        }
      }
    }
    if (openTitle != null) {
      throw new PageFormatException(file, openLine, "{% tab title=\"" + openTitle + "\" %} is never closed with {% endtab %}");
    }
    if (!groups.isEmpty()) {
      throw new PageFormatException(file, groups.peek()[0], "{% tabs %} is never closed with {% endtabs %}");
    }
    return new Tabs(tabs);
  }

  /** The tab a line is in, or null. */
  Tab at(int line) {
    for (Tab tab : tabs) {
      if (tab.start() < line && line < tab.end()) {
        return tab;
      }
    }
    return null;
  }
}
