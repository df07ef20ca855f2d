package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.meta.ResponseExampleInfo;
import io.payspec.runtime.validation.Violation;
import java.util.List;

/**
 * Made-up providers described by hand, so that the sandbox is tested on what it derives and not on any
 * real provider: Acme (a header key, {@code {"status","result"}} envelope, invoices that are created,
 * looked up by a path placeholder, listed with query parameters and cancelled) and Bodyco (body
 * credentials, errors as {@code {"error": true, "errors": [...]}} under HTTP 200, and an operation
 * without a documented success). Requests are read as JSON trees; {@code amount} is required.
 */
final class MadeUp {
  static final AuthInfo HEADER = AuthInfo.header("X-Key", "");
  static final ProviderInfo ACME = new ProviderInfo("acme", "Acme", "https://api.acme.test", HEADER, "Made up.");
  static final AuthInfo BODY = AuthInfo.body("login", "secret");
  static final ProviderInfo BODYCO = new ProviderInfo("bodyco", "Bodyco", "https://api.bodyco.test", BODY, "Made up.");
  static final String INVOICE = "{\"id\": \"INV-AAAA1111\", \"status\": \"%s\", \"amount\": \"10\", "
      + "\"link\": \"https://pay.acme.test/AAAA1111\", \"created_at\": \"2024-01-01T10:00:00Z\"}";

  private MadeUp() {}

  static FieldInfo field(String path, FieldKind kind, boolean list, ParamIn in) {
    return new FieldInfo(path, kind, list, false, null, List.of(), "", in, null, false, false, false,
        FieldConstraints.NONE, List.of(), null);
  }

  static ResponseExampleInfo success(String body) {
    return new ResponseExampleInfo("success", 200, body, ExampleOutcome.SUCCESS, "");
  }

  static Operation<ObjectNode, ObjectNode> operation(ProviderInfo provider, Operation.EnvelopeInfo envelope,
      List<ErrorShape> errors, String name, HttpMethod method, String path, List<FieldInfo> fields,
      List<RequestExampleInfo> requests, List<ResponseExampleInfo> responses) {
    return new Operation<>(provider, "v1", name, method, path, "", envelope,
        new Operation.ErrorInfo(errors, List.of(), List.of(), List.of()), ObjectNode.class, ObjectNode.class,
        MadeUp::amountRequiredWhenInTheBody, fields, ResponseShape.OBJECT, List.of(), provider.auth(),
        provider.auth().credentialNames(), false, "", requests, responses, List.of());
  }

  private static List<Violation> amountRequiredWhenInTheBody(ObjectNode request) {
    return request.has("amount") || !request.has("description") ? List.of()
        : List.of(new Violation("amount", "required", "is required"));
  }

  static Operation<ObjectNode, ObjectNode> acme(String name, HttpMethod method, String path, List<FieldInfo> fields,
      List<RequestExampleInfo> requests, List<ResponseExampleInfo> responses) {
    return operation(ACME, new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result",
        "error", "errors"), List.of(ErrorShape.DETAIL), name, method, path, fields, requests, responses);
  }

  /** Acme: createInvoice, getInvoice, listInvoices, cancelInvoice, with their examples. */
  static ProviderModule acme() {
    return module(ACME, List.of(
        acme("createInvoice", HttpMethod.POST, "/invoices",
            List.of(field("amount", FieldKind.DECIMAL, false, ParamIn.BODY),
                field("description", FieldKind.STRING, false, ParamIn.BODY)),
            List.of(new RequestExampleInfo("page", "/invoices", "", "{\"amount\": 10}", "")),
            List.of(success("{\"status\": \"success\", \"result\": " + INVOICE.formatted("created") + "}"))),
        acme("getInvoice", HttpMethod.GET, "/invoices/{id}",
            List.of(field("id", FieldKind.STRING, false, ParamIn.PATH)),
            List.of(new RequestExampleInfo("page", "/invoices/INV-AAAA1111", "", "", "")),
            List.of(success("{\"status\": \"success\", \"result\": " + INVOICE.formatted("paid") + "}"),
                new ResponseExampleInfo("missing", 404, "{\"detail\": \"Invoice not found\"}", ExampleOutcome.NOT_FOUND,
                    ""))),
        acme("listInvoices", HttpMethod.GET, "/invoices",
            List.of(field("status", FieldKind.STRING, true, ParamIn.QUERY)),
            List.of(new RequestExampleInfo("page", "/invoices", "status=paid", "", "")),
            List.of(success("{\"status\": \"success\", \"result\": [" + INVOICE.formatted("paid") + "], \"count\": 1}"))),
        acme("cancelInvoice", HttpMethod.POST, "/invoices/{id}/cancel",
            List.of(field("id", FieldKind.STRING, false, ParamIn.PATH)),
            List.of(new RequestExampleInfo("page", "/invoices/INV-AAAA1111/cancel", "", "", "")),
            List.of(success("{\"status\": \"success\", \"result\": {\"id\": \"INV-AAAA1111\", \"status\": \"canceled\"}}")))));
  }

  /** Bodyco: one operation, without a documented success. */
  static ProviderModule bodyco() {
    return module(BODYCO, List.of(operation(BODYCO, new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status",
            "success", "result", "error", "errors"), List.of(ErrorShape.ERROR_LIST), "createThing", HttpMethod.POST,
        "/v1/thing/create/", List.of(field("amount", FieldKind.DECIMAL, false, ParamIn.BODY),
            field("description", FieldKind.STRING, false, ParamIn.BODY)), List.of(), List.of())));
  }

  static ProviderModule module(ProviderInfo provider, List<Operation<?, ?>> operations) {
    return new ProviderModule() {
      @Override
      public ProviderInfo provider() {
        return provider;
      }

      @Override
      public List<Operation<?, ?>> operations() {
        return operations;
      }
    };
  }
}
