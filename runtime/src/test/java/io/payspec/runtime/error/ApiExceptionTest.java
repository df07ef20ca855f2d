package io.payspec.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounded raw bodies and one-line messages. */
class ApiExceptionTest {
  @Test
  void rawBodyIsCutAtEightKibWithoutSplittingCharacters() {
    String body = "a" + "€".repeat(5000);

    ApiException e = new InvalidRequestException("m", "P", "P v1 op", 400, body, List.of(), null);

    byte[] bytes = e.rawBody().getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length <= ApiException.MAX_RAW_BODY_BYTES, "was " + bytes.length);
    assertTrue(bytes.length > ApiException.MAX_RAW_BODY_BYTES - 4, "was " + bytes.length);
    assertTrue(e.rawBody().endsWith("€… [truncated, 15001 bytes in total]"), e.rawBody());
  }

  @Test
  void shortBodiesAreKeptAsTheyAre() {
    String body = "x".repeat(ApiException.MAX_RAW_BODY_BYTES);

    assertEquals(body, new InvalidRequestException("m", "P", "e", 400, body, List.of(), null).rawBody());
    assertEquals("", new InvalidRequestException("m", "P", "e", 400, null, List.of(), null).rawBody());
  }

  @Test
  void messagesAreOneLine() {
    ApiException api = new ProviderUnavailableException("P v1 op: HTTP 500 provider unavailable: a\r\n  b\tc",
        "P", "P v1 op", 500, "", List.of(), null);
    TransportException transport = new TransportException("P v1 op:\nbroken  pipe");

    assertEquals("P v1 op: HTTP 500 provider unavailable: a b c", api.getMessage());
    assertEquals("P v1 op: broken pipe", transport.getMessage());
  }

  @Test
  void errorsAreACopy() {
    List<ProviderError> errors = new java.util.ArrayList<>(List.of(ProviderError.of("x")));
    ApiException e = new InvalidRequestException("m", "P", "e", 400, "", errors, null);
    errors.clear();

    assertEquals(List.of(ProviderError.of("x")), e.errors());
  }
}
