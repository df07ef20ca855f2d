package io.payspec.processor.model;

import io.payspec.annotations.ExampleOutcome;

/**
 * Documented examples of an endpoint, checked (bodies are well-formed JSON).
 */
public final class ExampleModel {
  private ExampleModel() {}

  /**
   * A {@code @RequestExample}.
   *
   * @param name short name
   * @param path the concrete path
   * @param query the query string without '?'
   * @param body the JSON body, or empty
   * @param note what was corrected
   */
  public record Request(String name, String path, String query, String body, String note) {}

  /**
   * A {@code @ResponseExample}.
   *
   * @param name short name
   * @param status HTTP status
   * @param body whole body
   * @param outcome how it must be read
   * @param note what was corrected
   */
  public record Response(String name, int status, String body, ExampleOutcome outcome, String note) {}
}
