package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The success payload of one operation, as its provider documents it: the only hand-written,
 * provider-specific part of the sandbox. The sandbox wraps the payload in the operation's documented
 * envelope ({@code {"status": "success", "result": ...}}, {@code {"error": false, "errors": [], ...}}
 * or none).
 *
 * <p>An operation without a {@code SuccessBody} is answered with an echo of its request (credentials
 * removed) in its envelope, so a newly described operation is served before anyone writes one. Register
 * more with {@link Sandbox.Builder#successBody(SuccessBody)}.
 */
public interface SuccessBody {
  /** The operation this body answers. */
  OperationKey operation();

  /**
   * The payload for an accepted request: fresh ids, links and timestamps, the request's values echoed.
   *
   * @param request the valid request, by wire path
   * @param fresh the current time and random identifiers
   */
  ObjectNode payload(RequestValues request, Fresh fresh);
}
