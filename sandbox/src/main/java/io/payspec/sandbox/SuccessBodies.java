package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which {@link SuccessBody} answers which operation: the built-in ones for the documented providers,
 * overridden or extended by those given to the builder; an operation without one gets an echo of its
 * request.
 */
final class SuccessBodies {
  private final Map<OperationKey, SuccessBody> byOperation = new HashMap<>();

  SuccessBodies(List<SuccessBody> extra) {
    List.of(new CryptoCloudV1Responses(), new CryptoCloudV2Responses(), new NordPayResponses(),
            new CrystalPayResponses())
        .forEach(body -> byOperation.put(body.operation(), body));
    extra.forEach(body -> byOperation.put(body.operation(), body));
  }

  /** The success payload of an accepted request, before the envelope is added. */
  ObjectNode payload(OperationKey operation, RequestValues request, Fresh fresh) {
    SuccessBody body = byOperation.get(operation);
    return body == null ? request.json() : body.payload(request, fresh);
  }
}
