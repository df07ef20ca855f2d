package io.payspec.docs.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.docs.ProviderDocs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageReaderTest {
  private final PageReader reader = new PageReader();

  private PageEndpoint only(String name) throws PageFormatException {
    Page page = reader.read(ProviderDocs.page(name));
    assertEquals(1, page.endpoints().size(), name);
    return page.endpoints().get(0);
  }

  private static PageField field(List<PageField> fields, String path) {
    return fields.stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + path + " in " + fields.stream().map(PageField::path).toList()));
  }

  @Test
  void cryptoCloudV2PipeAndHtmlTablesNestedObjectEnumsAndExamples() throws Exception {
    PageEndpoint e = only("cryptocloud-v2-invoice-create.en.md");
    assertEquals("POST", e.method());
    assertEquals("https://api.cryptocloud.plus/v2/invoice/create", e.url());
    assertEquals("/v2/invoice/create", e.path());
    assertEquals(List.of("Authorization"), e.headers().stream().map(PageField::path).toList());
    assertEquals(RequiredMark.REQUIRED, e.headers().get(0).mark());

    PageField shopId = field(e.requestFields(), "shop_id");
    assertEquals(RequiredMark.REQUIRED, shopId.mark());
    assertEquals(new WireType(WireType.Kind.STRING, false), shopId.type());
    assertEquals(27, shopId.line());
    assertEquals(new WireType(WireType.Kind.DECIMAL, false), field(e.requestFields(), "amount").type());
    PageField currency = field(e.requestFields(), "currency");
    assertEquals(RequiredMark.NONE, currency.mark());
    assertEquals(25, currency.enumValues().size());
    assertEquals("USD", currency.enumValues().get(0));
    assertEquals("GBP", currency.enumValues().get(24));

    PageField available = field(e.requestFields(), "add_fields.available_currencies");
    assertEquals(new WireType(WireType.Kind.STRING, true), available.type());
    assertEquals(40, available.enumValues().size());
    assertTrue(available.enumValues().contains("USDT_TRC20"));
    assertEquals(WireType.Kind.OBJECT, field(e.requestFields(), "add_fields.time_to_pay").type().kind());
    assertEquals("{ \"hours\": 24, \"minutes\": 0 }", field(e.requestFields(), "add_fields.time_to_pay").example());

    assertEquals(List.of("created", "paid", "partial", "overpaid", "canceled"),
        field(e.responseFields(), "status").enumValues());
    assertEquals(20, e.responseFields().size());

    PageExample curl = e.requestExamples().get(0);
    assertEquals("cURL", curl.title());
    assertEquals("{\"amount\":100,\"shop_id\":\"xBAivfPIbskwuEWj\",\"currency\":\"USD\"}", curl.json().toString());
    PageExample ok = e.responseExamples().get(0);
    assertEquals(200, ok.status());
    assertEquals("INV-89UX09KA", ok.json().path("result").path("uuid").asText());
    assertEquals(new BigDecimal("1.499999996212864e-06"), ok.json().path("result").path("fee").decimalValue());
  }

  @Test
  void nordPayYellowStarsBoundsFromTheDescriptionAndStatusTabs() throws Exception {
    PageEndpoint e = only("nordpay-invoice-create.en.md");
    assertEquals("/invoice/create", e.url());
    assertEquals("", e.origin());
    assertEquals(RequiredMark.ONE_OF, field(e.requestFields(), "currency").mark());
    assertEquals(RequiredMark.ONE_OF, field(e.requestFields(), "allowed_currencies").mark());
    assertEquals(RequiredMark.REQUIRED, field(e.requestFields(), "label").mark());
    PageField expires = field(e.requestFields(), "expires_time");
    assertEquals(Bounds.range(new BigDecimal("30"), new BigDecimal("1440")), expires.bounds());
    assertEquals(WireType.Kind.NUMBER, expires.type().kind());
    assertEquals(List.of(200, 400, 400, 400, 400, 400, 400, 422),
        e.responseExamples().stream().map(PageExample::status).toList());
    assertEquals(1, e.requestExamples().get(0).json().path("expires_time").asInt());
    assertEquals("https://api.nord-pay.com/invoice/create", e.requestExamples().get(0).url());
    assertEquals(List.of("Content-Type", "X-API-KEY"), e.headers().stream().map(PageField::path).toList());
  }

  @Test
  void crystalPayRussianHtmlTableAndTheResponseTableInATab() throws Exception {
    PageEndpoint e = only("crystalpay-v3-invoice-create.ru.md");
    assertEquals("https://api.crystalpay.io/v3/invoice/create/", e.url());
    assertEquals(13, e.requestFields().size());
    assertEquals(RequiredMark.REQUIRED, field(e.requestFields(), "lifetime").mark());
    PageField currency = field(e.requestFields(), "currency");
    assertEquals(RequiredMark.NONE, currency.mark());
    assertEquals("Валюта инвойса, по умолчанию RUB", currency.description());
    assertEquals(new WireType(WireType.Kind.UNKNOWN, true), field(e.requestFields(), "payer_details").type());
    assertEquals(List.of("id", "url", "rub_amount", "currency", "amount", "type", "subtract_from"),
        e.responseFields().stream().map(PageField::path).toList());
    assertEquals(1, e.responseExamples().size());
    assertTrue(e.requestExamples().isEmpty());
  }

  @Test
  void cryptoCloudV1PythonAndJavaScriptSamplesGiveTheBodyWithItsDecimals() throws Exception {
    for (String name : List.of("cryptocloud-v1-invoice-create.en.md", "cryptocloud-v1-invoice-create.pt.md")) {
      PageEndpoint e = only(name);
      assertEquals(2, e.requestExamples().size(), name);
      for (PageExample x : e.requestExamples()) {
        assertEquals("{\"amount\":100.0,\"currency\":\"USD\",\"description\":\"Pay\"}", x.json().toString(), name);
      }
      assertEquals(List.of(200), e.responseExamples().stream().map(PageExample::status).toList(), name);
      assertEquals(RequiredMark.REQUIRED, field(e.requestFields(), "shop_id").mark(), name);
    }
    assertEquals("Autorização", only("cryptocloud-v1-invoice-create.pt.md").headers().get(0).path());
  }

  @Test
  void everyPageOfTheProvidersReadsWithoutError() throws Exception {
    int endpoints = 0;
    for (Path file : ProviderDocs.all()) {
      endpoints += reader.read(file).endpoints().size();
    }
    assertTrue(endpoints >= 30, "endpoints read: " + endpoints);
  }

  @Test
  void aCutExampleIsANoteWithItsLineNotAnError() throws Exception {
    Page page = reader.read(Path.of("cut.md"), """
        # Cut
        `POST` `https://api.example.com/v1/x`

        **Response**

        ```json
        {
          "id": 1,
          "name": "ab
        ```
        """);
    PageExample cut = page.endpoints().get(0).responseExamples().get(0);
    assertFalse(cut.readable());
    assertNull(cut.json());
    assertEquals(6, cut.line());
    assertEquals(6, page.notes().get(0).line());
    assertTrue(page.notes().get(0).message().startsWith("response example 200 is cut or not JSON"), page.notes().get(0).message());
  }

  @Test
  void malformedPagesGiveTheFileAndTheLine() {
    assertMalformed("""
        # X
        `POST` `/x`

        {% tabs %}
        {% tab title="200" %}
        ```json
        {}
        ```
        {% endtabs %}
        """, "broken.md:5: {% tab title=\"200\" %} is not closed with {% endtab %} before {% endtabs %} on line 9");
    assertMalformed("""
        # X
        `POST` `/x`

        {% tabs %}
        {% tab title="200" %}
        text
        {% endtab %}
        """, "broken.md:4: {% tabs %} is never closed with {% endtabs %}");
    assertMalformed("""
        # X

        {% endtab %}
        """, "broken.md:3: {% endtab %} without an opening {% tab %}");
    assertMalformed("""
        # X
        `POST` `/x`

        ```json
        {"a": 1}
        """, "broken.md:4: code block opened with ``` is never closed");
  }

  private void assertMalformed(String source, String message) {
    PageFormatException e = assertThrows(PageFormatException.class, () -> reader.read(Path.of("broken.md"), source));
    assertEquals(message, e.getMessage());
  }
}
