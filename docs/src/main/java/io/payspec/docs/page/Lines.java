package io.payspec.docs.page;

import org.commonmark.node.Node;

/** Source lines of markdown nodes (1-based). */
final class Lines {
  private Lines() {}

  /** The first line of a node, or 0 when the parser gave none. */
  static int of(Node node) {
    var spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }

  /** The last line of a node, or 0 when the parser gave none. */
  static int lastOf(Node node) {
    var spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
  }
}
