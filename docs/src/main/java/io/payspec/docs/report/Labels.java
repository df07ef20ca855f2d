package io.payspec.docs.report;

import io.payspec.docs.diff.Comparison;
import io.payspec.docs.diff.Difference;
import io.payspec.docs.diff.Severity;
import java.util.List;
import java.util.Locale;

/** Words the reports share. */
final class Labels {
  private Labels() {}

  static String status(Difference d) {
    if (d.known()) {
      return "known decision";
    }
    return switch (d.severity()) {
      case BREAKING -> "breaking";
      case NON_BREAKING -> "non-breaking";
      case INFO -> "page problem";
    };
  }

  static String kind(Difference d) {
    return d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String what(Difference d) {
    if (d.kind() == io.payspec.docs.diff.Kind.PAGE_PROBLEM) {
      return d.page();
    }
    StringBuilder s = new StringBuilder(kind(d));
    if (!d.field().isEmpty()) {
      s.append(" `").append(d.field()).append('`');
    }
    if (!d.page().isEmpty() || !d.spec().isEmpty()) {
      s.append(": page ").append(d.page().isEmpty() ? "-" : d.page()).append(", spec ").append(d.spec().isEmpty() ? "-" : d.spec());
    }
    return s.toString();
  }

  static String why(Difference d) {
    if (d.known()) {
      return "decision " + d.decision().topic() + ": " + d.decision().reason();
    }
    return d.reason();
  }

  static String title(Comparison c) {
    return c.file().getFileName() + ": " + c.endpoint().displayName()
        + (c.spec() == null ? " (not in the spec)" : " = " + c.spec().displayName());
  }

  static String summary(List<Comparison> comparisons) {
    long breaking = count(comparisons, Severity.BREAKING);
    long nonBreaking = count(comparisons, Severity.NON_BREAKING);
    long known = comparisons.stream().flatMap(c -> c.differences().stream()).filter(Difference::known).count();
    long info = count(comparisons, Severity.INFO);
    return breaking + " breaking, " + nonBreaking + " non-breaking, " + known + " known decision(s), "
        + info + " page problem(s) in " + comparisons.size() + " endpoint(s)";
  }

  private static long count(List<Comparison> comparisons, Severity severity) {
    return comparisons.stream().flatMap(c -> c.differences().stream())
        .filter(d -> !d.known() && d.severity() == severity).count();
  }
}
