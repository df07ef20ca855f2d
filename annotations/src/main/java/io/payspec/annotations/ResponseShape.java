package io.payspec.annotations;

/** How an endpoint's payload (the body, or the envelope's result) is laid out. */
public enum ResponseShape {
  /** One JSON object: the call returns the response type. */
  OBJECT,
  /** A JSON array of objects: the call returns {@code List<Response>}. */
  LIST,
  /** A JSON object keyed by names whose values are objects: the call returns {@code Map<String, Response>}. */
  MAP
}
