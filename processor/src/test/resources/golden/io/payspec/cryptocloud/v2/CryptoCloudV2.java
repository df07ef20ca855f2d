package io.payspec.cryptocloud.v2;

import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.DecisionInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.meta.ResponseExampleInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * CryptoCloud API v2. Get it from {@link CryptoCloudClient#v2()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CryptoCloudV2 {
  /**
   * CryptoCloud v2 cancelInvoice: {@code POST /v2/invoice/merchant/canceled}.
   *
   * <p>Departs from the page about {@code result}: <em>page:</em> table: result is a string ("ok"); 2024 example: a list ["ok"]; errors: an object {"validate_error": ...}; <em>chosen:</em> the success carries no payload the client reads: the envelope's payload is the whole body (resultField = "") and the call returns an empty CancelResult once "status" is "success", whatever "result" holds; <em>because</em> "result" is polymorphic and its success value says nothing beyond the status; reading it as one of its documented forms would break on the other, and a payload must be a JSON object.
   */
  public static final Operation<CancelInvoiceRequest, CancelResult> CANCEL_INVOICE = CancelInvoiceMetadata.operation();

  /**
   * CryptoCloud v2 createInvoice: {@code POST /v2/invoice/create}.
   *
   * <p>Departs from the page: <em>page:</em> create page: statuses 200, 400, 401, 406 without bodies; authorization page: {"authorization": "Unauthorized request."} in "result" with no HTTP code (its code column says "Некорректный токен"); balance page: bare {"detail": "Signature verification failed"} and {"detail": "Invalid header padding"}; <em>chosen:</em> the "authorization" key and both "detail" messages mean refused credentials, whatever the HTTP status; 406 means the service is unavailable (as in v1); <em>because</em> Both detail messages are about decoding the API key (a JWT), so they are authentication failures, as the SDKs treat them; the status that comes with each body is not documented.
   *
   * <p>Departs from the page: <em>page:</em> every page: "Authorization: Token &lt;API KEY&gt;"; Alexandre-Chapelle/cryptocloud-sdk (src/index.ts, 52729b2): "Authorization: Bearer &lt;key&gt;"; <em>chosen:</em> Authorization: Token &lt;key&gt;; <em>because</em> Every page of both API versions documents the Token prefix; the SDK is alone and contradicts them.
   *
   * <p>Departs from the page: <em>page:</em> create, info and list pages: the same response table (the info copy ends after fee, the list copy after amount_usd); their examples differ: info adds received, received_usd, order_id and leaves out created and link; list adds date_finished; <em>chosen:</em> one Invoice for createInvoice, getInvoices and listInvoices, with every field any of the three shows; <em>because</em> The tables agree where they are visible; responses are read leniently, so a field one endpoint does not send is simply absent.
   *
   * <p>Departs from the page: <em>page:</em> "Object of the selected cryptocurrency in the invoice; also contains the network object": the object is shown, its fields are not described; <em>chosen:</em> the fields of the example, described from their names and example values; <em>because</em> The example is the only description the page gives.
   *
   * <p>Departs from the page: <em>page:</em> provider's newer documentation (README): month | week | day; partyzanex/go-cryptocloud: day | month | year; <em>chosen:</em> month, week, day; <em>because</em> The provider's documentation wins over an SDK.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

  /**
   * CryptoCloud v2 createStaticWallet: {@code POST /v2/invoice/static/create}.
   *
   * <p>Departs from the page: <em>page:</em> the current revision's request table is cut inside the currency row; the older revision lists shop_id, currency and identify, all required; <em>chosen:</em> the older revision's three fields; <em>because</em> They are the only complete list; the SDKs that create static wallets send exactly these.
   */
  public static final Operation<CreateStaticWalletRequest, StaticWallet> CREATE_STATIC_WALLET = CreateStaticWalletMetadata.operation();

  /**
   * CryptoCloud v2 createWithdrawal: {@code POST /v2/invoice/api/out/create}.
   *
   * <p>Departs from the page: <em>page:</em> 2024 success example: the payload under "data"; current text: "the result object contains"; every other v2 call: "result"; <em>chosen:</em> the payload under "data"; <em>because</em> The only example of this answer uses data; the text's "result object" repeats the wording of the other pages. An envelope has one payload key, so only one can be read.
   *
   * <p>Departs from the page: <em>page:</em> a stored fragment of the ru page shows a full invoice-style object under "result" (type "dw", invoice_status "start", currency_list, aml_cost, ...); the en pages show {invoice_id, status, currency, amount}; <em>chosen:</em> the en pages' four fields; <em>because</em> Both en revisions' table and example agree; the ru fragment is cut and its revision and tab are unknown.
   *
   * <p>Departs from the page: <em>page:</em> error keys required_parameter, currency_code, network, uncorrected_amount, rate_limit, validate_error; no error body, no HTTP status; "minimum interval between requests — 12 seconds"; rate_limit: "limit of requests per minute exceeded"; <em>chosen:</em> every key read as a field message under "result" (errorField), rate_limit as rate limited (rateLimitKeys), the others as an invalid request; the interval is not enforced by the client; <em>because</em> With no error body on the page, the errors are read where every other v2 page shows them ({"status": "error", "result": {"&lt;key&gt;": "&lt;message&gt;"}}), not under the success's "data"; rate_limit is the page's "limit of requests per minute exceeded".
   */
  public static final Operation<CreateWithdrawalRequest, Withdrawal> CREATE_WITHDRAWAL = CreateWithdrawalMetadata.operation();

  /**
   * CryptoCloud v2 getBalance: {@code POST /v2/merchant/wallet/balance/all}.
   *
   * <p>Departs from the page: <em>page:</em> error tabs {"detail": "Invalid header padding"} and {"detail": "Signature verification failed"}, their HTTP status not rendered; SDKs treat detail as 403; <em>chosen:</em> both messages mean refused credentials, whatever the status; <em>because</em> They are the messages of decoding a malformed API key (a JWT).
   *
   * <p>Departs from the page: <em>page:</em> 2024 success tab: no comma after "balance_usd":0.0, then {...}, {...}, ... placeholders; <em>chosen:</em> the comma added; the placeholders left out; <em>because</em> The example must be JSON to be decoded; the placeholders stand for more balances of the same shape.
   *
   * <p>Departs from the page: <em>page:</em> balance and static wallet currency: code = full code (USDT_TRC20), short_code, obj_network, enable; invoice currency: code = coin (USDT), fullcode, network; <em>chosen:</em> a WalletCurrency of its own, shared by getBalance and createStaticWallet; its obj_network is the invoice's Network object; <em>because</em> The same key (code) means different things in the two objects, so one type for both would mislead; the network objects have the same four fields.
   */
  public static final Operation<GetBalanceRequest, List<Balance>> GET_BALANCE = GetBalanceMetadata.operation();

  /**
   * CryptoCloud v2 getInvoices: {@code POST /v2/invoice/merchant/info}.
   *
   * <p>Departs from the page: <em>page:</em> page: {"uuids": [...]} answered by a list in "result", even for one identifier; partyzanex/go-cryptocloud sends {"uuid": "..."} and decodes one object; <em>chosen:</em> the page's: a uuids list, answered by a list of invoices; <em>because</em> The page is explicit ("List of invoice identifiers", at most 100) and its example answers with a list; the SDK contradicts it alone.
   *
   * <p>Departs from the page: <em>page:</em> the stored response table stops after fee: fee_usd, service_fee, service_fee_usd, fiat_currency, status, is_email_required, link, currency, project and test_mode are not listed; <em>chosen:</em> the shared Invoice declares them, as the create page's table does; <em>because</em> The table is cut in the stored copy, not shortened by the provider: its visible rows repeat the create page's row for row.
   *
   * <p>Departs from the page: <em>page:</em> current revision: the response table stops after fee and its example is not stored; <em>chosen:</em> the shared Invoice of createInvoice (whose table this one repeats row for row as far as it goes); <em>because</em> The visible rows are the create table's; the 2023/24 example's fields are all declared on that Invoice.
   *
   * <p>Departs from the page: <em>page:</em> 2023/24 example: a list of two invoices, the second cut inside currency.network in every stored copy; <em>chosen:</em> the example keeps the first, complete invoice and leaves the cut one out; <em>because</em> Completing the cut element would invent its values; the first element shows every field the example has.
   */
  public static final Operation<GetInvoicesRequest, List<Invoice>> GET_INVOICES = GetInvoicesMetadata.operation();

  /**
   * CryptoCloud v2 getStatistics: {@code POST /v2/invoice/merchant/statistics}.
   *
   * <p>Departs from the page about {@code end}: <em>page:</em> "Must be greater than or equal to start"; <em>chosen:</em> not checked by the client; the provider answers with its error; <em>because</em> The vocabulary has no rule comparing two fields.
   */
  public static final Operation<GetStatisticsRequest, Statistics> GET_STATISTICS = GetStatisticsMetadata.operation();

  /**
   * CryptoCloud v2 listInvoices: {@code POST /v2/invoice/merchant/list}.
   *
   * <p>Departs from the page: <em>page:</em> current revision: POST /v2/invoice/merchant/list; 2024 revision: POST /v2/invoice/merchant/info (the invoice-information endpoint); <em>chosen:</em> /v2/invoice/merchant/list; <em>because</em> The current revision, and the SDKs that call the live API (partyzanex/go-cryptocloud, KamikotoTkach/CryptoCloud4j) use /list; /info takes uuids, not a period.
   *
   * <p>Departs from the page: <em>page:</em> the response table stops after amount_usd and the example after side_commission (2024); their rows are the create table's; <em>chosen:</em> the items are the shared Invoice of createInvoice; <em>because</em> The visible rows and the 2024 prose list (uuid ... currency, project) are the create page's.
   *
   * <p>Departs from the page about {@code end}: <em>page:</em> "Must be later or equal to start"; <em>chosen:</em> not checked by the client; the provider answers with its error; <em>because</em> The vocabulary has no rule comparing two fields.
   *
   * <p>Departs from the page: <em>page:</em> 2024 example cut inside the first item ("side_com…"), no all_count; <em>chosen:</em> closed after "side_commission": "client"; "all_count": 1 added; <em>because</em> Nothing after the cut is known; all_count is what the only SDK reading this answer expects.
   */
  public static final Operation<ListInvoicesRequest, InvoiceList> LIST_INVOICES = ListInvoicesMetadata.operation();

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link CryptoCloudClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public CryptoCloudV2(ClientCore core) {
    this.core = core;
  }

  /**
   * Cancels an invoice with the created status (API v2).
   *
   * <p>{@code POST /v2/invoice/merchant/canceled}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page about {@code result}: <em>page:</em> table: result is a string ("ok"); 2024 example: a list ["ok"]; errors: an object {"validate_error": ...}; <em>chosen:</em> the success carries no payload the client reads: the envelope's payload is the whole body (resultField = "") and the call returns an empty CancelResult once "status" is "success", whatever "result" holds; <em>because</em> "result" is polymorphic and its success value says nothing beyond the status; reading it as one of its documented forms would break on the other, and a payload must be a JSON object.
   *
   * @param request the request, built with {@link CancelInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public CancelResult cancelInvoice(CancelInvoiceRequest request) {
    return core.call(CANCEL_INVOICE, request);
  }

  /**
   * Cancels an invoice with the created status (API v2).
   *
   * <p>Asynchronous form of {@link #cancelInvoice(CancelInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CancelInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<CancelResult> cancelInvoiceAsync(CancelInvoiceRequest request) {
    return core.callAsync(CANCEL_INVOICE, request);
  }

  /**
   * Creates a unique invoice and returns its payment link or payment details (API v2).
   *
   * <p>{@code POST /v2/invoice/create}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> create page: statuses 200, 400, 401, 406 without bodies; authorization page: {"authorization": "Unauthorized request."} in "result" with no HTTP code (its code column says "Некорректный токен"); balance page: bare {"detail": "Signature verification failed"} and {"detail": "Invalid header padding"}; <em>chosen:</em> the "authorization" key and both "detail" messages mean refused credentials, whatever the HTTP status; 406 means the service is unavailable (as in v1); <em>because</em> Both detail messages are about decoding the API key (a JWT), so they are authentication failures, as the SDKs treat them; the status that comes with each body is not documented.
   *
   * <p>Departs from the page: <em>page:</em> every page: "Authorization: Token &lt;API KEY&gt;"; Alexandre-Chapelle/cryptocloud-sdk (src/index.ts, 52729b2): "Authorization: Bearer &lt;key&gt;"; <em>chosen:</em> Authorization: Token &lt;key&gt;; <em>because</em> Every page of both API versions documents the Token prefix; the SDK is alone and contradicts them.
   *
   * <p>Departs from the page: <em>page:</em> create, info and list pages: the same response table (the info copy ends after fee, the list copy after amount_usd); their examples differ: info adds received, received_usd, order_id and leaves out created and link; list adds date_finished; <em>chosen:</em> one Invoice for createInvoice, getInvoices and listInvoices, with every field any of the three shows; <em>because</em> The tables agree where they are visible; responses are read leniently, so a field one endpoint does not send is simply absent.
   *
   * <p>Departs from the page: <em>page:</em> "Object of the selected cryptocurrency in the invoice; also contains the network object": the object is shown, its fields are not described; <em>chosen:</em> the fields of the example, described from their names and example values; <em>because</em> The example is the only description the page gives.
   *
   * <p>Departs from the page: <em>page:</em> provider's newer documentation (README): month | week | day; partyzanex/go-cryptocloud: day | month | year; <em>chosen:</em> month, week, day; <em>because</em> The provider's documentation wins over an SDK.
   *
   * @param request the request, built with {@link CreateInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Invoice createInvoice(CreateInvoiceRequest request) {
    return core.call(CREATE_INVOICE, request);
  }

  /**
   * Creates a unique invoice and returns its payment link or payment details (API v2).
   *
   * <p>Asynchronous form of {@link #createInvoice(CreateInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreateInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Invoice> createInvoiceAsync(CreateInvoiceRequest request) {
    return core.callAsync(CREATE_INVOICE, request);
  }

  /**
   * Creates a static wallet: a permanent address for one customer and one cryptocurrency (API v2).
   *
   * <p>{@code POST /v2/invoice/static/create}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> the current revision's request table is cut inside the currency row; the older revision lists shop_id, currency and identify, all required; <em>chosen:</em> the older revision's three fields; <em>because</em> They are the only complete list; the SDKs that create static wallets send exactly these.
   *
   * @param request the request, built with {@link CreateStaticWalletRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public StaticWallet createStaticWallet(CreateStaticWalletRequest request) {
    return core.call(CREATE_STATIC_WALLET, request);
  }

  /**
   * Creates a static wallet: a permanent address for one customer and one cryptocurrency (API v2).
   *
   * <p>Asynchronous form of {@link #createStaticWallet(CreateStaticWalletRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreateStaticWalletRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<StaticWallet> createStaticWalletAsync(
      CreateStaticWalletRequest request) {
    return core.callAsync(CREATE_STATIC_WALLET, request);
  }

  /**
   * Creates a withdrawal request in the specified currency; at least 12 seconds between requests. Authorized by the API key of the «Security» section of the account settings (API v2).
   *
   * <p>{@code POST /v2/invoice/api/out/create}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> 2024 success example: the payload under "data"; current text: "the result object contains"; every other v2 call: "result"; <em>chosen:</em> the payload under "data"; <em>because</em> The only example of this answer uses data; the text's "result object" repeats the wording of the other pages. An envelope has one payload key, so only one can be read.
   *
   * <p>Departs from the page: <em>page:</em> a stored fragment of the ru page shows a full invoice-style object under "result" (type "dw", invoice_status "start", currency_list, aml_cost, ...); the en pages show {invoice_id, status, currency, amount}; <em>chosen:</em> the en pages' four fields; <em>because</em> Both en revisions' table and example agree; the ru fragment is cut and its revision and tab are unknown.
   *
   * <p>Departs from the page: <em>page:</em> error keys required_parameter, currency_code, network, uncorrected_amount, rate_limit, validate_error; no error body, no HTTP status; "minimum interval between requests — 12 seconds"; rate_limit: "limit of requests per minute exceeded"; <em>chosen:</em> every key read as a field message under "result" (errorField), rate_limit as rate limited (rateLimitKeys), the others as an invalid request; the interval is not enforced by the client; <em>because</em> With no error body on the page, the errors are read where every other v2 page shows them ({"status": "error", "result": {"&lt;key&gt;": "&lt;message&gt;"}}), not under the success's "data"; rate_limit is the page's "limit of requests per minute exceeded".
   *
   * @param request the request, built with {@link CreateWithdrawalRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Withdrawal createWithdrawal(CreateWithdrawalRequest request) {
    return core.call(CREATE_WITHDRAWAL, request);
  }

  /**
   * Creates a withdrawal request in the specified currency; at least 12 seconds between requests. Authorized by the API key of the «Security» section of the account settings (API v2).
   *
   * <p>Asynchronous form of {@link #createWithdrawal(CreateWithdrawalRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreateWithdrawalRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Withdrawal> createWithdrawalAsync(CreateWithdrawalRequest request) {
    return core.callAsync(CREATE_WITHDRAWAL, request);
  }

  /**
   * Returns an array of your account balances, one per currency (API v2).
   *
   * <p>{@code POST /v2/merchant/wallet/balance/all}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> error tabs {"detail": "Invalid header padding"} and {"detail": "Signature verification failed"}, their HTTP status not rendered; SDKs treat detail as 403; <em>chosen:</em> both messages mean refused credentials, whatever the status; <em>because</em> They are the messages of decoding a malformed API key (a JWT).
   *
   * <p>Departs from the page: <em>page:</em> 2024 success tab: no comma after "balance_usd":0.0, then {...}, {...}, ... placeholders; <em>chosen:</em> the comma added; the placeholders left out; <em>because</em> The example must be JSON to be decoded; the placeholders stand for more balances of the same shape.
   *
   * <p>Departs from the page: <em>page:</em> balance and static wallet currency: code = full code (USDT_TRC20), short_code, obj_network, enable; invoice currency: code = coin (USDT), fullcode, network; <em>chosen:</em> a WalletCurrency of its own, shared by getBalance and createStaticWallet; its obj_network is the invoice's Network object; <em>because</em> The same key (code) means different things in the two objects, so one type for both would mislead; the network objects have the same four fields.
   *
   * @param request the request, built with {@link GetBalanceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public List<Balance> getBalance(GetBalanceRequest request) {
    return core.call(GET_BALANCE, request);
  }

  /**
   * Returns an array of your account balances, one per currency (API v2).
   *
   * <p>Asynchronous form of {@link #getBalance(GetBalanceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetBalanceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<List<Balance>> getBalanceAsync(GetBalanceRequest request) {
    return core.callAsync(GET_BALANCE, request);
  }

  /**
   * Returns complete information for the specified invoices; at most 100 identifiers per request (API v2).
   *
   * <p>{@code POST /v2/invoice/merchant/info}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> page: {"uuids": [...]} answered by a list in "result", even for one identifier; partyzanex/go-cryptocloud sends {"uuid": "..."} and decodes one object; <em>chosen:</em> the page's: a uuids list, answered by a list of invoices; <em>because</em> The page is explicit ("List of invoice identifiers", at most 100) and its example answers with a list; the SDK contradicts it alone.
   *
   * <p>Departs from the page: <em>page:</em> the stored response table stops after fee: fee_usd, service_fee, service_fee_usd, fiat_currency, status, is_email_required, link, currency, project and test_mode are not listed; <em>chosen:</em> the shared Invoice declares them, as the create page's table does; <em>because</em> The table is cut in the stored copy, not shortened by the provider: its visible rows repeat the create page's row for row.
   *
   * <p>Departs from the page: <em>page:</em> current revision: the response table stops after fee and its example is not stored; <em>chosen:</em> the shared Invoice of createInvoice (whose table this one repeats row for row as far as it goes); <em>because</em> The visible rows are the create table's; the 2023/24 example's fields are all declared on that Invoice.
   *
   * <p>Departs from the page: <em>page:</em> 2023/24 example: a list of two invoices, the second cut inside currency.network in every stored copy; <em>chosen:</em> the example keeps the first, complete invoice and leaves the cut one out; <em>because</em> Completing the cut element would invent its values; the first element shows every field the example has.
   *
   * @param request the request, built with {@link GetInvoicesRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public List<Invoice> getInvoices(GetInvoicesRequest request) {
    return core.call(GET_INVOICES, request);
  }

  /**
   * Returns complete information for the specified invoices; at most 100 identifiers per request (API v2).
   *
   * <p>Asynchronous form of {@link #getInvoices(GetInvoicesRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetInvoicesRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<List<Invoice>> getInvoicesAsync(GetInvoicesRequest request) {
    return core.callAsync(GET_INVOICES, request);
  }

  /**
   * Returns statistics on invoice statuses for the specified period: counts and amounts in USD (API v2).
   *
   * <p>{@code POST /v2/invoice/merchant/statistics}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page about {@code end}: <em>page:</em> "Must be greater than or equal to start"; <em>chosen:</em> not checked by the client; the provider answers with its error; <em>because</em> The vocabulary has no rule comparing two fields.
   *
   * @param request the request, built with {@link GetStatisticsRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Statistics getStatistics(GetStatisticsRequest request) {
    return core.call(GET_STATISTICS, request);
  }

  /**
   * Returns statistics on invoice statuses for the specified period: counts and amounts in USD (API v2).
   *
   * <p>Asynchronous form of {@link #getStatistics(GetStatisticsRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetStatisticsRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Statistics> getStatisticsAsync(GetStatisticsRequest request) {
    return core.callAsync(GET_STATISTICS, request);
  }

  /**
   * Returns the invoices of a period: 10 records by default, at most 100 per request (API v2).
   *
   * <p>{@code POST /v2/invoice/merchant/list}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> current revision: POST /v2/invoice/merchant/list; 2024 revision: POST /v2/invoice/merchant/info (the invoice-information endpoint); <em>chosen:</em> /v2/invoice/merchant/list; <em>because</em> The current revision, and the SDKs that call the live API (partyzanex/go-cryptocloud, KamikotoTkach/CryptoCloud4j) use /list; /info takes uuids, not a period.
   *
   * <p>Departs from the page: <em>page:</em> the response table stops after amount_usd and the example after side_commission (2024); their rows are the create table's; <em>chosen:</em> the items are the shared Invoice of createInvoice; <em>because</em> The visible rows and the 2024 prose list (uuid ... currency, project) are the create page's.
   *
   * <p>Departs from the page about {@code end}: <em>page:</em> "Must be later or equal to start"; <em>chosen:</em> not checked by the client; the provider answers with its error; <em>because</em> The vocabulary has no rule comparing two fields.
   *
   * <p>Departs from the page: <em>page:</em> 2024 example cut inside the first item ("side_com…"), no all_count; <em>chosen:</em> closed after "side_commission": "client"; "all_count": 1 added; <em>because</em> Nothing after the cut is known; all_count is what the only SDK reading this answer expects.
   *
   * @param request the request, built with {@link ListInvoicesRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public InvoiceList listInvoices(ListInvoicesRequest request) {
    return core.call(LIST_INVOICES, request);
  }

  /**
   * Returns the invoices of a period: 10 records by default, at most 100 per request (API v2).
   *
   * <p>Asynchronous form of {@link #listInvoices(ListInvoicesRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link ListInvoicesRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<InvoiceList> listInvoicesAsync(ListInvoicesRequest request) {
    return core.callAsync(LIST_INVOICES, request);
  }

  /**
   * Every operation of this version, for tools that work from metadata.
   *
   * @return the operations
   */
  public static List<Operation<?, ?>> operations() {
    return List.of(CANCEL_INVOICE, CREATE_INVOICE, CREATE_STATIC_WALLET, CREATE_WITHDRAWAL, GET_BALANCE, GET_INVOICES, GET_STATISTICS, LIST_INVOICES);
  }

  /**
   * Builds the metadata of cancelInvoice, in a class of its own to keep every class small.
   */
  private static final class CancelInvoiceMetadata {
    private CancelInvoiceMetadata() {
    }

    static Operation<CancelInvoiceRequest, CancelResult> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "cancelInvoice",
        HttpMethod.POST,
        "/v2/invoice/merchant/canceled",
        "Cancels an invoice with the created status (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        CancelInvoiceRequest.class,
        CancelResult.class,
        CancelInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("uuid", FieldKind.STRING, false, true, null, List.of(), "Unique invoice identifier (INV-XXXXXXXX or XXXXXXXX)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/cancel-invoice",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/merchant/canceled", "", "{\"uuid\":\"INV-XXXXXXXX\"}", "The cURL tab's body; the JavaScript tab sends the same (the Python tab's dict is never closed on the page).")),
        List.of(
          new ResponseExampleInfo("canceled", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": [\n"
              + "        \"ok\"\n"
              + "    ]\n"
              + "}", ExampleOutcome.SUCCESS, "The 2024 revision's success tab (the current revision's JSON tab is not stored)."),
          new ResponseExampleInfo("not-created", 400, "{\n"
              + "    \"status\": \"error\",\n"
              + "    \"result\": {\n"
              + "        \"validate_error\": \"Invoice is not created\"\n"
              + "    }\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "The 2024 revision's error tab; its HTTP status is not in the stored text (400 inferred)."),
          new ResponseExampleInfo("uuid-required", 400, "{\n"
              + "    \"status\": \"error\",\n"
              + "    \"result\": {\n"
              + "        \"validate_error\": \"uuid is required\"\n"
              + "    }\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "The 2024 revision's error tab; its HTTP status is not in the stored text (400 inferred).")),
        List.of(
          new DecisionInfo(DecisionTopic.TYPE, "result", "table: result is a string (\"ok\"); 2024 example: a list [\"ok\"]; errors: an object {\"validate_error\": ...}", "the success carries no payload the client reads: the envelope's payload is the whole body (resultField = \"\") and the call returns an empty CancelResult once \"status\" is \"success\", whatever \"result\" holds", "\"result\" is polymorphic and its success value says nothing beyond the status; reading it as one of its documented forms would break on the other, and a payload must be a JSON object.")));
    }
  }

  /**
   * Builds the metadata of createInvoice, in a class of its own to keep every class small.
   */
  private static final class CreateInvoiceMetadata {
    private CreateInvoiceMetadata() {
    }

    static Operation<CreateInvoiceRequest, Invoice> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "createInvoice",
        HttpMethod.POST,
        "/v2/invoice/create",
        "Creates a unique invoice and returns its payment link or payment details (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        CreateInvoiceRequest.class,
        Invoice.class,
        CreateInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("shop_id", FieldKind.STRING, false, true, null, List.of(), "Unique identifier of the store from personal account",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Payment amount in USD",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "no bounds", "greater than 0", "An invoice for zero or less is meaningless.")),
            null),
          new FieldInfo("currency", FieldKind.ENUM, false, false, "USD", FiatCurrency.knownWireValues(), "Conversion currency of the amount; the default currency is USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Custom invoice number in the external system",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("email", FieldKind.STRING, false, false, null, List.of(), "Payer's email address",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(),
            null),
          new FieldInfo("add_fields.time_to_pay.hours", FieldKind.INTEGER, false, false, null, List.of(), "Hours of the invoice lifetime",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), false, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "no bounds; example {\"hours\": 24, \"minutes\": 0}", "at least 0, no upper bound; not required", "No upper bound is documented and a guessed one could refuse a valid lifetime; the provider decides what a partial object means.")),
            null),
          new FieldInfo("add_fields.time_to_pay.minutes", FieldKind.INTEGER, false, false, null, List.of(), "Minutes of the invoice lifetime",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), false, new BigDecimal("59"), null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "no bounds; example {\"hours\": 24, \"minutes\": 0}", "0..59; not required", "The minutes part of an hours-and-minutes duration; the provider decides what a partial object means.")),
            null),
          new FieldInfo("add_fields.available_currencies", FieldKind.ENUM, true, false, null, CryptoCurrency.knownWireValues(), "Available payment currencies",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, 1, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "no minimum", "at least one element", "An empty list would leave the payer no currency to pay with.")),
            null),
          new FieldInfo("add_fields.cryptocurrency", FieldKind.ENUM, false, false, null, CryptoCurrency.knownWireValues(), "Selecting the payment currency on behalf of the user: the payment page shows the payment details without a currency selection, and the address and amount are returned in the API response",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("add_fields.email_to_send", FieldKind.STRING, false, false, null, List.of(), "E-mail address to send the invoice to (provider's newer documentation)",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not on the create page; provider-docs/README.md: the provider's newer documentation adds add_fields.email_to_send", "an optional e-mail field", "Documented by the provider elsewhere, and harmless when not set.")),
            null),
          new FieldInfo("add_fields.period", FieldKind.ENUM, false, false, null, Period.knownWireValues(), "Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, false, "email_to_send"),
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not on the create page; provider-docs/README.md: month | week | day, only together with email_to_send", "an optional enum field, refused without email_to_send", "Documented by the provider elsewhere, and harmless when not set.")),
            null),
          new FieldInfo("locale", FieldKind.ENUM, false, false, null, Language.knownWireValues(), "Language of the answer's messages, a query parameter of the create call: en or ru (provider's newer documentation)",
            ParamIn.QUERY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not on the create page; provider-docs/README.md (the provider's newer documentation): `locale` (en | ru) is a query parameter of the create call", "an optional query parameter", "Documented by the provider elsewhere, and harmless when not set.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Unique invoice identifier with the INV prefix",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created", FieldKind.TIMESTAMP, false, false, null, List.of(), "Invoice creation time in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address; prefilled only if a cryptocurrency for payment is selected (add_fields.cryptocurrency)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expiry_date", FieldKind.TIMESTAMP, false, false, null, List.of(), "Invoice expiration date in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; after it the status changes to canceled if payment has not been received",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "YYYY-MM-DD HH:MI:SS.FFFFFF; the list page's 2024 example \"2023-01-02 12:00:00\" (no fraction)", "the fraction optional", "Both forms appear in the provider's own examples of this object.")),
            null),
          new FieldInfo("side_commission", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Transfer fee payer",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("side_commission_cc", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Service fee payer (name in the page's table)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.WIRE_NAME, "", "create table: side_commission_cc; create example (2026): side_commission_service; info and list tables and examples: side_commission_cc; list page's 2024 prose: side_commission_ss", "side_commission_cc and side_commission_service, both nullable; side_commission_ss not declared", "Both names appear in real examples, so whichever arrives is read; side_commission_ss appears only in one revision's prose and is taken as a typo.")),
            null),
          new FieldInfo("side_commission_service", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Service fee payer (name in the page's example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the create page's example, not in its table (which names side_commission_cc)", "declared next to side_commission_cc, nullable", "The page's own example sends it.")),
            null),
          new FieldInfo("type_payments", FieldKind.STRING, false, false, null, List.of(), "Payment type (only in the page's example: \"crypto\")",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the create page's example (\"crypto\"), not in its table", "a String", "The page's own example sends it; its other values are undocumented, so it is not an enum.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the selected cryptocurrency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_in_fiat", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the creation currency (depends on the currency parameter)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fee", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice transfer fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice transfer fee in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("received", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received, in the invoice's cryptocurrency (info page's example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the info page's 2023/24 example (100.2 and 0), not in the visible part of any table", "an optional decimal", "The provider's own example of this object sends it; a paid amount is what a lookup is for.")),
            null),
          new FieldInfo("received_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received, in USD (info page's example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the info page's 2023/24 example, not in the visible part of any table", "an optional decimal", "The provider's own example of this object sends it.")),
            null),
          new FieldInfo("fiat_currency", FieldKind.STRING, false, false, null, List.of(), "Fiat currency code in which the invoice was created",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, one of the create request's conversion currencies", "a String, not FiatCurrency", "A response is read, not checked: a code the provider adds later would read as UNKNOWN and be lost, while a String keeps it.")),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status; always created in the response to a create request",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("invoice_status", FieldKind.STRING, false, false, null, List.of(), "Processing state of the invoice, next to status (\"success\" in the postback page's example, \"start\" in a withdrawal example); its values are not enumerated",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not in the create, info or list tables; in the postback page's invoice_info (\"success\") and the withdrawal page's ru fragment (\"start\"); plugins check result[0].invoice_status == \"success\" after getInvoices", "an optional String", "Shops rely on it to confirm a payment; its values are never enumerated, so it is not an enum.")),
            null),
          new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Custom invoice number in the external system (info page's example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the info page's 2023/24 example (\"1111\"), not in the visible part of any table; the withdrawal fragment sends the string \"None\"", "an optional String, read as sent", "The provider's own example of this object sends it: it is how a shop finds its order again.")),
            null),
          new FieldInfo("date_finished", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the invoice was finished, UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; null while open (list page's example)",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the list page's 2024 example (null) and the postback page's invoice_info (\"2024-08-22 11:51:53.753528\"), not in the visible part of any table", "an optional, nullable timestamp in the invoice's format", "The provider's own examples of this object send it.")),
            null),
          new FieldInfo("is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Parameter for requiring the payer's email in the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("link", FieldKind.STRING, false, false, null, List.of(), "Link to the invoice page",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("invoice_id", FieldKind.STRING, false, false, null, List.of(), "Invoice identifier (only in the page's example, where it is null)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the create page's example (null), not in its table", "an optional, nullable String", "The page's own example sends it.")),
            null),
          new FieldInfo("currency.id", FieldKind.INTEGER, false, false, null, List.of(), "Currency identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.code", FieldKind.STRING, false, false, null, List.of(), "Currency code, e.g. ETH",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.fullcode", FieldKind.STRING, false, false, null, List.of(), "Full currency code, e.g. ETH or USDT_TRC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string (ETH, USDT_TRC20): one of the payment currencies", "a String, not CryptoCurrency", "A response value must not be lost to UNKNOWN when the provider adds a currency.")),
            null),
          new FieldInfo("currency.network.code", FieldKind.STRING, false, false, null, List.of(), "Network code, e.g. ERC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.id", FieldKind.INTEGER, false, false, null, List.of(), "Network identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.icon", FieldKind.STRING, false, false, null, List.of(), "Network icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.fullname", FieldKind.STRING, false, false, null, List.of(), "Network name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the payer's email is required for this currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.stablecoin", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is a stablecoin",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_base", FieldKind.STRING, false, false, null, List.of(), "Currency icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_network", FieldKind.STRING, false, false, null, List.of(), "Icon URL of the currency on its network; may be the string \"None\"",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_qr", FieldKind.STRING, false, false, null, List.of(), "Icon URL for the QR code",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.order", FieldKind.INTEGER, false, false, null, List.of(), "Display order of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.id", FieldKind.INTEGER, false, false, null, List.of(), "Project identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.name", FieldKind.STRING, false, false, null, List.of(), "Project name",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.fail", FieldKind.STRING, false, false, null, List.of(), "Project URL after a failed payment",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.success", FieldKind.STRING, false, false, null, List.of(), "Project URL after a successful payment",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.logo", FieldKind.STRING, false, false, null, List.of(), "Project logo URL; may be null, empty or \"None\"",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string (a URL); seen as null (info example), \"\" (postback example) and \"None\" (README)", "a nullable String read as sent", "\"\" and \"None\" are not turned into absence here: callers see them as the provider sent them.")),
            null),
          new FieldInfo("test_mode", FieldKind.BOOLEAN, false, false, null, List.of(), "Test invoice sign",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "provider-docs/cryptocloud-v2-invoice-create.en.md (docs.cryptocloud.plus, API v2, Invoice Creation)",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/create", "", "{\"amount\": 100, \"shop_id\": \"xBAivfPIbskwuEWj\", \"currency\": \"USD\"}", "The cURL tab's body; the Python, JavaScript and PHP tabs send the same three fields.")),
        List.of(
          new ResponseExampleInfo("created", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": {\n"
              + "        \"uuid\": \"INV-89UX09KA\",\n"
              + "        \"created\": \"2026-01-27 09:03:58.958133\",\n"
              + "        \"address\": \"0xb07427fc721C23674c48233ffE93D3846ee58B63\",\n"
              + "        \"expiry_date\": \"2026-01-28 09:03:57.493361\",\n"
              + "        \"side_commission\": \"client\",\n"
              + "        \"side_commission_service\": \"merchant\",\n"
              + "        \"type_payments\": \"crypto\",\n"
              + "        \"amount\": 0.034187,\n"
              + "        \"amount_usd\": 100.0,\n"
              + "        \"amount_in_fiat\": 100.0,\n"
              + "        \"fee\": 1.499999996212864e-06,\n"
              + "        \"fee_usd\": 0.0,\n"
              + "        \"service_fee\": 0.00065,\n"
              + "        \"service_fee_usd\": 1.9,\n"
              + "        \"fiat_currency\": \"USD\",\n"
              + "        \"status\": \"created\",\n"
              + "        \"is_email_required\": false,\n"
              + "        \"link\": \"https://pay.cryptocloud.plus/89UX09KA\",\n"
              + "        \"invoice_id\": null,\n"
              + "        \"currency\": {\n"
              + "            \"id\": 3,\n"
              + "            \"code\": \"ETH\",\n"
              + "            \"fullcode\": \"ETH\",\n"
              + "            \"network\": {\n"
              + "                \"code\": \"ERC20\",\n"
              + "                \"id\": 3,\n"
              + "                \"icon\": \"https://cdn.cryptocloud.plus/img/network/ERC.svg\",\n"
              + "                \"fullname\": \"Ethereum\"\n"
              + "            },\n"
              + "            \"name\": \"Ethereum\",\n"
              + "            \"is_email_required\": false,\n"
              + "            \"stablecoin\": false,\n"
              + "            \"icon_base\": \"https://cdn.cryptocloud.plus/img/currency/ETH.svg\",\n"
              + "            \"icon_network\": \"https://cdn.cryptocloud.plus/img/currency/ETH.svg\",\n"
              + "            \"icon_qr\": \"https://cdn.cryptocloud.plus/img/stroke/ETH_STROKE.svg\",\n"
              + "            \"order\": 9\n"
              + "        },\n"
              + "        \"project\": {\n"
              + "            \"id\": 1,\n"
              + "            \"name\": \"Test\",\n"
              + "            \"fail\": \"https://test.com/failed-payment\",\n"
              + "            \"success\": \"https://test.com/successful-payment\",\n"
              + "            \"logo\": \"https://static.cryptocloud.plus/logo/L52hWwjt98uYtUF91765782359.174416.jpg\"\n"
              + "        },\n"
              + "        \"test_mode\": false\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, "The page's tab \"200: OK – Invoice has been created\"."),
          new ResponseExampleInfo("unauthorized", 401, "{\n"
              + "    \"status\": \"error\",\n"
              + "    \"result\": {\n"
              + "        \"authorization\": \"Unauthorized request.\"\n"
              + "    }\n"
              + "}", ExampleOutcome.AUTHENTICATION_FAILED, "From the v2 authorization page, which gives no HTTP status for it; 401 is the create page's \"Unauthorized\" status."),
          new ResponseExampleInfo("malformed-key", 401, "{\n"
              + "    \"detail\": \"Signature verification failed\"\n"
              + "}", ExampleOutcome.AUTHENTICATION_FAILED, "From the v2 balance page (a malformed API key gives a bare detail body for every call); no HTTP status is documented, 401 is the create page's \"Unauthorized\" status."),
          new ResponseExampleInfo("fields-missing", 400, "{\"status\": \"error\", \"result\": {\"amount\": \"amount not passed.\", \"shop_id\": \"shop_id not passed.\"}}", ExampleOutcome.INVALID_REQUEST, "From provider-docs/README.md (the provider's wider documentation); no HTTP status is documented for it, 400 is the create page's \"Bad Request\" status."),
          new ResponseExampleInfo("invalid-currency", 400, "{\"status\": \"error\", \"result\": {\"currency\": \"Invalid account currency specified. ...\"}}", ExampleOutcome.INVALID_REQUEST, "From provider-docs/README.md, message elided there as shown; no HTTP status is documented for it, 400 is the create page's \"Bad Request\" status.")),
        List.of(
          new DecisionInfo(DecisionTopic.OTHER, "", "create page: statuses 200, 400, 401, 406 without bodies; authorization page: {\"authorization\": \"Unauthorized request.\"} in \"result\" with no HTTP code (its code column says \"Некорректный токен\"); balance page: bare {\"detail\": \"Signature verification failed\"} and {\"detail\": \"Invalid header padding\"}", "the \"authorization\" key and both \"detail\" messages mean refused credentials, whatever the HTTP status; 406 means the service is unavailable (as in v1)", "Both detail messages are about decoding the API key (a JWT), so they are authentication failures, as the SDKs treat them; the status that comes with each body is not documented."),
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "every page: \"Authorization: Token <API KEY>\"; Alexandre-Chapelle/cryptocloud-sdk (src/index.ts, 52729b2): \"Authorization: Bearer <key>\"", "Authorization: Token <key>", "Every page of both API versions documents the Token prefix; the SDK is alone and contradicts them."),
          new DecisionInfo(DecisionTopic.OTHER, "", "create, info and list pages: the same response table (the info copy ends after fee, the list copy after amount_usd); their examples differ: info adds received, received_usd, order_id and leaves out created and link; list adds date_finished", "one Invoice for createInvoice, getInvoices and listInvoices, with every field any of the three shows", "The tables agree where they are visible; responses are read leniently, so a field one endpoint does not send is simply absent."),
          new DecisionInfo(DecisionTopic.OTHER, "", "\"Object of the selected cryptocurrency in the invoice; also contains the network object\": the object is shown, its fields are not described", "the fields of the example, described from their names and example values", "The example is the only description the page gives."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "provider's newer documentation (README): month | week | day; partyzanex/go-cryptocloud: day | month | year", "month, week, day", "The provider's documentation wins over an SDK.")));
    }
  }

  /**
   * Builds the metadata of createStaticWallet, in a class of its own to keep every class small.
   */
  private static final class CreateStaticWalletMetadata {
    private CreateStaticWalletMetadata() {
    }

    static Operation<CreateStaticWalletRequest, StaticWallet> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "createStaticWallet",
        HttpMethod.POST,
        "/v2/invoice/static/create",
        "Creates a static wallet: a permanent address for one customer and one cryptocurrency (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        CreateStaticWalletRequest.class,
        StaticWallet.class,
        CreateStaticWalletRequest.Validator::validate,
        List.of(
          new FieldInfo("shop_id", FieldKind.STRING, false, true, null, List.of(), "Unique store identifier from the project settings",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.ENUM, false, true, null, CryptoCurrency.knownWireValues(), "Currency code of the wallet: one wallet holds one currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "current revision: no required mark (its copy is cut in this very row); older revision: required", "required", "A static wallet is one address in one currency (\"1 wallet = 1 currency\"), so there is no wallet without it; the older revision and every SDK send it as required."),
              new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "current revision: BTC, LTC, TRX, SOL, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_AR… (cut; TON not between SOL and BNB)", "the create page's CryptoCurrency list", "The page's list is cut and cannot be completed from itself; the create page's full list starts the same way, and the provider refuses a currency the project does not support.")),
            null),
          new FieldInfo("identify", FieldKind.STRING, false, true, null, List.of(), "Customer identifier; when a POSTBACK is sent on receipt, it is written to order_id",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.WIRE_NAME, "", "page and KamikotoTkach/CryptoCloud4j: identify; partyzanex/go-cryptocloud: identity", "identify", "The page's name, also sent by the other SDK; the Go SDK stands alone.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("currency.id", FieldKind.INTEGER, false, false, null, List.of(), "Currency identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.code", FieldKind.STRING, false, false, null, List.of(), "Full currency code, e.g. USDT_TRC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.short_code", FieldKind.STRING, false, false, null, List.of(), "Currency code without its network, e.g. USDT",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency name, e.g. Tether",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the payer's email is required for this currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.stablecoin", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is a stablecoin",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_base", FieldKind.STRING, false, false, null, List.of(), "Currency icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_network", FieldKind.STRING, false, false, null, List.of(), "Icon URL of the currency on its network; may be the string \"None\"",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_qr", FieldKind.STRING, false, false, null, List.of(), "Icon URL for the QR code",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.order", FieldKind.INTEGER, false, false, null, List.of(), "Display order of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.code", FieldKind.STRING, false, false, null, List.of(), "Network code, e.g. ERC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.id", FieldKind.INTEGER, false, false, null, List.of(), "Network identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.icon", FieldKind.STRING, false, false, null, List.of(), "Network icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.fullname", FieldKind.STRING, false, false, null, List.of(), "Network name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.enable", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is enabled",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Address of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Identifier of the wallet: 32 letters and digits",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "example 1K0NFXT9E1X3VOY07VY1LRV8XGMLQNQX; partyzanex/go-cryptocloud types it uuid.UUID", "a String", "The page's value is 32 letters and digits, not an RFC 4122 UUID.")),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/static-wallets",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/static/create", "", "{\"shop_id\": \"<SHOP ID>\", \"currency\": \"BTC\", \"identify\": \"F4jSjfpwf4t\"}", "The older revision's request example as recorded by earlier research (providers.md §1.B); the stored copies of the page end before their example tabs.")),
        List.of(
          new ResponseExampleInfo("created", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": {\n"
              + "        \"currency\": {\n"
              + "            \"id\": 3,\n"
              + "            \"code\": \"ETH\",\n"
              + "            \"short_code\": \"ETH\",\n"
              + "            \"name\": \"Ethereum\",\n"
              + "            \"is_email_required\": false,\n"
              + "            \"stablecoin\": false,\n"
              + "            \"icon_base\": \"https://cdn.cryptocloud.plus/currency/icons/main/eth.svg\",\n"
              + "            \"icon_network\": \"None\",\n"
              + "            \"icon_qr\": \"https://cdn.cryptocloud.plus/currency/icons/stroke/eth.svg\",\n"
              + "            \"order\": 9,\n"
              + "            \"obj_network\": {\n"
              + "                \"code\": \"ERC20\",\n"
              + "                \"id\": 3,\n"
              + "                \"icon\": \"https://cdn.cryptocloud.plus/currency/crypto/ETH.svg\",\n"
              + "                \"fullname\": \"Ethereum\"\n"
              + "            },\n"
              + "            \"enable\": true\n"
              + "        },\n"
              + "        \"address\": \"0xe3dE8434c928fe43012b0e8Fc6b1A928b0F1C492\",\n"
              + "        \"uuid\": \"1K0NFXT9E1X3VOY07VY1LRV8XGMLQNQX\"\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, "The older revision's 200 example: stored copies stop at \"obj_netw\", the rest is as recorded from the same page by earlier research (providers.md §1.B). It shows an ETH wallet although the request example asks for BTC.")),
        List.of(
          new DecisionInfo(DecisionTopic.OTHER, "", "the current revision's request table is cut inside the currency row; the older revision lists shop_id, currency and identify, all required", "the older revision's three fields", "They are the only complete list; the SDKs that create static wallets send exactly these.")));
    }
  }

  /**
   * Builds the metadata of createWithdrawal, in a class of its own to keep every class small.
   */
  private static final class CreateWithdrawalMetadata {
    private CreateWithdrawalMetadata() {
    }

    static Operation<CreateWithdrawalRequest, Withdrawal> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "createWithdrawal",
        HttpMethod.POST,
        "/v2/invoice/api/out/create",
        "Creates a withdrawal request in the specified currency; at least 12 seconds between requests. Authorized by the API key of the «Security» section of the account settings (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "data", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of("rate_limit"),
          List.of(),
          List.of()),
        CreateWithdrawalRequest.class,
        Withdrawal.class,
        CreateWithdrawalRequest.Validator::validate,
        List.of(
          new FieldInfo("currency_code", FieldKind.ENUM, false, true, null, CryptoCurrency.knownWireValues(), "Currency code of the withdrawal",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "current revision: the create page's 40 codes; 2024 revision: 27 codes, with TUSD_ERC20 and TUSD_BSC", "the current list (the create page's CryptoCurrency)", "The current revision wins; TUSD is in no other current list.")),
            null),
          new FieldInfo("to_address", FieldKind.STRING, false, true, null, List.of(), "Recipient's wallet address",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Withdrawal request amount in the specified currency",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "current revision: float (0.003); 2024 revision: Int, with the example 0.05", "a decimal greater than 0", "Both revisions' examples are fractional; money is a BigDecimal, and a withdrawal of zero or less is meaningless.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("invoice_id", FieldKind.STRING, false, false, null, List.of(), "Unique withdrawal request identifier with the INV prefix",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.STRING, false, false, null, List.of(), "Withdrawal request status; always created when the request is submitted",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Code of the selected cryptocurrency in the withdrawal request",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Withdrawal request amount in cryptocurrency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "security_key"),
        List.of("security_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/withdrawals",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/api/out/create", "", "{\"currency_code\": \"ETH\", \"to_address\": \"0x396343<...>210945346fb82Aa49\", \"amount\": 0.003}", "The request example tabs are not stored; this body is made of the example values of the current revision's parameter table (the address elided as the page shows it).")),
        List.of(
          new ResponseExampleInfo("created", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"data\": {\n"
              + "        \"invoice_id\": \"INV-XXXXXXXX\",\n"
              + "        \"status\": \"created\",\n"
              + "        \"currency\": \"BTC\",\n"
              + "        \"amount\": 0.05\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, "The 2024 revision's success example, its tab indentation written as spaces."),
          new ResponseExampleInfo("rate-limit", 400, "{\n"
              + "    \"status\": \"error\",\n"
              + "    \"result\": {\n"
              + "        \"rate_limit\": \"The limit of requests per minute has been exceeded\"\n"
              + "    }\n"
              + "}", ExampleOutcome.RATE_LIMITED, "No error body is stored: made of the page's error-key table (rate_limit and its meaning) in the error envelope of every other v2 page; HTTP status not stated (400 inferred, as on the cancel page)."),
          new ResponseExampleInfo("uncorrected-amount", 400, "{\n"
              + "    \"status\": \"error\",\n"
              + "    \"result\": {\n"
              + "        \"uncorrected_amount\": \"The amount is too small, too large, or in the wrong format\"\n"
              + "    }\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "No error body is stored: made of the page's error-key table (uncorrected_amount and its meaning) in the error envelope of every other v2 page; HTTP status not stated (400 inferred, as on the cancel page).")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "2024 success example: the payload under \"data\"; current text: \"the result object contains\"; every other v2 call: \"result\"", "the payload under \"data\"", "The only example of this answer uses data; the text's \"result object\" repeats the wording of the other pages. An envelope has one payload key, so only one can be read."),
          new DecisionInfo(DecisionTopic.OTHER, "", "a stored fragment of the ru page shows a full invoice-style object under \"result\" (type \"dw\", invoice_status \"start\", currency_list, aml_cost, ...); the en pages show {invoice_id, status, currency, amount}", "the en pages' four fields", "Both en revisions' table and example agree; the ru fragment is cut and its revision and tab are unknown."),
          new DecisionInfo(DecisionTopic.OTHER, "", "error keys required_parameter, currency_code, network, uncorrected_amount, rate_limit, validate_error; no error body, no HTTP status; \"minimum interval between requests — 12 seconds\"; rate_limit: \"limit of requests per minute exceeded\"", "every key read as a field message under \"result\" (errorField), rate_limit as rate limited (rateLimitKeys), the others as an invalid request; the interval is not enforced by the client", "With no error body on the page, the errors are read where every other v2 page shows them ({\"status\": \"error\", \"result\": {\"<key>\": \"<message>\"}}), not under the success's \"data\"; rate_limit is the page's \"limit of requests per minute exceeded\".")));
    }
  }

  /**
   * Builds the metadata of getBalance, in a class of its own to keep every class small.
   */
  private static final class GetBalanceMetadata {
    private GetBalanceMetadata() {
    }

    static Operation<GetBalanceRequest, List<Balance>> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "getBalance",
        HttpMethod.POST,
        "/v2/merchant/wallet/balance/all",
        "Returns an array of your account balances, one per currency (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        GetBalanceRequest.class,
        Balance.class,
        GetBalanceRequest.Validator::validate,
        List.of(),
        ResponseShape.LIST,
        List.of(
          new FieldInfo("currency.id", FieldKind.INTEGER, false, false, null, List.of(), "Currency identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.code", FieldKind.STRING, false, false, null, List.of(), "Full currency code, e.g. USDT_TRC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.short_code", FieldKind.STRING, false, false, null, List.of(), "Currency code without its network, e.g. USDT",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency name, e.g. Tether",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the payer's email is required for this currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.stablecoin", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is a stablecoin",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_base", FieldKind.STRING, false, false, null, List.of(), "Currency icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_network", FieldKind.STRING, false, false, null, List.of(), "Icon URL of the currency on its network; may be the string \"None\"",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_qr", FieldKind.STRING, false, false, null, List.of(), "Icon URL for the QR code",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.order", FieldKind.INTEGER, false, false, null, List.of(), "Display order of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.code", FieldKind.STRING, false, false, null, List.of(), "Network code, e.g. ERC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.id", FieldKind.INTEGER, false, false, null, List.of(), "Network identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.icon", FieldKind.STRING, false, false, null, List.of(), "Network icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.obj_network.fullname", FieldKind.STRING, false, false, null, List.of(), "Network name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.enable", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is enabled",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("balance_crypto", FieldKind.DECIMAL, false, false, null, List.of(), "Balance in cryptocurrency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("balance_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Balance in USD at the exchange rate at the time of the request",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("available_balance", FieldKind.DECIMAL, false, false, null, List.of(), "Withdrawable balance in cryptocurrency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("available_balance_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Withdrawable balance in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/balance",
        List.of(
          new RequestExampleInfo("page", "/v2/merchant/wallet/balance/all", "", "", "POST with no body: \"No request body is required\" (cURL, Python and JavaScript tabs send none).")),
        List.of(
          new ResponseExampleInfo("balances", 200, "{\n"
              + "\"status\": \"success\",\n"
              + "\"result\": [\n"
              + "{\n"
              + "\"currency\": {\n"
              + "\"id\": 4,\n"
              + "\"code\": \"USDT_TRC20\",\n"
              + "\"short_code\": \"USDT\",\n"
              + "\"name\": \"Tether\",\n"
              + "\"is_email_required\": false,\n"
              + "\"stablecoin\": true,\n"
              + "\"icon_base\": \"https://cdn.cryptocloud.plus/currency/icons/main/usdt.svg\",\n"
              + "\"icon_network\": \"https://cdn.cryptocloud.plus/icons-currency/USDT-TRC20.svg\",\n"
              + "\"icon_qr\": \"https://cdn.cryptocloud.plus/currency/icons/stroke/usdt.svg\",\n"
              + "\"order\": 1,\n"
              + "\"obj_network\": {\n"
              + "\"code\": \"TRC20\",\n"
              + "\"id\": 4,\n"
              + "\"icon\": \"https://cdn.cryptocloud.plus/currency/crypto/TRX.svg\",\n"
              + "\"fullname\": \"Tron\"\n"
              + "},\n"
              + "\"enable\": true\n"
              + "},\n"
              + "\"balance_crypto\": 0.0,\n"
              + "\"balance_usd\":0.0,\n"
              + "\"available_balance\": 0.0,\n"
              + "\"available_balance_usd\": 0.0\n"
              + "}\n"
              + "]\n"
              + "}", ExampleOutcome.SUCCESS, "The 2024 revision's success tab, which is not JSON: the comma missing after \"balance_usd\":0.0 is added and the {...} placeholders for further balances are left out."),
          new ResponseExampleInfo("invalid-header-padding", 401, "{\n"
              + "    \"detail\": \"Invalid header padding\"\n"
              + "}", ExampleOutcome.AUTHENTICATION_FAILED, "The 2024 revision's first error tab; its HTTP status is not rendered (401, the v2 create page's \"Unauthorized\" status, assumed)."),
          new ResponseExampleInfo("signature-verification-failed", 401, "{\n"
              + "    \"detail\": \"Signature verification failed\"\n"
              + "}", ExampleOutcome.AUTHENTICATION_FAILED, "The 2024 revision's second error tab; its HTTP status is not rendered (401 assumed).")),
        List.of(
          new DecisionInfo(DecisionTopic.OTHER, "", "error tabs {\"detail\": \"Invalid header padding\"} and {\"detail\": \"Signature verification failed\"}, their HTTP status not rendered; SDKs treat detail as 403", "both messages mean refused credentials, whatever the status", "They are the messages of decoding a malformed API key (a JWT)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "2024 success tab: no comma after \"balance_usd\":0.0, then {...}, {...}, ... placeholders", "the comma added; the placeholders left out", "The example must be JSON to be decoded; the placeholders stand for more balances of the same shape."),
          new DecisionInfo(DecisionTopic.OTHER, "", "balance and static wallet currency: code = full code (USDT_TRC20), short_code, obj_network, enable; invoice currency: code = coin (USDT), fullcode, network", "a WalletCurrency of its own, shared by getBalance and createStaticWallet; its obj_network is the invoice's Network object", "The same key (code) means different things in the two objects, so one type for both would mislead; the network objects have the same four fields.")));
    }
  }

  /**
   * Builds the metadata of getInvoices, in a class of its own to keep every class small.
   */
  private static final class GetInvoicesMetadata {
    private GetInvoicesMetadata() {
    }

    static Operation<GetInvoicesRequest, List<Invoice>> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "getInvoices",
        HttpMethod.POST,
        "/v2/invoice/merchant/info",
        "Returns complete information for the specified invoices; at most 100 identifiers per request (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        GetInvoicesRequest.class,
        Invoice.class,
        GetInvoicesRequest.Validator::validate,
        List.of(
          new FieldInfo("uuids", FieldKind.STRING, true, true, null, List.of(), "List of invoice identifiers (INV-XXXXXXXX or XXXXXXXX)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, 1, 100, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "\"Maximum number of identifiers per request — 100\"; no minimum", "1..100 identifiers", "The maximum is the page's; an empty list asks for nothing.")),
            null)),
        ResponseShape.LIST,
        List.of(
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Unique invoice identifier with the INV prefix",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created", FieldKind.TIMESTAMP, false, false, null, List.of(), "Invoice creation time in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address; prefilled only if a cryptocurrency for payment is selected (add_fields.cryptocurrency)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expiry_date", FieldKind.TIMESTAMP, false, false, null, List.of(), "Invoice expiration date in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; after it the status changes to canceled if payment has not been received",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "YYYY-MM-DD HH:MI:SS.FFFFFF; the list page's 2024 example \"2023-01-02 12:00:00\" (no fraction)", "the fraction optional", "Both forms appear in the provider's own examples of this object.")),
            null),
          new FieldInfo("side_commission", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Transfer fee payer",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("side_commission_cc", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Service fee payer (name in the page's table)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.WIRE_NAME, "", "create table: side_commission_cc; create example (2026): side_commission_service; info and list tables and examples: side_commission_cc; list page's 2024 prose: side_commission_ss", "side_commission_cc and side_commission_service, both nullable; side_commission_ss not declared", "Both names appear in real examples, so whichever arrives is read; side_commission_ss appears only in one revision's prose and is taken as a typo.")),
            null),
          new FieldInfo("side_commission_service", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Service fee payer (name in the page's example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the create page's example, not in its table (which names side_commission_cc)", "declared next to side_commission_cc, nullable", "The page's own example sends it.")),
            null),
          new FieldInfo("type_payments", FieldKind.STRING, false, false, null, List.of(), "Payment type (only in the page's example: \"crypto\")",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the create page's example (\"crypto\"), not in its table", "a String", "The page's own example sends it; its other values are undocumented, so it is not an enum.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the selected cryptocurrency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_in_fiat", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the creation currency (depends on the currency parameter)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fee", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice transfer fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice transfer fee in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("received", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received, in the invoice's cryptocurrency (info page's example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the info page's 2023/24 example (100.2 and 0), not in the visible part of any table", "an optional decimal", "The provider's own example of this object sends it; a paid amount is what a lookup is for.")),
            null),
          new FieldInfo("received_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received, in USD (info page's example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the info page's 2023/24 example, not in the visible part of any table", "an optional decimal", "The provider's own example of this object sends it.")),
            null),
          new FieldInfo("fiat_currency", FieldKind.STRING, false, false, null, List.of(), "Fiat currency code in which the invoice was created",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, one of the create request's conversion currencies", "a String, not FiatCurrency", "A response is read, not checked: a code the provider adds later would read as UNKNOWN and be lost, while a String keeps it.")),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status; always created in the response to a create request",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("invoice_status", FieldKind.STRING, false, false, null, List.of(), "Processing state of the invoice, next to status (\"success\" in the postback page's example, \"start\" in a withdrawal example); its values are not enumerated",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not in the create, info or list tables; in the postback page's invoice_info (\"success\") and the withdrawal page's ru fragment (\"start\"); plugins check result[0].invoice_status == \"success\" after getInvoices", "an optional String", "Shops rely on it to confirm a payment; its values are never enumerated, so it is not an enum.")),
            null),
          new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Custom invoice number in the external system (info page's example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the info page's 2023/24 example (\"1111\"), not in the visible part of any table; the withdrawal fragment sends the string \"None\"", "an optional String, read as sent", "The provider's own example of this object sends it: it is how a shop finds its order again.")),
            null),
          new FieldInfo("date_finished", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the invoice was finished, UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; null while open (list page's example)",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the list page's 2024 example (null) and the postback page's invoice_info (\"2024-08-22 11:51:53.753528\"), not in the visible part of any table", "an optional, nullable timestamp in the invoice's format", "The provider's own examples of this object send it.")),
            null),
          new FieldInfo("is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Parameter for requiring the payer's email in the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("link", FieldKind.STRING, false, false, null, List.of(), "Link to the invoice page",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("invoice_id", FieldKind.STRING, false, false, null, List.of(), "Invoice identifier (only in the page's example, where it is null)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "in the create page's example (null), not in its table", "an optional, nullable String", "The page's own example sends it.")),
            null),
          new FieldInfo("currency.id", FieldKind.INTEGER, false, false, null, List.of(), "Currency identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.code", FieldKind.STRING, false, false, null, List.of(), "Currency code, e.g. ETH",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.fullcode", FieldKind.STRING, false, false, null, List.of(), "Full currency code, e.g. ETH or USDT_TRC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string (ETH, USDT_TRC20): one of the payment currencies", "a String, not CryptoCurrency", "A response value must not be lost to UNKNOWN when the provider adds a currency.")),
            null),
          new FieldInfo("currency.network.code", FieldKind.STRING, false, false, null, List.of(), "Network code, e.g. ERC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.id", FieldKind.INTEGER, false, false, null, List.of(), "Network identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.icon", FieldKind.STRING, false, false, null, List.of(), "Network icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.fullname", FieldKind.STRING, false, false, null, List.of(), "Network name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the payer's email is required for this currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.stablecoin", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is a stablecoin",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_base", FieldKind.STRING, false, false, null, List.of(), "Currency icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_network", FieldKind.STRING, false, false, null, List.of(), "Icon URL of the currency on its network; may be the string \"None\"",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_qr", FieldKind.STRING, false, false, null, List.of(), "Icon URL for the QR code",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.order", FieldKind.INTEGER, false, false, null, List.of(), "Display order of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.id", FieldKind.INTEGER, false, false, null, List.of(), "Project identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.name", FieldKind.STRING, false, false, null, List.of(), "Project name",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.fail", FieldKind.STRING, false, false, null, List.of(), "Project URL after a failed payment",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.success", FieldKind.STRING, false, false, null, List.of(), "Project URL after a successful payment",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.logo", FieldKind.STRING, false, false, null, List.of(), "Project logo URL; may be null, empty or \"None\"",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string (a URL); seen as null (info example), \"\" (postback example) and \"None\" (README)", "a nullable String read as sent", "\"\" and \"None\" are not turned into absence here: callers see them as the provider sent them.")),
            null),
          new FieldInfo("test_mode", FieldKind.BOOLEAN, false, false, null, List.of(), "Test invoice sign",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/invoice-information",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/merchant/info", "", "{\"uuids\":[\"INV-XXXXXXXX\",\"INV-YYYYYYYY\"]}", "The cURL tab's body; the Python tab sends the same list.")),
        List.of(
          new ResponseExampleInfo("invoices", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": [\n"
              + "        {\n"
              + "            \"uuid\": \"INV-XXXXXXXX\",\n"
              + "            \"address\": \"\",\n"
              + "            \"expiry_date\": \"2023-01-01 12:00:00.000000\",\n"
              + "            \"side_commission\": \"client\",\n"
              + "            \"side_commission_cc\": \"client\",\n"
              + "            \"amount\": 100.2,\n"
              + "            \"amount_usd\": 100.2,\n"
              + "            \"received\": 100.2,\n"
              + "            \"received_usd\": 100.2,\n"
              + "            \"fee\": 1.4,\n"
              + "            \"fee_usd\": 1.4,\n"
              + "            \"service_fee\": 0,\n"
              + "            \"service_fee_usd\": 1.9,\n"
              + "            \"status\": \"overpaid\",\n"
              + "            \"order_id\": \"1111\",\n"
              + "            \"currency\": {\n"
              + "                \"id\": 4,\n"
              + "                \"code\": \"USDT\",\n"
              + "                \"fullcode\": \"USDT_TRC20\",\n"
              + "                \"network\": {\n"
              + "                    \"code\": \"TRC20\",\n"
              + "                    \"id\": 4,\n"
              + "                    \"icon\": \"https://cdn.cryptocloud.plus/currency/crypto/TRX.svg\",\n"
              + "                    \"fullname\": \"Tron\"\n"
              + "                },\n"
              + "                \"name\": \"Tether\",\n"
              + "                \"is_email_required\": false,\n"
              + "                \"stablecoin\": true,\n"
              + "                \"icon_base\": \"https://cdn.cryptocloud.plus/currency/icons/main/usdt.svg\",\n"
              + "                \"icon_network\": \"https://cdn.cryptocloud.plus/icons-currency/USDT-TRC20.svg\",\n"
              + "                \"icon_qr\": \"https://cdn.cryptocloud.plus/currency/icons/stroke/usdt.svg\",\n"
              + "                \"order\": 1\n"
              + "            },\n"
              + "            \"project\": {\n"
              + "                \"id\": 1,\n"
              + "                \"name\": \"MyStore\",\n"
              + "                \"fail\": \"https://test.com?order_id=1111&invoice_uuid=INV-XXXXXXXX\",\n"
              + "                \"success\": \"https://test.com?order_id=1111&invoice_uuid=INV-XXXXXXXX\",\n"
              + "                \"logo\": null\n"
              + "            },\n"
              + "            \"test_mode\": false\n"
              + "        }\n"
              + "    ]\n"
              + "}", ExampleOutcome.SUCCESS, "The 2023/24 revision's 200 example (the current revision's is not stored). Its second list element is cut in every stored copy (inside currency.network) and is left out; the first is verbatim.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "page: {\"uuids\": [...]} answered by a list in \"result\", even for one identifier; partyzanex/go-cryptocloud sends {\"uuid\": \"...\"} and decodes one object", "the page's: a uuids list, answered by a list of invoices", "The page is explicit (\"List of invoice identifiers\", at most 100) and its example answers with a list; the SDK contradicts it alone."),
          new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "the stored response table stops after fee: fee_usd, service_fee, service_fee_usd, fiat_currency, status, is_email_required, link, currency, project and test_mode are not listed", "the shared Invoice declares them, as the create page's table does", "The table is cut in the stored copy, not shortened by the provider: its visible rows repeat the create page's row for row."),
          new DecisionInfo(DecisionTopic.OTHER, "", "current revision: the response table stops after fee and its example is not stored", "the shared Invoice of createInvoice (whose table this one repeats row for row as far as it goes)", "The visible rows are the create table's; the 2023/24 example's fields are all declared on that Invoice."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "2023/24 example: a list of two invoices, the second cut inside currency.network in every stored copy", "the example keeps the first, complete invoice and leaves the cut one out", "Completing the cut element would invent its values; the first element shows every field the example has.")));
    }
  }

  /**
   * Builds the metadata of getStatistics, in a class of its own to keep every class small.
   */
  private static final class GetStatisticsMetadata {
    private GetStatisticsMetadata() {
    }

    static Operation<GetStatisticsRequest, Statistics> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "getStatistics",
        HttpMethod.POST,
        "/v2/invoice/merchant/statistics",
        "Returns statistics on invoice statuses for the specified period: counts and amounts in USD (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        GetStatisticsRequest.class,
        Statistics.class,
        GetStatisticsRequest.Validator::validate,
        List.of(
          new FieldInfo("start", FieldKind.DATE, false, true, null, List.of(), "Date in format dd.mm.yyyy",
            ParamIn.BODY, "dd.MM.yyyy", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, \"Date in format «dd.mm.yyyyy»\" (five y); every example: dd.mm.yyyy", "a date written dd.MM.yyyy", "Five y is a typo: the examples (01.01.2023) have four-digit years.")),
            null),
          new FieldInfo("end", FieldKind.DATE, false, true, null, List.of(), "Date in format dd.mm.yyyy; must be greater than or equal to start",
            ParamIn.BODY, "dd.MM.yyyy", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("count.all", FieldKind.INTEGER, false, false, null, List.of(), "All invoices",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("count.created", FieldKind.INTEGER, false, false, null, List.of(), "Invoices with the \"Created\" status",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("count.paid", FieldKind.INTEGER, false, false, null, List.of(), "Invoices with the \"Paid\" status",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("count.overpaid", FieldKind.INTEGER, false, false, null, List.of(), "Invoices with the \"Overpaid\" status",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("count.partial", FieldKind.INTEGER, false, false, null, List.of(), "Invoices with the \"Partially paid\" status",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("count.canceled", FieldKind.INTEGER, false, false, null, List.of(), "Invoices with the \"Canceled\" status",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount.all", FieldKind.DECIMAL, false, false, null, List.of(), "All invoices, in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount.created", FieldKind.DECIMAL, false, false, null, List.of(), "Invoices with the \"Created\" status, in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount.paid", FieldKind.DECIMAL, false, false, null, List.of(), "Invoices with the \"Paid\" status, in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount.overpaid", FieldKind.DECIMAL, false, false, null, List.of(), "Invoices with the \"Overpaid\" status, in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount.partial", FieldKind.DECIMAL, false, false, null, List.of(), "Invoices with the \"Partially paid\" status, in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount.canceled", FieldKind.DECIMAL, false, false, null, List.of(), "Invoices with the \"Canceled\" status, in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/statistics",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/merchant/statistics", "", "{\"start\":\"01.01.2023\",\"end\":\"31.01.2023\"}", "The cURL tab's body; the Python tab sends the same dates.")),
        List.of(
          new ResponseExampleInfo("statistics", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": {\n"
              + "        \"count\": {\n"
              + "            \"all\": 59,\n"
              + "            \"created\": 41,\n"
              + "            \"paid\": 16,\n"
              + "            \"overpaid\": 1,\n"
              + "            \"partial\": 1,\n"
              + "            \"canceled\": 0\n"
              + "        },\n"
              + "        \"amount\": {\n"
              + "            \"all\": 4683.83,\n"
              + "            \"created\": 3032.63,\n"
              + "            \"paid\": 1531.0,\n"
              + "            \"overpaid\": 100.2,\n"
              + "            \"partial\": 20.0,\n"
              + "            \"canceled\": 0\n"
              + "        }\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, "The 2024 revision's tab \"200: OK Successful response\"."),
          new ResponseExampleInfo("table", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": {\n"
              + "        \"count\": { \"all\": 907, \"created\": 4, \"paid\": 90, \"overpaid\": 8, \"partial\": 6, \"canceled\": 799 },\n"
              + "        \"amount\": { \"all\": 214356.22712, \"created\": 4.0, \"paid\": 629.729137, \"overpaid\": 36.82, \"partial\": 11.4, \"canceled\": 213674.277983 }\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, "The current revision's response table shows count and amount as examples, not a whole body; they are put in the v2 envelope as the 2024 example is.")),
        List.of(
          new DecisionInfo(DecisionTopic.OTHER, "end", "\"Must be greater than or equal to start\"", "not checked by the client; the provider answers with its error", "The vocabulary has no rule comparing two fields.")));
    }
  }

  /**
   * Builds the metadata of listInvoices, in a class of its own to keep every class small.
   */
  private static final class ListInvoicesMetadata {
    private ListInvoicesMetadata() {
    }

    static Operation<ListInvoicesRequest, InvoiceList> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v2",
        "listInvoices",
        HttpMethod.POST,
        "/v2/invoice/merchant/list",
        "Returns the invoices of a period: 10 records by default, at most 100 per request (API v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of("authorization"),
          List.of("Signature verification failed", "Invalid header padding"),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        ListInvoicesRequest.class,
        InvoiceList.class,
        ListInvoicesRequest.Validator::validate,
        List.of(
          new FieldInfo("start", FieldKind.DATE, false, true, null, List.of(), "Date in format dd.mm.yyyy",
            ParamIn.BODY, "dd.MM.yyyy", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, \"Date in format «dd.mm.yyyyy»\" (five y); the ru copy and every example: dd.mm.yyyy", "a date written dd.MM.yyyy", "Five y is a typo: the examples (01.01.2026) have four-digit years.")),
            null),
          new FieldInfo("end", FieldKind.DATE, false, true, null, List.of(), "Date in format dd.mm.yyyy; must be later or equal to start",
            ParamIn.BODY, "dd.MM.yyyy", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("offset", FieldKind.INTEGER, false, false, null, List.of(), "Index of the starting record from which data retrieval begins; with offset=10 the data starts from the 11th record",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), false, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "int, no bounds", "at least 0", "A record index cannot be negative.")),
            null),
          new FieldInfo("limit", FieldKind.INTEGER, false, false, "10", List.of(), "Number of the last record to retrieve: with limit=20 the records up to and including the 20th, starting from offset; by default the response contains 10 records, at most 100 per request",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), false, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "\"the number of the last record\" (an end index) in the table; \"by default 10 records, maximum 100 per request\" (a page size) in the text", "at least 0, no upper bound", "Read as an end index, limit may exceed 100 (offset 100, limit 150 asks for 50 records); a bound of 100 could refuse a request the service accepts, so the provider enforces its own maximum.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("result", FieldKind.OBJECT, true, false, null, List.of(), "The invoices of the period, from offset to limit",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("all_count", FieldKind.INTEGER, false, false, null, List.of(), "Number of invoices of the period (read by partyzanex/go-cryptocloud)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "on no stored page; partyzanex/go-cryptocloud (response.go) reads a top-level all_count next to status and result", "an optional Integer beside the list", "A caller paging through a period needs the total; absent, it reads as empty.")),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v2/invoice-list",
        List.of(
          new RequestExampleInfo("page", "/v2/invoice/merchant/list", "", "{\"start\": \"01.01.2024\", \"end\": \"31.01.2024\", \"offset\": 0, \"limit\": 10}", "The request example tabs are not stored; this body is made of the example values of the 2024 revision's parameter table (start 01.01.2024, end 31.01.2024, offset 0, limit 10).")),
        List.of(
          new ResponseExampleInfo("invoices", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"result\": [\n"
              + "        {\n"
              + "            \"uuid\": \"INV-XXXXXXXX\",\n"
              + "            \"created\": \"2023-01-01 12:00:00.000000\",\n"
              + "            \"address\": \"\",\n"
              + "            \"currency\": {\n"
              + "                \"id\": 4,\n"
              + "                \"code\": \"USDT\",\n"
              + "                \"fullcode\": \"USDT_TRC20\",\n"
              + "                \"network\": {\n"
              + "                    \"code\": \"TRC20\",\n"
              + "                    \"id\": 4,\n"
              + "                    \"icon\": \"https://cdn.cryptocloud.plus/currency/crypto/TRX.svg\",\n"
              + "                    \"fullname\": \"Tron\"\n"
              + "                },\n"
              + "                \"name\": \"Tether\",\n"
              + "                \"is_email_required\": false,\n"
              + "                \"stablecoin\": true,\n"
              + "                \"icon_base\": \"https://cdn.cryptocloud.plus/currency/icons/main/usdt.svg\",\n"
              + "                \"icon_network\": \"https://cdn.cryptocloud.plus/icons-currency/USDT-TRC20.svg\",\n"
              + "                \"icon_qr\": \"https://cdn.cryptocloud.plus/currency/icons/stroke/usdt.svg\",\n"
              + "                \"order\": 1\n"
              + "            },\n"
              + "            \"date_finished\": null,\n"
              + "            \"expiry_date\": \"2023-01-02 12:00:00\",\n"
              + "            \"side_commission\": \"client\"\n"
              + "        }\n"
              + "    ],\n"
              + "    \"all_count\": 1\n"
              + "}", ExampleOutcome.SUCCESS, "The 2024 revision's example, cut after \"side_commission\" in every stored copy: the item, the list and the body are closed there, and all_count (read by partyzanex/go-cryptocloud) is added."),
          new ResponseExampleInfo("start-invalid", 400, "{\n"
              + "    \"status\": \"error\",\n"
              + "    \"result\": {\n"
              + "        \"start\": \"Date must be in format dd.mm.yyyy\"\n"
              + "    }\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "No error body is stored: partyzanex/go-cryptocloud's errors.go reads result.validate_error, detail, start and end; the message is made up, the shape is the SDK's, the HTTP status inferred (400).")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "current revision: POST /v2/invoice/merchant/list; 2024 revision: POST /v2/invoice/merchant/info (the invoice-information endpoint)", "/v2/invoice/merchant/list", "The current revision, and the SDKs that call the live API (partyzanex/go-cryptocloud, KamikotoTkach/CryptoCloud4j) use /list; /info takes uuids, not a period."),
          new DecisionInfo(DecisionTopic.OTHER, "", "the response table stops after amount_usd and the example after side_commission (2024); their rows are the create table's", "the items are the shared Invoice of createInvoice", "The visible rows and the 2024 prose list (uuid ... currency, project) are the create page's."),
          new DecisionInfo(DecisionTopic.OTHER, "end", "\"Must be later or equal to start\"", "not checked by the client; the provider answers with its error", "The vocabulary has no rule comparing two fields."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "2024 example cut inside the first item (\"side_com…\"), no all_count", "closed after \"side_commission\": \"client\"; \"all_count\": 1 added", "Nothing after the cut is known; all_count is what the only SDK reading this answer expects.")));
    }
  }
}
