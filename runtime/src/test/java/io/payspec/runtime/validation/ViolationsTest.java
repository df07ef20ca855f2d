package io.payspec.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths of nested rules, number bounds of every integer type, and the e-mail check. */
class ViolationsTest {
  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal FIFTY_NINE = new BigDecimal("59");

  @Test
  void nestedAndListElementRulesNameTheFullWirePath() {
    List<Violation> violations = new Violations()
        .required("shop_id", null)
        .nested("add_fields", "set", (fields, rules) -> rules
            .range("minutes", 60, ZERO, false, FIFTY_NINE)
            .nested("time_to_pay", "set", (time, inner) -> inner.required("hours", null))
            .requires("period", "month", "email_to_send", null)
            .exactlyOneOf(List.of("a", "b"), null, null))
        .each("items", Arrays.asList("x", null, "z"), (item, rules) -> rules.maxLength("name", item, 0))
        .nested("absent", null, (value, rules) -> rules.required("never", null))
        .nested("after", "set", (value, rules) -> rules.required("x", null))
        .required("locale", null)
        .toList();

    assertEquals(List.of("shop_id", "add_fields.minutes", "add_fields.time_to_pay.hours", "add_fields.period",
        "add_fields.a|add_fields.b", "items[0].name", "items[2].name", "after.x", "locale"),
        violations.stream().map(Violation::path).toList());
    assertEquals("may only be set together with add_fields.email_to_send", violations.get(3).message());
    assertEquals("exactly one of add_fields.a, add_fields.b must be set, none is", violations.get(4).message());
  }

  @Test
  void aValidRequestGivesTheSharedEmptyList() {
    assertSame(List.of(), new Violations().required("a", "x").nested("b", "y", (b, rules) -> rules.email("c", null))
        .toList());
  }

  @Test
  void everyIntegerTypeIsComparedExactly() {
    List<Violation> violations = new Violations()
        .range("int", Integer.MIN_VALUE, ZERO, false, null)
        .range("long", Long.MAX_VALUE, null, false, new BigDecimal(Long.MAX_VALUE - 1))
        .range("short", (short) 0, ZERO, true, null)
        .range("big", BigInteger.TEN.pow(30), null, false, BigDecimal.TEN.pow(29))
        .range("ok", 59L, ZERO, false, FIFTY_NINE)
        .range("double", 0.5, BigDecimal.ONE, false, null)
        .toList();

    assertEquals(List.of("int", "long", "short", "big", "double"), violations.stream().map(Violation::path).toList());
    assertEquals("must be at least 0, was -2147483648", violations.get(0).message());
    assertEquals("must be at most 9223372036854775806, was 9223372036854775807", violations.get(1).message());
    assertEquals("must be greater than 0, was 0", violations.get(2).message());
  }

  @Test
  void emailCheckAcceptsExactlyWhatTheSplittingCheckAccepted() {
    char[] alphabet = {'a', '@', '.', ' '};
    List<String> values = new ArrayList<>(List.of("", "email@gmail.com", "a.b@c.d.e", "a@b\u0001.c", "a@b.c\t"));
    List<String> level = List.of("");
    for (int length = 1; length <= 7; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : level) {
        for (char c : alphabet) {
          next.add(prefix + c);
        }
      }
      values.addAll(next);
      level = next;
    }
    values.add("a@" + "b.".repeat(125) + "c");
    values.add("a@" + "b.".repeat(126) + "c");
    int accepted = 0;
    for (String value : values) {
      assertEquals(splittingCheck(value), Violations.isEmail(value), () -> "'" + value + "'");
      accepted += Violations.isEmail(value) ? 1 : 0;
    }
    assertTrue(accepted > 10, "the corpus holds addresses, not only rejections: " + accepted);
  }

  @Test
  void sizeAndLengthMessagesStateTheBoundAndTheValueInPlainEnglish() {
    List<Violation> violations = new Violations()
        .size("uuids", List.of(), 1, 100)
        .size("tags", List.of(), 1, Integer.MAX_VALUE)
        .size("ids", List.of("a"), 2, Integer.MAX_VALUE)
        .size("one", List.of("a", "b"), 0, 1)
        .size("few", List.of("a", "b", "c"), 0, 2)
        .size("fits", List.of("a"), 1, 1)
        .maxLength("code", "ab", 1)
        .maxLength("name", "a\uD83D\uDE00bcd", 3)
        .toList();

    assertEquals(List.of(
        "uuids: must have between 1 and 100 elements, had 0",
        "tags: must have at least 1 element, had 0",
        "ids: must have at least 2 elements, had 1",
        "one: must have at most 1 element, had 2",
        "few: must have at most 2 elements, had 3",
        "code: must be at most 1 character, was 2",
        "name: must be at most 3 characters, was 5"),
        violations.stream().map(v -> v.path() + ": " + v.message()).toList());
  }

  /** The check before the one-pass rewrite: the accept/reject set the rewrite must keep. */
  private static boolean splittingCheck(String value) {
    if (value.length() > 254) {
      return false;
    }
    int at = value.indexOf('@');
    if (at <= 0 || value.indexOf('@', at + 1) >= 0 || at == value.length() - 1) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    String[] labels = value.substring(at + 1).split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty()) {
        return false;
      }
    }
    return labels.length >= 2;
  }
}
