package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.runtime.error.MissingCredentialException;
import io.payspec.runtime.error.NotFoundException;
import io.payspec.runtime.fixtures.StubServer;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.Operation.EnvelopeInfo;
import io.payspec.runtime.meta.Operation.ErrorInfo;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.SignatureInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request and response shapes over real HTTP: path and query parameters, GET without a body,
 * answers that are arrays, keyed maps or a whole envelope, per-operation credentials and computed
 * signatures. The metadata is built by hand as the generator writes it.
 */
class CallShapesTest {
  private static final ProviderInfo SHOP = new ProviderInfo("shop", "Shop", "https://api.shop.test",
      AuthInfo.header("X-Key", ""), "A test provider.", List.of("api_key", "payout_key", "salt"));
  private static final ErrorInfo ERRORS = new ErrorInfo(List.of(ErrorShape.DETAIL), List.of(), List.of(), List.of());

  /** A request with a path parameter, query parameters (one a list) and nothing in the body. */
  record Lookup(@JsonProperty("id") String id, @JsonProperty("currency[]") List<String> currencies,
      @JsonProperty("min") BigDecimal min, @JsonProperty("note") String note) {}

  /** A payload. */
  record Item(@JsonProperty("id") String id, @JsonProperty("amount") BigDecimal amount) {}

  /** A payoff whose signature the client computes. */
  record Payoff(@JsonProperty("amount") BigDecimal amount, @JsonProperty("wallet") String wallet,
      @JsonProperty("signature") String signature) {}

  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    server = StubServer.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static FieldInfo param(String name, FieldKind kind, boolean list, ParamIn in) {
    return new FieldInfo(name, kind, list, false, null, List.of(), "", in, null, false, false, false,
        FieldConstraints.NONE, List.of(), null);
  }

  private static <R> Operation<Lookup, R> lookup(HttpMethod method, ResponseShape shape, EnvelopeInfo envelope) {
    return new Operation<>(SHOP, "v1", "lookup", method, "/items/{id}/", "Looks items up.", envelope, ERRORS,
        Lookup.class, Item.class, request -> List.of(),
        List.of(param("id", FieldKind.STRING, false, ParamIn.PATH), param("currency[]", FieldKind.STRING, true, ParamIn.QUERY),
            param("min", FieldKind.DECIMAL, false, ParamIn.QUERY), param("note", FieldKind.STRING, false, ParamIn.BODY)),
        shape, List.of(), SHOP.auth(), List.of("api_key"), false, "", List.of(), List.of(), List.of());
  }

  private ClientCore client() {
    return ClientCore.builder(SHOP).baseUrl(server.baseUrl()).credential("api_key", "k1").build();
  }

  @Test
  void getFillsThePathAndTheQueryInDeclaredOrderAndSendsNoBody() {
    server.answerJson(200, "{\"id\":\"a b\",\"amount\":1}");
    Operation<Lookup, Item> get = lookup(HttpMethod.GET, ResponseShape.OBJECT, EnvelopeInfo.flat());

    Item item = client().call(get, new Lookup("a b/ü", List.of("BTC", "USDT TRC20"), new BigDecimal("1E+2"), null));

    StubServer.Recorded request = server.onlyRequest();
    assertEquals("GET", request.method());
    assertEquals("/items/a%20b%2F%C3%BC/", request.path());
    assertEquals("currency[]=BTC&currency[]=USDT%20TRC20&min=100", request.query());
    assertEquals(0, request.body().length);
    assertNull(request.header("Content-Type"));
    assertEquals("a b", item.id());
  }

  @Test
  void unsetQueryParametersAreLeftOutAndBodyFieldsStayInThePostBody() {
    server.answerJson(200, "{\"id\":\"1\"}");
    Operation<Lookup, Item> post = lookup(HttpMethod.POST, ResponseShape.OBJECT, EnvelopeInfo.flat());

    client().call(post, new Lookup("7", null, null, "hi"));

    StubServer.Recorded request = server.onlyRequest();
    assertEquals("/items/7/", request.path());
    assertNull(request.query());
    assertEquals("{\"note\":\"hi\"}", request.bodyText());
    assertEquals("application/json", request.header("Content-Type"));
  }

  @Test
  void aListAnswerIsReadAsAList() {
    server.answerJson(200, "[{\"id\":\"1\",\"amount\":\"1.50\"},{\"id\":\"2\"}]");
    Operation<Lookup, List<Item>> list = lookup(HttpMethod.GET, ResponseShape.LIST, EnvelopeInfo.flat());

    List<Item> items = client().call(list, new Lookup("x", null, null, null));

    assertEquals(List.of(new Item("1", new BigDecimal("1.50")), new Item("2", null)), items);
  }

  @Test
  void aKeyedAnswerIsReadAsAMapInOrderAndAnEmptyArrayAsAnEmptyMap() {
    Operation<Lookup, Map<String, Item>> map = lookup(HttpMethod.GET, ResponseShape.MAP,
        new EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "items", "error", "errors"));
    server.answerJson(200, "{\"status\":\"success\",\"items\":{\"b\":{\"id\":\"2\"},\"a\":{\"id\":\"1\"}}}");
    Map<String, Item> items = client().call(map, new Lookup("x", null, null, null));
    assertEquals(List.of("b", "a"), List.copyOf(items.keySet()));

    server.answerJson(200, "{\"status\":\"success\",\"items\":[]}");
    assertTrue(client().call(map, new Lookup("x", null, null, null)).isEmpty());
  }

  @Test
  void anEmptyResultFieldMeansTheWholeBodyIsThePayload() {
    Operation<Lookup, Item> whole = lookup(HttpMethod.GET, ResponseShape.OBJECT,
        new EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "", "error", "errors"));
    server.answerJson(200, "{\"status\":\"success\",\"id\":\"9\",\"amount\":3}");

    assertEquals(new Item("9", new BigDecimal("3")), client().call(whole, new Lookup("x", null, null, null)));
  }

  @Test
  void http404IsANotFoundException() {
    server.answerJson(404, "{\"detail\":\"Invoice not found\"}");
    Operation<Lookup, Item> get = lookup(HttpMethod.GET, ResponseShape.OBJECT, EnvelopeInfo.flat());

    NotFoundException e = assertThrows(NotFoundException.class, () -> client().call(get, new Lookup("x", null, null, null)));
    assertEquals(404, e.status());
  }

  private static Operation<Payoff, Item> payoff(AuthInfo auth, List<String> credentials) {
    FieldInfo signature = new FieldInfo("signature", FieldKind.STRING, false, true, null, List.of(), "", ParamIn.BODY, null,
        false, false, false, FieldConstraints.NONE, List.of(), new SignatureInfo("{amount}:{wallet}:{salt}", "SHA-1", "salt"));
    return new Operation<>(SHOP, "v1", "payoff", HttpMethod.POST, "/payoff", "Pays out.", EnvelopeInfo.flat(), ERRORS,
        Payoff.class, Item.class, request -> List.of(),
        List.of(param("amount", FieldKind.DECIMAL, false, ParamIn.BODY), param("wallet", FieldKind.STRING, false, ParamIn.BODY),
            signature),
        ResponseShape.OBJECT, List.of(), auth, credentials, false, "", List.of(), List.of(), List.of());
  }

  @Test
  void anOperationWithItsOwnKeyAndASignatureSendsBoth() {
    server.answerJson(200, "{\"id\":\"p\"}");
    ClientCore core = ClientCore.builder(SHOP).baseUrl(server.baseUrl()).credential("api_key", "k1")
        .credential("payout_key", "k2").credential("salt", "pepper").build();

    core.call(payoff(AuthInfo.header("X-Payout-Key", "Bearer ", "payout_key"), List.of("payout_key", "salt")),
        new Payoff(new BigDecimal("10.50"), "w1", null));

    StubServer.Recorded request = server.onlyRequest();
    assertEquals("Bearer k2", request.header("X-Payout-Key"));
    assertNull(request.header("X-Key"));
    // sha1("10.50:w1:pepper"), computed with sha1sum
    assertEquals("{\"amount\":10.50,\"wallet\":\"w1\",\"signature\":\"a1ad9972ed6e093575a0e39f8787b796ce95ec11\"}", request.bodyText());
    assertFalse(core.toString().contains("pepper"));
  }

  @Test
  void aMissingOperationCredentialFailsNamingItAndSendsNothing() {
    ClientCore core = client();

    CompletionException e = assertThrows(CompletionException.class, () -> core.callAsync(
        payoff(SHOP.auth(), List.of("api_key", "salt")), new Payoff(BigDecimal.ONE, "w", null)).join());

    MissingCredentialException missing = assertInstanceOf(MissingCredentialException.class, e.getCause());
    assertEquals("salt", missing.credential());
    assertTrue(missing.getMessage().contains("Shop v1 payoff needs the credential salt"), missing.getMessage());
    assertTrue(server.requests().isEmpty());
  }
}
