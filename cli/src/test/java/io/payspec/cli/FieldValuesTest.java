package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValuesTest {
  private final FieldValues values = new FieldValues(Json.mapper());

  private static FieldOption option(FieldKind kind, boolean list, List<String> enumValues) {
    return new FieldOption(new FieldInfo("add_fields.some_field", kind, list, false, null, enumValues, "d"));
  }

  private JsonNode convert(FieldKind kind, String text) {
    return values.convert(option(kind, false, List.of()), text);
  }

  @Test
  void keepsDecimalsExactlyAsWritten() {
    assertEquals("10.50", convert(FieldKind.DECIMAL, "10.50").toString());
    assertEquals("0.1000000000000000000001", convert(FieldKind.DECIMAL, "0.1000000000000000000001").toString());
  }

  @Test
  void readsIntegersOfAnySize() {
    assertEquals("24", convert(FieldKind.INTEGER, "24").toString());
    assertEquals("123456789012345678901234567890", convert(FieldKind.INTEGER, "123456789012345678901234567890").toString());
    UsageException fraction = assertThrows(UsageException.class, () -> convert(FieldKind.INTEGER, "1.5"));
    assertEquals("--add-fields.some-field: '1.5' is not an integer", fraction.getMessage());
  }

  @Test
  void readsOnlyTrueOrFalse() {
    assertEquals("true", convert(FieldKind.BOOLEAN, "true").toString());
    assertThrows(UsageException.class, () -> convert(FieldKind.BOOLEAN, "yes"));
  }

  @Test
  void checksAmountsWithCurrency() {
    assertEquals("\"0.015 BNB\"", convert(FieldKind.CURRENCY_AMOUNT, "0.015 BNB").toString());
    assertThrows(UsageException.class, () -> convert(FieldKind.CURRENCY_AMOUNT, "0.015"));
  }

  @Test
  void checksEnumValuesAgainstTheDocumentedOnes() {
    FieldOption period = option(FieldKind.ENUM, false, List.of("month", "week", "day"));

    assertEquals("\"week\"", values.convert(period, "week").toString());
    UsageException wrong = assertThrows(UsageException.class, () -> values.convert(period, "year"));
    assertEquals("--add-fields.some-field: 'year' is not one of month, week, day", wrong.getMessage());
  }

  @Test
  void splitsListsAtCommasAndConvertsEachElement() {
    FieldOption currencies = option(FieldKind.ENUM, true, List.of("BTC", "ETH", "TRX"));

    assertEquals("[\"BTC\",\"ETH\"]", values.convert(currencies, "BTC, ETH").toString());
    assertEquals("[]", values.convert(currencies, "").toString());
    assertThrows(UsageException.class, () -> values.convert(currencies, "BTC,DOGE"));
    assertEquals("[1,2]", values.convert(option(FieldKind.INTEGER, true, List.of()), "1,2").toString());
  }

  @Test
  void readsObjectsAsJson() {
    assertEquals("{\"a\":1}", convert(FieldKind.OBJECT, "{\"a\": 1}").toString());
    assertThrows(UsageException.class, () -> convert(FieldKind.OBJECT, "[1]"));
  }

  @Test
  void namesOptionsAfterTheWirePath() {
    assertEquals("--add-fields.some-field", option(FieldKind.STRING, false, List.of()).name());
  }

  @Test
  void buildsNestedBodiesFromPaths() {
    RequestTree tree = new RequestTree()
        .put("shop_id", convert(FieldKind.STRING, "s"))
        .put("add_fields.time_to_pay.hours", convert(FieldKind.INTEGER, "24"))
        .put("add_fields.time_to_pay.minutes", convert(FieldKind.INTEGER, "5"));

    assertEquals("{\"shop_id\":\"s\",\"add_fields\":{\"time_to_pay\":{\"hours\":24,\"minutes\":5}}}", tree.json().toString());
  }
}
