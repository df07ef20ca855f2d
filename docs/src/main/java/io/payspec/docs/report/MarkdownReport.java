package io.payspec.docs.report;

import io.payspec.docs.diff.Comparison;
import io.payspec.docs.diff.Difference;
import java.io.PrintWriter;
import java.util.List;

/** A markdown changelog: one table per endpoint, for a pull request or an issue. */
final class MarkdownReport implements Report {
  @Override
  public void write(List<Comparison> comparisons, List<String> errors, PrintWriter out) {
    out.println("# Documentation check");
    out.println();
    for (String error : errors) {
      out.println("- **error**: " + cell(error));
    }
    if (!errors.isEmpty()) {
      out.println();
    }
    for (Comparison c : comparisons) {
      out.println("## " + cell(Labels.title(c)));
      out.println();
      if (c.differences().isEmpty()) {
        out.println("No differences.");
        out.println();
        continue;
      }
      out.println("| status | where | difference | line | why |");
      out.println("|---|---|---|---|---|");
      for (Difference d : c.differences()) {
        out.println("| " + Labels.status(d) + " | " + d.where() + " | " + cell(Labels.what(d)) + " | "
            + (d.line() > 0 ? d.line() : "") + " | " + cell(Labels.why(d)) + " |");
      }
      out.println();
    }
    out.println(Labels.summary(comparisons) + ".");
    out.flush();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
