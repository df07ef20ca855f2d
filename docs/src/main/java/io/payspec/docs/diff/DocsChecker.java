package io.payspec.docs.diff;

import io.payspec.docs.page.Page;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageFormatException;
import io.payspec.docs.page.PageNote;
import io.payspec.docs.page.PageReader;
import io.payspec.docs.spec.SpecEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads pages and compares each endpoint they describe with the spec. */
public final class DocsChecker {
  private final PageReader reader = new PageReader();
  private final List<SpecEndpoint> specs;

  /** @param specs the spec's endpoints */
  public DocsChecker(List<SpecEndpoint> specs) {
    this.specs = List.copyOf(specs);
  }

  /**
   * Compares one page.
   *
   * @return one comparison per endpoint the page describes; none for a page without an endpoint line
   *     (an authorization or a postback page)
   * @throws PageFormatException when the page cannot be read
   */
  public List<Comparison> check(Path file) throws PageFormatException {
    Page page = reader.read(file);
    List<Comparison> out = new ArrayList<>();
    List<PageEndpoint> endpoints = page.endpoints();
    for (int i = 0; i < endpoints.size(); i++) {
      PageEndpoint endpoint = endpoints.get(i);
      int from = i == 0 ? 0 : endpoint.line();
      int to = i + 1 < endpoints.size() ? endpoints.get(i + 1).line() : Integer.MAX_VALUE;
      List<PageNote> notes = page.notes().stream().filter(n -> n.line() >= from && n.line() < to).toList();
      SpecEndpoint spec = EndpointMatcher.find(endpoint, specs).orElse(null);
      out.add(PageComparator.compare(file, endpoint, notes, spec));
    }
    return out;
  }
}
