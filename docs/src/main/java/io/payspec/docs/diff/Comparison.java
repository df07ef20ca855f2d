package io.payspec.docs.diff;

import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.spec.SpecEndpoint;
import java.nio.file.Path;
import java.util.List;

/**
 * The differences between one endpoint of a page and its endpoint in the spec.
 *
 * @param file the page
 * @param endpoint the endpoint as the page describes it
 * @param spec the spec's endpoint, or null when the spec has none
 * @param differences every difference, known decisions included
 */
public record Comparison(Path file, PageEndpoint endpoint, SpecEndpoint spec, List<Difference> differences) {
  public Comparison {
    differences = List.copyOf(differences);
  }

  /** Whether any difference counts against the threshold. */
  public boolean failsAt(Severity threshold) {
    return differences.stream().anyMatch(d -> d.failsAt(threshold));
  }

  /** The differences no decision explains (page problems excluded). */
  public List<Difference> unexplained() {
    return differences.stream().filter(d -> !d.known() && d.severity() != Severity.INFO).toList();
  }
}
