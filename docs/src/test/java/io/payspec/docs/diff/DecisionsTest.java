package io.payspec.docs.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.docs.ProviderDocs;
import io.payspec.docs.page.Bounds;
import io.payspec.docs.page.Page;
import io.payspec.docs.page.PageReader;
import io.payspec.docs.page.WireType;
import io.payspec.docs.spec.ExampleCheck;
import io.payspec.docs.spec.SpecDecision;
import io.payspec.docs.spec.SpecEndpoint;
import io.payspec.docs.spec.SpecField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A difference the spec records as a {@code @Decision} is a known decision, not drift. */
class DecisionsTest {
  private static final SpecDecision BOUNDS = new SpecDecision("BOUNDS", "",
      "30..1440 (table); 5..60 (error text); 1 (curl)", "1..1440", "The widest documented span.");

  private static SpecEndpoint nordPay(List<SpecDecision> onField, List<SpecDecision> onEndpoint) {
    WireType string = new WireType(WireType.Kind.STRING, false);
    return new SpecEndpoint("NordPay", "nordpay", "v1", "createInvoice", "POST", "https://api.nord-pay.com",
        "/invoice/create", List.of("X-API-KEY"), List.of(),
        List.of(
            new SpecField("currency", string, false, List.of(), Bounds.NONE, "body", List.of()),
            new SpecField("allowed_currencies", new WireType(WireType.Kind.STRING, true), false, List.of(),
                new Bounds(null, false, null, false, null, 2, null), "body", List.of()),
            new SpecField("amount", new WireType(WireType.Kind.CURRENCY_AMOUNT, false), true, List.of(), Bounds.NONE, "body", List.of()),
            new SpecField("expires_time", new WireType(WireType.Kind.INTEGER, false), true, List.of(),
                Bounds.range(BigDecimal.ONE, new BigDecimal("1440")), "body", onField),
            new SpecField("label", string, true, List.of(), Bounds.NONE, "body", List.of()),
            new SpecField("postback_url", string, false, List.of(), Bounds.NONE, "body", List.of()),
            new SpecField("success_url", string, false, List.of(), Bounds.NONE, "body", List.of()),
            new SpecField("fail_url", string, false, List.of(), Bounds.NONE, "body", List.of()),
            new SpecField("note", string, false, List.of(), Bounds.NONE, "body", List.of())),
        List.of(), onEndpoint, ExampleCheck.NONE);
  }

  private static List<Difference> differences(SpecEndpoint spec) throws Exception {
    Page page = new PageReader().read(ProviderDocs.page("nordpay-invoice-create.en.md"));
    return PageComparator.compare(page.file(), page.endpoints().get(0), page.notes(), spec).differences();
  }

  private static Difference bounds(List<Difference> differences) {
    return differences.stream().filter(d -> d.kind() == Kind.BOUNDS_CHANGED).findFirst().orElseThrow();
  }

  @Test
  void withoutADecisionDifferentBoundsAreDrift() throws Exception {
    Difference d = bounds(differences(nordPay(List.of(), List.of())));
    assertNull(d.decision());
    assertEquals("expires_time", d.field());
    assertEquals("[30..1440]", d.page());
    assertEquals("[1..1440]", d.spec());
    assertEquals(Severity.BREAKING, d.severity());
    assertTrue(d.failsAt(Severity.BREAKING));
  }

  @Test
  void aDecisionOnTheFieldMakesThemAKnownDecision() throws Exception {
    Difference d = bounds(differences(nordPay(List.of(BOUNDS), List.of())));
    assertTrue(d.known());
    assertEquals("expires_time", d.decision().field());
    assertEquals("The widest documented span.", d.decision().reason());
    assertFalse(d.failsAt(Severity.NON_BREAKING));
  }

  @Test
  void aDecisionOnTheEndpointNamingTheFieldCountsToo() throws Exception {
    SpecDecision added = new SpecDecision("FIELD_ADDED", "note", "not on the page", "an optional note", "The SDK sends it.");
    List<Difference> found = differences(nordPay(List.of(), List.of(added)));
    Difference note = found.stream().filter(d -> d.field().equals("note")).findFirst().orElseThrow();
    assertEquals(Kind.FIELD_REMOVED, note.kind());
    assertEquals(added, note.decision());
  }

  @Test
  void anEndpointDecisionQuotingTheHeaderTheSpecDoesNotSendExplainsIt() throws Exception {
    SpecEndpoint spec = nordPay(List.of(), List.of(new SpecDecision("OTHER", "",
        "the page names the header X-API-KEY; the SDK sends X-Api-Key", "X-Api-Key", "The SDK is tested live.")));
    SpecEndpoint renamed = new SpecEndpoint(spec.provider(), spec.providerId(), spec.version(), spec.operation(),
        spec.method(), spec.baseUrl(), spec.path(), List.of("X-Api-Key-2"), spec.credentialFields(), spec.requestFields(),
        spec.responseFields(), spec.decisions(), spec.examples());
    Difference header = differences(renamed).stream().filter(d -> d.kind() == Kind.TRANSPORT_CHANGED).findFirst().orElseThrow();
    assertEquals("X-API-KEY", header.field());
    assertTrue(header.known(), header::toString);
    SpecEndpoint unrelated = new SpecEndpoint(spec.provider(), spec.providerId(), spec.version(), spec.operation(),
        spec.method(), spec.baseUrl(), spec.path(), List.of("X-Api-Key-2"), spec.credentialFields(), spec.requestFields(),
        spec.responseFields(), List.of(new SpecDecision("OTHER", "", "X-API-KEYS", "-", "-")), spec.examples());
    assertNull(differences(unrelated).stream().filter(d -> d.kind() == Kind.TRANSPORT_CHANGED).findFirst().orElseThrow()
        .decision());
  }

  @Test
  void aDecisionOnAnotherTopicOrFieldExplainsNothing() throws Exception {
    SpecDecision wrongTopic = new SpecDecision("REQUIRED", "expires_time", "-", "-", "-");
    SpecDecision wrongField = new SpecDecision("BOUNDS", "label", "-", "-", "-");
    assertNull(bounds(differences(nordPay(List.of(), List.of(wrongTopic, wrongField)))).decision());
  }
}
