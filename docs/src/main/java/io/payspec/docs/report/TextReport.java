package io.payspec.docs.report;

import io.payspec.docs.diff.Comparison;
import io.payspec.docs.diff.Difference;
import java.io.PrintWriter;
import java.util.List;

/** Plain text, one line per difference, for a terminal. */
final class TextReport implements Report {
  @Override
  public void write(List<Comparison> comparisons, List<String> errors, PrintWriter out) {
    for (String error : errors) {
      out.println("error: " + error);
    }
    for (Comparison c : comparisons) {
      out.println(Labels.title(c));
      if (c.differences().isEmpty()) {
        out.println("  no differences");
      }
      for (Difference d : c.differences()) {
        out.printf("  %-15s %-8s %s%s%n    %s%n", Labels.status(d), d.where(), Labels.what(d),
            d.line() > 0 ? " (line " + d.line() + ")" : "", Labels.why(d));
      }
    }
    out.println(Labels.summary(comparisons));
    out.flush();
  }
}
