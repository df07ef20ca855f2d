package io.payspec.docs.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Reads the inline content of a markdown node (a table cell, a paragraph) into a {@link Cell}. */
final class MarkdownCells {
  private MarkdownCells() {}

  static Cell of(Node parent) {
    Collector c = new Collector();
    c.visitChildren(parent);
    return new Cell(c.text.toString(), c.codes, c.mark);
  }

  private static final class Collector {
    final StringBuilder text = new StringBuilder();
    final List<String> codes = new ArrayList<>();
    RequiredMark mark = RequiredMark.NONE;
    String openMark;

    void visitChildren(Node parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        visit(n);
      }
    }

    void visit(Node node) {
      if (node instanceof Text t) {
        String literal = t.getLiteral();
        if (openMark != null && literal.strip().equals("*")) {
          RequiredMark m = RequiredMark.ofStyle(openMark);
          if (m != RequiredMark.NONE) {
            mark = m;
          }
          return;
        }
        text.append(literal);
      } else if (node instanceof Code code) {
        codes.add(code.getLiteral());
        text.append(code.getLiteral());
      } else if (node instanceof HtmlInline html) {
        String tag = html.getLiteral().toLowerCase(Locale.ROOT);
        if (tag.startsWith("<mark")) {
          openMark = tag;
        } else if (tag.startsWith("</mark")) {
          openMark = null;
        } else if (tag.startsWith("<br") || tag.startsWith("<p") || tag.startsWith("</p")) {
          text.append(' ');
        }
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      } else {
        visitChildren(node);
      }
    }
  }
}
