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
   * @throws PageFormatException when the page cannot be read or describes no endpoint
   */
  public List<Comparison> check(Path file) throws PageFormatException {
    Page page = reader.read(file);
    if (page.endpoints().isEmpty()) {
      throw new PageFormatException(file, 1,
          "no endpoint line found: expected the method and the URL as code spans, like `POST` `https://api.example.com/v1/invoice`");
    }
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
