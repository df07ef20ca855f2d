package io.payspec.annotations;

/** HTTP methods an {@link Endpoint} can use. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE
}
