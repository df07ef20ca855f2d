package io.payspec.annotations;

/** Where a request {@link Field} travels. */
public enum ParamIn {
  /**
   * In the path when the endpoint's path has a {@code {wire_name}} placeholder; else in the query
   * string for {@code GET} and {@code DELETE}, in the JSON body otherwise.
   */
  AUTO,
  /** A member of the JSON request body. */
  BODY,
  /**
   * A query parameter. A list is sent as the key repeated once per element, with the wire name as
   * written ({@code currency[]=BTC&currency[]=ETH}).
   */
  QUERY,
  /** Replaces the {@code {wire_name}} placeholder of the endpoint's path, percent-encoded. */
  PATH
}
