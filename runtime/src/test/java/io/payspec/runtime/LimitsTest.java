package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.annotations.ErrorShape;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.json.Numbers;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits every number, body, message and credential mask works under. */
class LimitsTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void numbersOutsideTheLimitsAreQuotedShortAndNeverExpanded() {
    assertTrue(Numbers.withinLimits(new BigDecimal("1.499999996212864e-06")));
    assertFalse(Numbers.withinLimits(new BigDecimal("-1e1000000000")));
    assertFalse(Numbers.withinLimits(new BigDecimal("1e-101")));
    assertEquals("0.000001499999996212864", Numbers.quote(new BigDecimal("1.499999996212864e-06")));
    assertEquals("-1E+1000000000", Numbers.quote(new BigDecimal("-1e1000000000")));
    assertEquals("1.2345678901234567890E+999 (rounded)",
        Numbers.quote(new BigDecimal("1.23456789012345678901234567890e999")));
  }

  @Test
  void treesReadNumbersBeyondAnyDecimalAsNull() throws IOException {
    JsonNode tree = Json.readTree(MAPPER, "{\"a\":1e2147483648,\"b\":-1e-2147483648,\"c\":1e1000,\"d\":1.5}"
        .getBytes(StandardCharsets.UTF_8));

    assertTrue(tree.get("a").isNull());
    assertTrue(tree.get("b").isNull());
    assertTrue(tree.get("c").isNull());
    assertEquals(new BigDecimal("1.5"), tree.get("d").decimalValue());
  }

  @Test
  void treesRefuseDeepNestingManyTokensAndTrailingContent() {
    assertThrows(StreamConstraintsException.class,
        () -> Json.readTree(MAPPER, "[".repeat(100) + "]".repeat(100)));
    assertThrows(StreamConstraintsException.class,
        () -> Json.readTree(MAPPER, "[" + String.join(",", Collections.nCopies(60_000, "1")) + "]"));
    assertThrows(IOException.class, () -> Json.readTree(MAPPER, "{} {}"));
  }

  @Test
  void writingANumberOutsideTheLimitsFailsInsteadOfExpandingIt() {
    assertThrows(IOException.class, () -> MAPPER.writeValueAsString(new BigDecimal("1e-1000000")));
  }

  @Test
  void emailCheckIsLinearAndMessagesQuoteValuesOnOneBoundedLine() {
    assertTrue(Violations.quote("x\nERROR forged").equals("'x\\u000aERROR forged'"));
    assertEquals("'" + "x".repeat(64) + "'… (10000000 characters)", Violations.quote("x".repeat(10_000_000)));
    List<Violation> violations = new Violations()
        .email("email", "a@b" + ".c".repeat(5000))
        .email("ok", "email@gmail.com")
        .email("dot", "a@b.")
        .email("two", "a@b@c.d")
        .toList();
    assertEquals(List.of("email", "dot", "two"), violations.stream().map(Violation::path).toList());
  }

  @Test
  void rangeOfAHugeNumberIsAViolationWithoutExpansion() {
    List<Violation> violations = new Violations()
        .range("amount", new BigDecimal("-1e1000000000"), BigDecimal.ZERO, true, null).toList();

    assertEquals("must have at most 100 significant digits and at most 100 decimal places or trailing zeros, "
        + "was -1E+1000000000", violations.get(0).message());
  }

  @Test
  void redactionFindsEveryDecodedFormBeforeAnythingIsCut() {
    Redactor redactor = new Redactor(List.of(Secret.of("api_key", "cp-s3cret/ü\"x")));
    String mixed = "{\"k\":\"cp-\\u0073\\u0033cret\\/\\u00FC\\\"x\"}";

    assertEquals("{\"k\":\"****\"}", redactor.redact(mixed));
    assertEquals("a **** b", redactor.redact("a cp-s3cret/ü\"x b"));
    assertEquals("\\u0063", redactor.redact("\\u0063"));
    String utf16 = BodyText.decode("key cp-s3cret/ü\"x".getBytes(StandardCharsets.UTF_16LE),
        "application/json; charset=UTF-16LE");
    assertEquals("key ****", redactor.redact(utf16));
    assertEquals(StandardCharsets.UTF_8, BodyText.charset("application/json; charset=\"no-such-charset\""));
  }

  @Test
  void providerErrorsAreReadUnderLimitsAfterMasking() {
    Operation.EnvelopeInfo flat = Operation.EnvelopeInfo.flat();
    ObjectMapper mapper = Json.mapper();
    JsonNode body = mapper.createObjectNode().set("errors", mapper.valueToTree(
        Collections.nCopies(1000, "p".repeat(299) + "SECRET" + "e".repeat(1000))));

    List<ProviderError> errors = ProviderErrors.read(List.of(ErrorShape.ERROR_LIST), flat, body,
        text -> text.replace("SECRET", "****"));

    assertEquals(ProviderErrors.MAX_ERRORS, errors.size());
    assertEquals("p".repeat(299) + "*…", errors.get(0).message());
  }
}
