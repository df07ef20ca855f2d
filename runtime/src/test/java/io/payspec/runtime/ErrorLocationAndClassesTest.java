package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Errors keyed by field are read where the envelope says they are, also when the payload is elsewhere;
 * error keys classify an error as the descriptor says; the keys beside a flat success are derived
 * from the error shapes.
 */
class ErrorLocationAndClassesTest {
  private static final List<ErrorShape> FIELD_MESSAGES = List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL);

  private static JsonNode json(String text) throws Exception {
    return Json.readTree(Json.mapper(), text);
  }

  @Test
  void fieldMessagesAreReadFromTheErrorFieldNotThePayloadField() throws Exception {
    JsonNode body = json("{\"status\": \"error\", \"result\": {\"rate_limit\": \"Too many\"}}");
    Operation.EnvelopeInfo underData = new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success",
        "data", "error", "errors", "result");
    Operation.EnvelopeInfo wholeBody = new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success",
        "", "error", "errors", "result");
    Operation.EnvelopeInfo withoutErrorField = new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status",
        "success", "data", "error", "errors");

    List<ProviderError> expected = List.of(new ProviderError("rate_limit", "Too many", null));
    assertEquals(expected, ProviderErrors.read(FIELD_MESSAGES, underData, body));
    assertEquals(expected, ProviderErrors.read(FIELD_MESSAGES, wholeBody, body));
    assertEquals(List.of(), ProviderErrors.read(FIELD_MESSAGES, withoutErrorField, body));
  }

  @Test
  void errorKeysClassifyWhateverTheStatus() {
    Operation.ErrorInfo info = new Operation.ErrorInfo(FIELD_MESSAGES, List.of("authorization"), List.of(), List.of(),
        List.of("rate_limit"), List.of("maintenance"), List.of("INVOICE_NOT_FOUND"));
    assertEquals(ApiErrors.Kind.RATE_LIMIT,
        ApiErrors.classify(400, List.of(new ProviderError("rate_limit", "Too many", null)), info, true));
    assertEquals(ApiErrors.Kind.RATE_LIMIT,
        ApiErrors.classify(200, List.of(new ProviderError("RATE_LIMIT", "Too many", null)), info, true));
    assertEquals(ApiErrors.Kind.UNAVAILABLE,
        ApiErrors.classify(400, List.of(new ProviderError(null, "Back soon", "maintenance")), info, true));
    assertEquals(ApiErrors.Kind.NOT_FOUND,
        ApiErrors.classify(400, List.of(new ProviderError(null, "No such invoice", "invoice_not_found")), info, true));
    assertEquals(ApiErrors.Kind.AUTHENTICATION, ApiErrors.classify(400,
        List.of(new ProviderError("rate_limit", "x", null), new ProviderError("authorization", "bad", null)), info, true));
    assertEquals(ApiErrors.Kind.INVALID_REQUEST,
        ApiErrors.classify(400, List.of(new ProviderError("amount", "too small", null)), info, true));
  }

  @Test
  void errorKeysAreDerivedFromTheShapes() {
    Operation.EnvelopeInfo flat = Operation.EnvelopeInfo.flat();
    assertEquals(Set.of("detail", "error", "success", "data"),
        ProviderErrors.errorKeys(List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT), flat));
    assertEquals(Set.of("message", "result", "detail"),
        ProviderErrors.errorKeys(List.of(ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL), flat));
    Operation.EnvelopeInfo errorFlag = new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success",
        "result", "failed", "messages");
    assertEquals(Set.of("messages", "failed"), ProviderErrors.errorKeys(List.of(ErrorShape.ERROR_LIST), errorFlag));
  }
}
