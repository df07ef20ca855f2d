package io.payspec.docs.page;

import java.nio.file.Path;
import java.util.List;

/**
 * A documentation page as read: the endpoints it describes (most pages describe one) and the
 * problems found on it.
 *
 * @param file where it was read from
 * @param title the first heading
 * @param endpoints the endpoints, in page order
 * @param notes rows and examples that could not be taken as written
 */
public record Page(Path file, String title, List<PageEndpoint> endpoints, List<PageNote> notes) {
  public Page {
    endpoints = List.copyOf(endpoints);
    notes = List.copyOf(notes);
  }
}
