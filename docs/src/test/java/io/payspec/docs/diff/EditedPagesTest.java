package io.payspec.docs.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.docs.ProviderDocs;
import io.payspec.docs.spec.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Edited copies of the providers' pages (src/test/resources/pages): each edit is found against the
 * installed spec and classified. Only what the edit adds to the original page's differences is looked at,
 * so the tests hold whatever the spec records about the original pages.
 */
class EditedPagesTest {
  private final DocsChecker checker = new DocsChecker(Specs.installed());

  private List<Difference> introducedBy(String edited, String original) throws Exception {
    Set<String> before = checker.check(ProviderDocs.page(original)).stream()
        .flatMap(c -> c.differences().stream()).map(EditedPagesTest::key).collect(Collectors.toSet());
    return checker.check(ProviderDocs.resource(edited)).stream()
        .flatMap(c -> c.differences().stream())
        .filter(d -> !before.contains(key(d)))
        .toList();
  }

  private static String key(Difference d) {
    return d.kind() + "|" + d.where() + "|" + d.field() + "|" + d.page() + "|" + d.spec();
  }

  private static Difference only(List<Difference> differences) {
    assertEquals(1, differences.size(), () -> "expected one new difference, got " + differences);
    return differences.get(0);
  }

  @Test
  void aNewRequiredRequestFieldIsBreaking() throws Exception {
    Difference d = only(introducedBy("cc-v2-field-added.md", "cryptocloud-v2-invoice-create.en.md"));
    assertEquals(Kind.FIELD_ADDED, d.kind());
    assertEquals("request", d.where());
    assertEquals("payer_name", d.field());
    assertEquals(Severity.BREAKING, d.severity());
    assertEquals(28, d.line());
    assertEquals("a new required request field: requests built with today's client lack it", d.reason());
  }

  @Test
  void aRemovedRequiredMarkIsNotBreaking() throws Exception {
    Difference d = only(introducedBy("cc-v2-required-removed.md", "cryptocloud-v2-invoice-create.en.md"));
    assertEquals(Kind.REQUIRED_CHANGED, d.kind());
    assertEquals("shop_id", d.field());
    assertEquals("optional", d.page());
    assertEquals("required", d.spec());
    assertEquals(Severity.NON_BREAKING, d.severity());
  }

  @Test
  void aCurrencyDroppedFromTheListIsBreakingForCallersWhoSendIt() throws Exception {
    Difference d = only(introducedBy("cc-v2-currency-dropped.md", "cryptocloud-v2-invoice-create.en.md"));
    assertEquals(Kind.ENUM_VALUES_REMOVED, d.kind());
    assertEquals("currency", d.field());
    assertEquals("GBP", d.spec());
    assertEquals(Severity.BREAKING, d.severity());
  }

  @Test
  void typeChangesOfARequestAndAResponseFieldAreBreaking() throws Exception {
    List<Difference> found = introducedBy("cc-v2-type-changed.md", "cryptocloud-v2-invoice-create.en.md");
    assertEquals(2, found.size(), found::toString);
    Difference amount = found.get(0);
    assertEquals(Kind.TYPE_CHANGED, amount.kind());
    assertEquals("request", amount.where());
    assertEquals("amount", amount.field());
    assertEquals("string (string)", amount.page());
    assertEquals("decimal", amount.spec());
    assertEquals(Severity.BREAKING, amount.severity());
    assertEquals("the client sends a decimal where the page expects a string", amount.reason());
    Difference testMode = found.get(1);
    assertEquals(Kind.TYPE_CHANGED, testMode.kind());
    assertEquals("response", testMode.where());
    assertEquals("test_mode", testMode.field());
    assertEquals(Severity.BREAKING, testMode.severity());
  }

  @Test
  void aNewResponseEnumValueIsNotBreaking() throws Exception {
    Difference d = only(introducedBy("cc-v2-status-added.md", "cryptocloud-v2-invoice-create.en.md"));
    assertEquals(Kind.ENUM_VALUES_ADDED, d.kind());
    assertEquals("response", d.where());
    assertEquals("status", d.field());
    assertEquals("refunded", d.page());
    assertEquals(Severity.NON_BREAKING, d.severity());
  }

  @Test
  void aCutExampleIsAPageProblemWithItsLine() throws Exception {
    List<Difference> found = introducedBy("cc-v2-example-cut.md", "cryptocloud-v2-invoice-create.en.md");
    Difference d = only(found.stream().filter(x -> x.kind() == Kind.PAGE_PROBLEM).toList());
    assertEquals(Severity.INFO, d.severity());
    assertEquals(262, d.line());
    assertEquals("response example 200 is cut or not JSON at line 277 (Unexpected end-of-input)", d.page());
    // What only the cut example documented (fields its table leaves out) is no longer documented.
    assertEquals(Set.of("side_commission_service", "type_payments", "invoice_id"),
        found.stream().filter(x -> x != d).peek(x -> assertEquals(Kind.FIELD_REMOVED, x.kind()))
            .map(Difference::field).collect(Collectors.toSet()));
    assertTrue(!d.failsAt(Severity.NON_BREAKING), "a page problem alone never fails the check");
  }

  @Test
  void aMalformedTableRowIsAPageProblemWithItsLine() throws Exception {
    Difference d = only(introducedBy("cc-v1-row-malformed.md", "cryptocloud-v1-invoice-create.en.md"));
    assertEquals(Kind.PAGE_PROBLEM, d.kind());
    assertEquals(21, d.line());
    assertEquals("table row has 2 cell(s), its header has 3: the row is read as far as it goes", d.page());
  }

  @Test
  void narrowerBoundsOnThePageAreBreaking() throws Exception {
    List<Difference> found = introducedBy("np-bounds-changed.md", "nordpay-invoice-create.en.md");
    Difference d = only(found);
    assertEquals(Kind.BOUNDS_CHANGED, d.kind());
    assertEquals("expires_time", d.field());
    assertEquals("[30..720]", d.page());
    assertEquals(Severity.BREAKING, d.severity());
  }

  @Test
  void aRenamedFieldIsFoundAsARenameNotAsARemovalAndAnAddition() throws Exception {
    Difference d = only(introducedBy("cp-field-renamed.md", "crystalpay-v3-invoice-create.ru.md"));
    assertEquals(Kind.FIELD_RENAMED, d.kind());
    assertEquals("description", d.field());
    assertEquals("descriptions", d.page());
    assertEquals(Severity.BREAKING, d.severity());
  }

  @Test
  void eachEditedPageMatchesItsEndpointInTheSpec() throws Exception {
    for (String name : List.of("cc-v2-field-added.md", "cc-v1-row-malformed.md", "np-bounds-changed.md", "cp-field-renamed.md")) {
      Path page = ProviderDocs.resource(name);
      assertTrue(checker.check(page).stream().allMatch(c -> c.spec() != null), name);
    }
  }
}
