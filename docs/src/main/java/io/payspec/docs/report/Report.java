package io.payspec.docs.report;

import io.payspec.docs.diff.Comparison;
import java.io.PrintWriter;
import java.util.List;

/** Writes the result of {@code docs check} in one format. */
public interface Report {
  /**
   * @param comparisons one per endpoint of every page checked
   * @param errors pages that could not be read, one line each ({@code page.md:12: ...})
   * @param out where to write
   */
  void write(List<Comparison> comparisons, List<String> errors, PrintWriter out);

  /** The report for a {@code --format} value. */
  static Report of(Format format) {
    return switch (format) {
      case text -> new TextReport();
      case markdown -> new MarkdownReport();
      case json -> new JsonReport();
    };
  }

  /** The formats of {@code --format}. */
  enum Format {
    text,
    markdown,
    json
  }
}
