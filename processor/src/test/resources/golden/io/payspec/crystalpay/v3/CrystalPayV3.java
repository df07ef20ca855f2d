package io.payspec.crystalpay.v3;

import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.DecisionInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.meta.ResponseExampleInfo;
import io.payspec.runtime.meta.SignatureInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * CrystalPay API v3. Get it from {@link CrystalPayClient#v3()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CrystalPayV3 {
  /**
   * CrystalPay v3 cancelPayoff: {@code POST /v3/payoff/cancel/}.
   */
  public static final Operation<CancelPayoffRequest, Payoff> CANCEL_PAYOFF = CancelPayoffMetadata.operation();

  /**
   * CrystalPay v3 createInvoice: {@code POST /v3/invoice/create/}.
   *
   * <p>Departs from the page: <em>page:</em> no error body on the create page; <em>chosen:</em> HTTP 200 {"error": true, "errors": [...]}; the message "Invalid auth credentials" is an authentication failure; <em>because</em> The specification page (crystalpay-v3-specification.ru.md) gives the HTTP-200 error list for every v3 call; README gives the message a wrong login or secret produces.
   *
   * <p>Departs from the page: <em>page:</em> {"error": true, "errors": ["`amount` field is required", ...]} (specification page); <em>chosen:</em> {"error": true, "errors": ["`amount` field is required"]}; <em>because</em> The "..." placeholder is not JSON; the one real message is kept.
   *
   * <p>Departs from the page: <em>page:</em> rub_amount, amount: string ("8146", "100"); the SDKs type them float or int; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * <p>Departs from the page: <em>page:</em> linked to a list of values on a page that is not stored; <em>chosen:</em> purchase, topup; <em>because</em> The values README gives from the provider's wider documentation and SDKs.
   *
   * <p>Departs from the page: <em>page:</em> linked to a list of values on a page that is not stored (invoice and payoff pages link different anchors); <em>chosen:</em> balance, amount; one enum shared by invoices and payoffs; <em>because</em> The values README gives; the official SDK's PayoffSubtractFrom has the same two, so payoffs share it.
   *
   * <p>Departs from the page about {@code payer_details}: <em>page:</em> array, linked to a list of possible values (page not stored) named "Email etc."; the SDKs send an e-mail string; <em>chosen:</em> an object with the one key the page names, email; <em>because</em> An "array" with named values is a keyed (PHP) array, i.e. a JSON object; its other keys are left out until their documentation is available.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

  /**
   * CrystalPay v3 createPayoff: {@code POST /v3/payoff/create/}.
   *
   * <p>Departs from the page: <em>page:</em> no page; aiocrystal's PayoffCreate has id, subtract_from, method, amount_currency, amount, rub_amount, receive_amount, deduction_amount, commission_amount, wallet; <em>chosen:</em> the payoff object of the payoff-info page (Payoff); <em>because</em> The same payoff with the fields it has so far; the ones the SDK's create answer lacks (state, message, callback_url, extra, created_at, final_at) read as absent.
   *
   * <p>Departs from the page: <em>page:</em> {"error": true, "errors": ["`amount` field is required", ...]} (specification page); <em>chosen:</em> {"error": true, "errors": ["`amount` field is required"]}; <em>because</em> The "..." placeholder is not JSON; the one real message is kept.
   */
  public static final Operation<CreatePayoffRequest, Payoff> CREATE_PAYOFF = CreatePayoffMetadata.operation();

  /**
   * CrystalPay v3 getAccount: {@code POST /v3/me/info/}.
   */
  public static final Operation<GetAccountRequest, Account> GET_ACCOUNT = GetAccountMetadata.operation();

  /**
   * CrystalPay v3 getBalance: {@code POST /v3/balance/get/}.
   *
   * <p>Departs from the page: <em>page:</em> no page; the SDKs type amount float (pycrystalpay) or int | float (aiocrystal), amount_accuracy float or int; <em>chosen:</em> amount BigDecimal, amount_accuracy Integer; <em>because</em> As in the balance-list page: amount is a decimal string and amount_accuracy a count of digits.
   */
  public static final Operation<GetBalanceRequest, MethodBalance> GET_BALANCE = GetBalanceMetadata.operation();

  /**
   * CrystalPay v3 getInvoice: {@code POST /v3/invoice/info/}.
   *
   * <p>Departs from the page: <em>page:</em> money as decimal strings ("8146", "100", "0"); the SDKs type them float or int; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * <p>Departs from the page: <em>page:</em> timestamps as text "2024-01-10 11:08:11", no zone; <em>chosen:</em> LocalDateTime, pattern yyyy-MM-dd HH:mm:ss; <em>because</em> README gives the format; no page says which zone the times are in, so none is assumed.
   *
   * <p>Departs from the page: <em>page:</em> only notpayed shown; the list is on a page that is not stored. SDKs: aiocrystal notpayed, processing, wrongamount, failed, payed; pycrystalpay adds unavailable; <em>chosen:</em> the six values of both SDKs; <em>because</em> The union: a state the service sends is typed, and any later one still reads as UNKNOWN.
   */
  public static final Operation<GetInvoiceRequest, InvoiceInfo> GET_INVOICE = GetInvoiceMetadata.operation();

  /**
   * CrystalPay v3 getMethod: {@code POST /v3/method/get/}.
   *
   * <p>Departs from the page: <em>page:</em> money and percentages as decimal strings ("0.000004", "10"); <em>chosen:</em> BigDecimal; <em>because</em> Never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   */
  public static final Operation<GetMethodRequest, PaymentMethod> GET_METHOD = GetMethodMetadata.operation();

  /**
   * CrystalPay v3 getPayoff: {@code POST /v3/payoff/info/}.
   *
   * <p>Departs from the page: <em>page:</em> POST /v3/payoff/info/ (page); pycrystalpay's payoff_get posts to payoff/cancel/; <em>chosen:</em> POST /v3/payoff/info/; <em>because</em> The page is explicit; the SDK's route is a bug (a look-up that cancels the payoff).
   *
   * <p>Departs from the page: <em>page:</em> money as decimal strings ("0.0005", "151"); the SDKs type them float or int; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * <p>Departs from the page: <em>page:</em> timestamps as text "2024-01-01 11:11:11", no zone; <em>chosen:</em> LocalDateTime, pattern yyyy-MM-dd HH:mm:ss; <em>because</em> README gives the format; no page says which zone the times are in, so none is assumed.
   *
   * <p>Departs from the page: <em>page:</em> only payed shown; the list is on a page that is not stored. aiocrystal PayoffState: created, processing, failed, payed, canceled; <em>chosen:</em> the five values of aiocrystal; <em>because</em> The only list available; any later state still reads as UNKNOWN.
   */
  public static final Operation<GetPayoffRequest, Payoff> GET_PAYOFF = GetPayoffMetadata.operation();

  /**
   * CrystalPay v3 listBalances: {@code POST /v3/balance/list/}.
   *
   * <p>Departs from the page: <em>page:</em> "items": {"BITCOIN": {...}, ... "USDTTRC": {...}} with a literal "..." line; <em>chosen:</em> the two items without the "..." line; <em>because</em> The placeholder is not JSON; both documented items are kept verbatim.
   *
   * <p>Departs from the page: <em>page:</em> amount: string ("0.0005"); pycrystalpay types it float; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   */
  public static final Operation<ListBalancesRequest, BalanceList> LIST_BALANCES = ListBalancesMetadata.operation();

  /**
   * CrystalPay v3 submitPayoff: {@code POST /v3/payoff/submit/}.
   */
  public static final Operation<SubmitPayoffRequest, Payoff> SUBMIT_PAYOFF = SubmitPayoffMetadata.operation();

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link CrystalPayClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public CrystalPayV3(ClientCore core) {
    this.core = core;
  }

  /**
   * Cancels a created payoff before it is submitted (API v3).
   *
   * <p>{@code POST /v3/payoff/cancel/}. Blocks until the provider answers or the request timeout passes.
   *
   * @param request the request, built with {@link CancelPayoffRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Payoff cancelPayoff(CancelPayoffRequest request) {
    return core.call(CANCEL_PAYOFF, request);
  }

  /**
   * Cancels a created payoff before it is submitted (API v3).
   *
   * <p>Asynchronous form of {@link #cancelPayoff(CancelPayoffRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CancelPayoffRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Payoff> cancelPayoffAsync(CancelPayoffRequest request) {
    return core.callAsync(CANCEL_PAYOFF, request);
  }

  /**
   * Creates an invoice and returns its payment link (API v3).
   *
   * <p>{@code POST /v3/invoice/create/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> no error body on the create page; <em>chosen:</em> HTTP 200 {"error": true, "errors": [...]}; the message "Invalid auth credentials" is an authentication failure; <em>because</em> The specification page (crystalpay-v3-specification.ru.md) gives the HTTP-200 error list for every v3 call; README gives the message a wrong login or secret produces.
   *
   * <p>Departs from the page: <em>page:</em> {"error": true, "errors": ["`amount` field is required", ...]} (specification page); <em>chosen:</em> {"error": true, "errors": ["`amount` field is required"]}; <em>because</em> The "..." placeholder is not JSON; the one real message is kept.
   *
   * <p>Departs from the page: <em>page:</em> rub_amount, amount: string ("8146", "100"); the SDKs type them float or int; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * <p>Departs from the page: <em>page:</em> linked to a list of values on a page that is not stored; <em>chosen:</em> purchase, topup; <em>because</em> The values README gives from the provider's wider documentation and SDKs.
   *
   * <p>Departs from the page: <em>page:</em> linked to a list of values on a page that is not stored (invoice and payoff pages link different anchors); <em>chosen:</em> balance, amount; one enum shared by invoices and payoffs; <em>because</em> The values README gives; the official SDK's PayoffSubtractFrom has the same two, so payoffs share it.
   *
   * <p>Departs from the page about {@code payer_details}: <em>page:</em> array, linked to a list of possible values (page not stored) named "Email etc."; the SDKs send an e-mail string; <em>chosen:</em> an object with the one key the page names, email; <em>because</em> An "array" with named values is a keyed (PHP) array, i.e. a JSON object; its other keys are left out until their documentation is available.
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
   * Creates an invoice and returns its payment link (API v3).
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
   * Creates a payoff (a withdrawal to the recipient's details); it is paid out once submitted (API v3).
   *
   * <p>{@code POST /v3/payoff/create/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> no page; aiocrystal's PayoffCreate has id, subtract_from, method, amount_currency, amount, rub_amount, receive_amount, deduction_amount, commission_amount, wallet; <em>chosen:</em> the payoff object of the payoff-info page (Payoff); <em>because</em> The same payoff with the fields it has so far; the ones the SDK's create answer lacks (state, message, callback_url, extra, created_at, final_at) read as absent.
   *
   * <p>Departs from the page: <em>page:</em> {"error": true, "errors": ["`amount` field is required", ...]} (specification page); <em>chosen:</em> {"error": true, "errors": ["`amount` field is required"]}; <em>because</em> The "..." placeholder is not JSON; the one real message is kept.
   *
   * @param request the request, built with {@link CreatePayoffRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Payoff createPayoff(CreatePayoffRequest request) {
    return core.call(CREATE_PAYOFF, request);
  }

  /**
   * Creates a payoff (a withdrawal to the recipient's details); it is paid out once submitted (API v3).
   *
   * <p>Asynchronous form of {@link #createPayoff(CreatePayoffRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreatePayoffRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Payoff> createPayoffAsync(CreatePayoffRequest request) {
    return core.callAsync(CREATE_PAYOFF, request);
  }

  /**
   * Gets information about the cash register the credentials belong to (API v3).
   *
   * <p>{@code POST /v3/me/info/}. Blocks until the provider answers or the request timeout passes.
   *
   * @param request the request, built with {@link GetAccountRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Account getAccount(GetAccountRequest request) {
    return core.call(GET_ACCOUNT, request);
  }

  /**
   * Gets information about the cash register the credentials belong to (API v3).
   *
   * <p>Asynchronous form of {@link #getAccount(GetAccountRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetAccountRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Account> getAccountAsync(GetAccountRequest request) {
    return core.callAsync(GET_ACCOUNT, request);
  }

  /**
   * Gets one balance of the cash register by the internal name of its method (API v3).
   *
   * <p>{@code POST /v3/balance/get/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> no page; the SDKs type amount float (pycrystalpay) or int | float (aiocrystal), amount_accuracy float or int; <em>chosen:</em> amount BigDecimal, amount_accuracy Integer; <em>because</em> As in the balance-list page: amount is a decimal string and amount_accuracy a count of digits.
   *
   * @param request the request, built with {@link GetBalanceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public MethodBalance getBalance(GetBalanceRequest request) {
    return core.call(GET_BALANCE, request);
  }

  /**
   * Gets one balance of the cash register by the internal name of its method (API v3).
   *
   * <p>Asynchronous form of {@link #getBalance(GetBalanceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetBalanceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<MethodBalance> getBalanceAsync(GetBalanceRequest request) {
    return core.callAsync(GET_BALANCE, request);
  }

  /**
   * Gets information about an invoice: its state, amounts and links (API v3).
   *
   * <p>{@code POST /v3/invoice/info/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> money as decimal strings ("8146", "100", "0"); the SDKs type them float or int; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * <p>Departs from the page: <em>page:</em> timestamps as text "2024-01-10 11:08:11", no zone; <em>chosen:</em> LocalDateTime, pattern yyyy-MM-dd HH:mm:ss; <em>because</em> README gives the format; no page says which zone the times are in, so none is assumed.
   *
   * <p>Departs from the page: <em>page:</em> only notpayed shown; the list is on a page that is not stored. SDKs: aiocrystal notpayed, processing, wrongamount, failed, payed; pycrystalpay adds unavailable; <em>chosen:</em> the six values of both SDKs; <em>because</em> The union: a state the service sends is typed, and any later one still reads as UNKNOWN.
   *
   * @param request the request, built with {@link GetInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public InvoiceInfo getInvoice(GetInvoiceRequest request) {
    return core.call(GET_INVOICE, request);
  }

  /**
   * Gets information about an invoice: its state, amounts and links (API v3).
   *
   * <p>Asynchronous form of {@link #getInvoice(GetInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<InvoiceInfo> getInvoiceAsync(GetInvoiceRequest request) {
    return core.callAsync(GET_INVOICE, request);
  }

  /**
   * Gets one payment method: its currency, settings, limits and fees for payments in and payoffs out (API v3).
   *
   * <p>{@code POST /v3/method/get/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> money and percentages as decimal strings ("0.000004", "10"); <em>chosen:</em> BigDecimal; <em>because</em> Never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * @param request the request, built with {@link GetMethodRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public PaymentMethod getMethod(GetMethodRequest request) {
    return core.call(GET_METHOD, request);
  }

  /**
   * Gets one payment method: its currency, settings, limits and fees for payments in and payoffs out (API v3).
   *
   * <p>Asynchronous form of {@link #getMethod(GetMethodRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetMethodRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<PaymentMethod> getMethodAsync(GetMethodRequest request) {
    return core.callAsync(GET_METHOD, request);
  }

  /**
   * Gets information about a payoff: its state, amounts and recipient (API v3).
   *
   * <p>{@code POST /v3/payoff/info/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> POST /v3/payoff/info/ (page); pycrystalpay's payoff_get posts to payoff/cancel/; <em>chosen:</em> POST /v3/payoff/info/; <em>because</em> The page is explicit; the SDK's route is a bug (a look-up that cancels the payoff).
   *
   * <p>Departs from the page: <em>page:</em> money as decimal strings ("0.0005", "151"); the SDKs type them float or int; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * <p>Departs from the page: <em>page:</em> timestamps as text "2024-01-01 11:11:11", no zone; <em>chosen:</em> LocalDateTime, pattern yyyy-MM-dd HH:mm:ss; <em>because</em> README gives the format; no page says which zone the times are in, so none is assumed.
   *
   * <p>Departs from the page: <em>page:</em> only payed shown; the list is on a page that is not stored. aiocrystal PayoffState: created, processing, failed, payed, canceled; <em>chosen:</em> the five values of aiocrystal; <em>because</em> The only list available; any later state still reads as UNKNOWN.
   *
   * @param request the request, built with {@link GetPayoffRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Payoff getPayoff(GetPayoffRequest request) {
    return core.call(GET_PAYOFF, request);
  }

  /**
   * Gets information about a payoff: its state, amounts and recipient (API v3).
   *
   * <p>Asynchronous form of {@link #getPayoff(GetPayoffRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetPayoffRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Payoff> getPayoffAsync(GetPayoffRequest request) {
    return core.callAsync(GET_PAYOFF, request);
  }

  /**
   * Lists the cash register's balances, keyed by the internal name of their method (API v3).
   *
   * <p>{@code POST /v3/balance/list/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> "items": {"BITCOIN": {...}, ... "USDTTRC": {...}} with a literal "..." line; <em>chosen:</em> the two items without the "..." line; <em>because</em> The placeholder is not JSON; both documented items are kept verbatim.
   *
   * <p>Departs from the page: <em>page:</em> amount: string ("0.0005"); pycrystalpay types it float; <em>chosen:</em> BigDecimal; <em>because</em> Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.
   *
   * @param request the request, built with {@link ListBalancesRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public BalanceList listBalances(ListBalancesRequest request) {
    return core.call(LIST_BALANCES, request);
  }

  /**
   * Lists the cash register's balances, keyed by the internal name of their method (API v3).
   *
   * <p>Asynchronous form of {@link #listBalances(ListBalancesRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link ListBalancesRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<BalanceList> listBalancesAsync(ListBalancesRequest request) {
    return core.callAsync(LIST_BALANCES, request);
  }

  /**
   * Submits a created payoff: the service pays it out (API v3).
   *
   * <p>{@code POST /v3/payoff/submit/}. Blocks until the provider answers or the request timeout passes.
   *
   * @param request the request, built with {@link SubmitPayoffRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Payoff submitPayoff(SubmitPayoffRequest request) {
    return core.call(SUBMIT_PAYOFF, request);
  }

  /**
   * Submits a created payoff: the service pays it out (API v3).
   *
   * <p>Asynchronous form of {@link #submitPayoff(SubmitPayoffRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link SubmitPayoffRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Payoff> submitPayoffAsync(SubmitPayoffRequest request) {
    return core.callAsync(SUBMIT_PAYOFF, request);
  }

  /**
   * Every operation of this version, for tools that work from metadata.
   *
   * @return the operations
   */
  public static List<Operation<?, ?>> operations() {
    return List.of(CANCEL_PAYOFF, CREATE_INVOICE, CREATE_PAYOFF, GET_ACCOUNT, GET_BALANCE, GET_INVOICE, GET_METHOD, GET_PAYOFF, LIST_BALANCES, SUBMIT_PAYOFF);
  }

  /**
   * Builds the metadata of cancelPayoff, in a class of its own to keep every class small.
   */
  private static final class CancelPayoffMetadata {
    private CancelPayoffMetadata() {
    }

    static Operation<CancelPayoffRequest, Payoff> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "cancelPayoff",
        HttpMethod.POST,
        "/v3/payoff/cancel/",
        "Cancels a created payoff before it is submitted (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        CancelPayoffRequest.class,
        Payoff.class,
        CancelPayoffRequest.Validator::validate,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, true, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("signature", FieldKind.STRING, false, true, null, List.of(), "SHA-1 (lower-case hex) of id:salt, salt being the cash register's Salt key",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "no page gives the formula; the official SDK (API v2) signs sha1(f\"{id}:{salt}\"). The stored v3 swap/submit/ page lists no signature field, so whether v3 still checks it is unverified", "SHA-1 of id:salt, always sent", "The official SDK's formula; sending a signature the service may not need is harmless, leaving out one it needs fails the call.")),
            new SignatureInfo("{id}:{salt}", "SHA-1", "salt"))),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("state", FieldKind.ENUM, false, false, null, PayoffState.knownWireValues(), "Payoff state",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Internal name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "amount_currency (invoices renamed it currency; payoffs did not)", "amount_currency", "The payoff page's example and every SDK use amount_currency for payoffs.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount in roubles (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("receive_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount the recipient receives (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("deduction_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount deducted from the balance, fee included (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("commission_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fee amount (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("wallet", FieldKind.STRING, false, false, null, List.of(), "Recipient's details (wallet, account)",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("message", FieldKind.STRING, false, false, null, List.of(), "Message about the payoff, e.g. the transaction's link in a block explorer (inferred from the example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link the HTTP callback notification of the payoff is sent to",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payoff ID in your system",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff was created",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("final_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff reached its final state; null until then",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret", "salt"),
        true,
        "CrystalPAY-io/python-sdk:crystalpay_sdk.py cancel(id) (provider-docs/crystalpay-v3-payoff-create.ru.md; page not stored)",
        List.of(
          new RequestExampleInfo("sdk", "/v3/payoff/cancel/", "", "{\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\"\n"
              + "}", "No page: the official SDK's body with the id of the payoff-info page's example; the credentials and the computed signature are left out.")),
        List.of(
          new ResponseExampleInfo("sdk-success", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\",\n"
              + "    \"state\": \"canceled\",\n"
              + "    \"subtract_from\": \"balance\",\n"
              + "    \"method\": \"ETHEREUM\",\n"
              + "    \"amount_currency\": \"ETH\",\n"
              + "    \"amount\": \"0.0005\",\n"
              + "    \"rub_amount\": \"151\",\n"
              + "    \"receive_amount\": \"0.0005\",\n"
              + "    \"deduction_amount\": \"0.002\",\n"
              + "    \"commission_amount\": \"0.0015\",\n"
              + "    \"wallet\": \"examplewallet\",\n"
              + "    \"message\": null,\n"
              + "    \"callback_url\": null,\n"
              + "    \"extra\": null,\n"
              + "    \"created_at\": \"2024-01-01 11:11:11\",\n"
              + "    \"final_at\": \"2024-01-01 11:12:11\"\n"
              + "}", ExampleOutcome.SUCCESS, "No page: the SDKs answer with the payoff object; the payoff-info page's example in the state a cancelled payoff is in (canceled, no message, final_at set)."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of());
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
        CrystalPayClient.PROVIDER,
        "v3",
        "createInvoice",
        HttpMethod.POST,
        "/v3/invoice/create/",
        "Creates an invoice and returns its payment link (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        CreateInvoiceRequest.class,
        Invoice.class,
        CreateInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Invoice amount",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "number, no bounds", "greater than 0", "An invoice for zero or less is meaningless.")),
            null),
          new FieldInfo("type", FieldKind.ENUM, false, true, null, InvoiceType.knownWireValues(), "Invoice type",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("lifetime", FieldKind.INTEGER, false, true, null, List.of(), "Invoice lifetime in minutes",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("1"), false, new BigDecimal("4320"), null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "number of minutes, no bounds (the provider's older documentation: at most 4320)", "1..4320", "The older documentation's maximum (3 days, README); a lifetime must be at least a minute.")),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, "RUB", List.of(), "Invoice currency, RUB by default (formerly amount_currency)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.WIRE_NAME, "", "currency (formerly amount_currency); the SDKs still send amount_currency", "currency only, a String", "The page says currency replaced amount_currency; it lists no currency codes, so no enum.")),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, "amount", SubtractFrom.knownWireValues(), "Where to deduct the fee from, amount by default",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("required_method", FieldKind.STRING, false, false, null, List.of(), "Preset payment method; the payer cannot choose another",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string; the method codes are on the method pages", "String", "No list of method codes is documented (the method/get page describes one method by its code).")),
            null),
          new FieldInfo("payer_details.email", FieldKind.STRING, false, false, null, List.of(), "Payer's e-mail",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(),
            null),
          new FieldInfo("description", FieldKind.STRING, false, false, null, List.of(), "Description or purpose",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payment ID in your system",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("redirect_url", FieldKind.STRING, false, false, null, List.of(), "Link to redirect to after payment",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link to send the HTTP callback notification of payment to",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Invoice ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Invoice payment link",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in roubles",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Invoice currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string", "String", "Like the request's currency: no list of codes is documented.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the currency of the currency field",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("type", FieldKind.ENUM, false, false, null, InvoiceType.knownWireValues(), "Invoice type",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        false,
        "https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa",
        List.of(
          new RequestExampleInfo("table", "/v3/invoice/create/", "", "{\n"
              + "    \"amount\": 100,\n"
              + "    \"type\": \"topup\",\n"
              + "    \"lifetime\": 1440,\n"
              + "    \"currency\": \"USD\",\n"
              + "    \"subtract_from\": \"amount\"\n"
              + "}", "The page shows no request example: built from its body table with the values of its response example (100 USD, topup, fee from the amount) and the one-day lifetime of the invoice-info page's example; credentials left out.")),
        List.of(
          new ResponseExampleInfo("page", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_abcdefghij\",\n"
              + "    \"url\": \"https://pay.crystalpay.io/?i=123456789_abcdefghij\",\n"
              + "    \"rub_amount\": \"8146\",\n"
              + "    \"currency\": \"USD\",\n"
              + "    \"amount\": \"100\",\n"
              + "    \"type\": \"topup\",\n"
              + "    \"subtract_from\": \"amount\"\n"
              + "}", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("field-required", 200, "{\n"
              + "  \"error\": true,\n"
              + "  \"errors\": [\n"
              + "    \"`amount` field is required\"\n"
              + "  ]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "The error example of the specification page (crystalpay-v3-specification.ru.md), without its \"...\" placeholder (not JSON)."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "no error body on the create page", "HTTP 200 {\"error\": true, \"errors\": [...]}; the message \"Invalid auth credentials\" is an authentication failure", "The specification page (crystalpay-v3-specification.ru.md) gives the HTTP-200 error list for every v3 call; README gives the message a wrong login or secret produces."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "{\"error\": true, \"errors\": [\"`amount` field is required\", ...]} (specification page)", "{\"error\": true, \"errors\": [\"`amount` field is required\"]}", "The \"...\" placeholder is not JSON; the one real message is kept."),
          new DecisionInfo(DecisionTopic.TYPE, "", "rub_amount, amount: string (\"8146\", \"100\"); the SDKs type them float or int", "BigDecimal", "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "linked to a list of values on a page that is not stored", "purchase, topup", "The values README gives from the provider's wider documentation and SDKs."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "linked to a list of values on a page that is not stored (invoice and payoff pages link different anchors)", "balance, amount; one enum shared by invoices and payoffs", "The values README gives; the official SDK's PayoffSubtractFrom has the same two, so payoffs share it."),
          new DecisionInfo(DecisionTopic.TYPE, "payer_details", "array, linked to a list of possible values (page not stored) named \"Email etc.\"; the SDKs send an e-mail string", "an object with the one key the page names, email", "An \"array\" with named values is a keyed (PHP) array, i.e. a JSON object; its other keys are left out until their documentation is available.")));
    }
  }

  /**
   * Builds the metadata of createPayoff, in a class of its own to keep every class small.
   */
  private static final class CreatePayoffMetadata {
    private CreatePayoffMetadata() {
    }

    static Operation<CreatePayoffRequest, Payoff> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "createPayoff",
        HttpMethod.POST,
        "/v3/payoff/create/",
        "Creates a payoff (a withdrawal to the recipient's details); it is paid out once submitted (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        CreatePayoffRequest.class,
        Payoff.class,
        CreatePayoffRequest.Validator::validate,
        List.of(
          new FieldInfo("method", FieldKind.STRING, false, true, null, List.of(), "Internal name of the method (ETHEREUM, USDTTRC, ...)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("wallet", FieldKind.STRING, false, true, null, List.of(), "Recipient's details",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Payoff amount",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "no page; the SDKs type it int (pycrystalpay) or a number, no bounds", "a decimal greater than 0", "A payoff of zero or less is meaningless; crypto payoffs are fractional (the payoff-info example pays out 0.0005 ETH), so not an int.")),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, true, null, SubtractFrom.knownWireValues(), "Where to deduct the fee from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("wallet_extra", FieldKind.STRING, false, false, null, List.of(), "Additional information about the recipient's details",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payoff ID in your system",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link to send the HTTP callback notification of the payoff to",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(),
            null),
          new FieldInfo("signature", FieldKind.STRING, false, true, null, List.of(), "SHA-1 (lower-case hex) of amount:method:wallet:salt, salt being the cash register's Salt key",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "no page gives the formula (the algorithm page is not stored); the official SDK (API v2) signs sha1(f\"{amount}:{method}:{wallet}:{salt}\"), pycrystalpay (v3) passes the same values in the same order", "SHA-1 of amount:method:wallet:salt, the amount written as in the body", "The official SDK's formula, confirmed by a v3 SDK; the amount is hashed in the same text as sent so the service's check sees one value.")),
            new SignatureInfo("{amount}:{method}:{wallet}:{salt}", "SHA-1", "salt"))),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("state", FieldKind.ENUM, false, false, null, PayoffState.knownWireValues(), "Payoff state",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Internal name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "amount_currency (invoices renamed it currency; payoffs did not)", "amount_currency", "The payoff page's example and every SDK use amount_currency for payoffs.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount in roubles (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("receive_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount the recipient receives (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("deduction_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount deducted from the balance, fee included (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("commission_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fee amount (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("wallet", FieldKind.STRING, false, false, null, List.of(), "Recipient's details (wallet, account)",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("message", FieldKind.STRING, false, false, null, List.of(), "Message about the payoff, e.g. the transaction's link in a block explorer (inferred from the example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link the HTTP callback notification of the payoff is sent to",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payoff ID in your system",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff was created",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("final_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff reached its final state; null until then",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret", "salt"),
        true,
        "mrsmori/pycrystalpay:pycrystalpay/wrapper/async_/payoff.py; signature from CrystalPAY-io/python-sdk:crystalpay_sdk.py (provider-docs/crystalpay-v3-payoff-create.ru.md; page not stored)",
        List.of(
          new RequestExampleInfo("sdk", "/v3/payoff/create/", "", "{\n"
              + "    \"method\": \"ETHEREUM\",\n"
              + "    \"wallet\": \"examplewallet\",\n"
              + "    \"amount\": 0.0005,\n"
              + "    \"subtract_from\": \"balance\"\n"
              + "}", "No page: the SDK's required fields with the values of the payoff-info page's example; the credentials and the computed signature are left out.")),
        List.of(
          new ResponseExampleInfo("sdk-success", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\",\n"
              + "    \"subtract_from\": \"balance\",\n"
              + "    \"method\": \"ETHEREUM\",\n"
              + "    \"amount_currency\": \"ETH\",\n"
              + "    \"amount\": \"0.0005\",\n"
              + "    \"rub_amount\": \"151\",\n"
              + "    \"receive_amount\": \"0.0005\",\n"
              + "    \"deduction_amount\": \"0.002\",\n"
              + "    \"commission_amount\": \"0.0015\",\n"
              + "    \"wallet\": \"examplewallet\"\n"
              + "}", ExampleOutcome.SUCCESS, "No page: the fields of aiocrystal's PayoffCreate with the values of the payoff-info page's example (money as strings, as on that page)."),
          new ResponseExampleInfo("field-required", 200, "{\n"
              + "  \"error\": true,\n"
              + "  \"errors\": [\n"
              + "    \"`amount` field is required\"\n"
              + "  ]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "The error example of the specification page (crystalpay-v3-specification.ru.md), without its \"...\" placeholder (not JSON)."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.OTHER, "", "no page; aiocrystal's PayoffCreate has id, subtract_from, method, amount_currency, amount, rub_amount, receive_amount, deduction_amount, commission_amount, wallet", "the payoff object of the payoff-info page (Payoff)", "The same payoff with the fields it has so far; the ones the SDK's create answer lacks (state, message, callback_url, extra, created_at, final_at) read as absent."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "{\"error\": true, \"errors\": [\"`amount` field is required\", ...]} (specification page)", "{\"error\": true, \"errors\": [\"`amount` field is required\"]}", "The \"...\" placeholder is not JSON; the one real message is kept.")));
    }
  }

  /**
   * Builds the metadata of getAccount, in a class of its own to keep every class small.
   */
  private static final class GetAccountMetadata {
    private GetAccountMetadata() {
    }

    static Operation<GetAccountRequest, Account> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "getAccount",
        HttpMethod.POST,
        "/v3/me/info/",
        "Gets information about the cash register the credentials belong to (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetAccountRequest.class,
        Account.class,
        GetAccountRequest.Validator::validate,
        List.of(),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Cash register ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "no page; int in pycrystalpay, aiocrystal and the npm crystalpay-wrapper README (123456789), a string in the pypi crystalpayapi README (\"12345\")", "String", "Reads both forms without loss; every other CrystalPay ID is a string and is only compared, never computed with.")),
            null),
          new FieldInfo("name", FieldKind.STRING, false, false, null, List.of(), "Cash register name",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status_level", FieldKind.INTEGER, false, false, null, List.of(), "Status level of the cash register; a method needs at least its minimal_status_level (inferred)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the cash register was created",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "no page; the SDKs read a string (\"2023-07-19 12:34:56\")", "LocalDateTime, pattern yyyy-MM-dd HH:mm:ss", "README gives the format of every CrystalPay timestamp; no zone is documented, so none is assumed.")),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        true,
        "mrsmori/pycrystalpay:pycrystalpay/wrapper/async_/me.py and pycrystalpay/types/me.py (provider-docs/crystalpay-v3-me-info.ru.md; page https://docs.crystalpay.io/metody-api/me-kassa/poluchenie-informacii-o-kasse not stored)",
        List.of(
          new RequestExampleInfo("sdk", "/v3/me/info/", "", "{}", "No page: pycrystalpay sends the credentials only, which are left out.")),
        List.of(
          new ResponseExampleInfo("sdk-readme", 200, "{\n"
              + "\"error\": false,\n"
              + "\"errors\": [],\n"
              + "\"id\": 123456789,\n"
              + "\"name\": \"examplename\",\n"
              + "\"status_level\": 2,\n"
              + "\"created_at\": \"2023-07-19 12:34:56\"\n"
              + "}", ExampleOutcome.SUCCESS, "No page: the example of the npm crystalpay-wrapper README (API v2 era), the same four fields as the v3 SDKs' MeInfo / GetMe."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of());
    }
  }

  /**
   * Builds the metadata of getBalance, in a class of its own to keep every class small.
   */
  private static final class GetBalanceMetadata {
    private GetBalanceMetadata() {
    }

    static Operation<GetBalanceRequest, MethodBalance> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "getBalance",
        HttpMethod.POST,
        "/v3/balance/get/",
        "Gets one balance of the cash register by the internal name of its method (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetBalanceRequest.class,
        MethodBalance.class,
        GetBalanceRequest.Validator::validate,
        List.of(
          new FieldInfo("method", FieldKind.STRING, false, true, null, List.of(), "Internal name of the balance / method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "no page; pycrystalpay's balance_get(method) takes it as its only, mandatory argument", "required", "A balance is named by its method; the call means nothing without it.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Internal name of the balance / method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("name", FieldKind.STRING, false, false, null, List.of(), "Display name of the balance / method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Balance currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_accuracy", FieldKind.INTEGER, false, false, null, List.of(), "Precision of the amount: number of digits after the decimal point",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Balance amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        true,
        "mrsmori/pycrystalpay:pycrystalpay/wrapper/async_/balance.py and pycrystalpay/types/balance.py (provider-docs/crystalpay-v3-balance-get.ru.md; page https://docs.crystalpay.io/metody-api/balance-balansy/poluchenie-balansa not stored)",
        List.of(
          new RequestExampleInfo("sdk", "/v3/balance/get/", "", "{\n"
              + "    \"method\": \"BITCOIN\"\n"
              + "}", "No page: pycrystalpay's balance_get(method) body, with the first method of the balance-list page's example; credentials left out.")),
        List.of(
          new ResponseExampleInfo("sdk-success", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"method\": \"BITCOIN\",\n"
              + "    \"name\": \"Bitcoin\",\n"
              + "    \"amount\": \"0.0005\",\n"
              + "    \"currency\": \"BTC\",\n"
              + "    \"amount_accuracy\": 8\n"
              + "}", ExampleOutcome.SUCCESS, "No page: the fields of the SDKs' BalanceGet with the values of the balance-list page's BITCOIN item (amount a string, as on that page)."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.TYPE, "", "no page; the SDKs type amount float (pycrystalpay) or int | float (aiocrystal), amount_accuracy float or int", "amount BigDecimal, amount_accuracy Integer", "As in the balance-list page: amount is a decimal string and amount_accuracy a count of digits.")));
    }
  }

  /**
   * Builds the metadata of getInvoice, in a class of its own to keep every class small.
   */
  private static final class GetInvoiceMetadata {
    private GetInvoiceMetadata() {
    }

    static Operation<GetInvoiceRequest, InvoiceInfo> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "getInvoice",
        HttpMethod.POST,
        "/v3/invoice/info/",
        "Gets information about an invoice: its state, amounts and links (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetInvoiceRequest.class,
        InvoiceInfo.class,
        GetInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, true, null, List.of(), "Invoice ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Invoice ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Invoice payment link",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("state", FieldKind.ENUM, false, false, null, InvoiceState.knownWireValues(), "Invoice state",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("type", FieldKind.ENUM, false, false, null, InvoiceType.knownWireValues(), "Invoice type",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from (absent in older revisions of the page)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Payment method the invoice is paid with; null until one is chosen (inferred from the example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("required_method", FieldKind.STRING, false, false, null, List.of(), "Preset payment method; the payer cannot choose another",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in roubles",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Invoice currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the currency of the currency field",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_currency", FieldKind.STRING, false, false, null, List.of(), "Invoice currency under its former name; the same value as currency (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "the create page says currency replaced amount_currency; this page's newest example sends both, the oldest only amount_currency", "both fields, read as sent", "Invoices created before the rename, or answers of an older service revision, carry only amount_currency.")),
            null),
          new FieldInfo("initial_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Initial invoice amount (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("remaining_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount still to be paid (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("balance_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount credited to the balance (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("commission_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fee amount (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("description", FieldKind.STRING, false, false, null, List.of(), "Description or purpose",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("redirect_url", FieldKind.STRING, false, false, null, List.of(), "Link to redirect to after payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link the HTTP callback notification of payment is sent to",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payment ID in your system",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the invoice was created",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expired_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the invoice expires",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("final_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the invoice reached its final state; null until then",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        false,
        "https://docs.crystalpay.io/metody-api/invoice-platezhi/poluchenie-informacii-ob-invoise",
        List.of(
          new RequestExampleInfo("table", "/v3/invoice/info/", "", "{\n"
              + "    \"id\": \"123456789_abcdefghij\"\n"
              + "}", "The page shows no request example: built from its body table with the id of its response example; credentials left out.")),
        List.of(
          new ResponseExampleInfo("page", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_abcdefghij\",\n"
              + "    \"url\": \"https://pay.crystalpay.io/?i=123456789_abcdefghij\",\n"
              + "    \"state\": \"notpayed\",\n"
              + "    \"type\": \"topup\",\n"
              + "    \"subtract_from\": \"amount\",\n"
              + "    \"method\": null,\n"
              + "    \"required_method\": null,\n"
              + "    \"rub_amount\": \"8146\",\n"
              + "    \"currency\": \"USD\",\n"
              + "    \"amount\": \"100\",\n"
              + "    \"amount_currency\": \"USD\",\n"
              + "    \"initial_amount\": \"100\",\n"
              + "    \"remaining_amount\": \"100\",\n"
              + "    \"balance_amount\": \"100\",\n"
              + "    \"commission_amount\": \"0\",\n"
              + "    \"description\": null,\n"
              + "    \"redirect_url\": \"https://crystalpay.io\",\n"
              + "    \"callback_url\": null,\n"
              + "    \"extra\": null,\n"
              + "    \"created_at\": \"2024-01-10 11:08:11\",\n"
              + "    \"expired_at\": \"2024-01-11 11:08:11\",\n"
              + "    \"final_at\": null\n"
              + "}", ExampleOutcome.SUCCESS, "The newest stored revision of the page."),
          new ResponseExampleInfo("page-oldest-revision", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_abcdefghij\",\n"
              + "    \"url\": \"https://pay.crystalpay.io/?i=123456789_abcdefghij\",\n"
              + "    \"state\": \"notpayed\",\n"
              + "    \"type\": \"topup\",\n"
              + "    \"method\": null,\n"
              + "    \"required_method\": null,\n"
              + "    \"amount_currency\": \"RUB\",\n"
              + "    \"rub_amount\": \"100\",\n"
              + "    \"initial_amount\": \"100\",\n"
              + "    \"remaining_amount\": \"100\",\n"
              + "    \"balance_amount\": \"100\",\n"
              + "    \"commission_amount\": \"0\",\n"
              + "    \"description\": null,\n"
              + "    \"redirect_url\": \"https://crystalpay.io\",\n"
              + "    \"callback_url\": null,\n"
              + "    \"extra\": null,\n"
              + "    \"created_at\": \"2024-01-10 11:08:11\",\n"
              + "    \"expired_at\": \"2024-01-11 11:08:11\",\n"
              + "    \"final_at\": null\n"
              + "}", ExampleOutcome.SUCCESS, "The oldest stored revision of the page: no currency, amount or subtract_from, only amount_currency. (The middle revision is the newest without subtract_from; it is not shown on its own.)"),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.TYPE, "", "money as decimal strings (\"8146\", \"100\", \"0\"); the SDKs type them float or int", "BigDecimal", "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too."),
          new DecisionInfo(DecisionTopic.TYPE, "", "timestamps as text \"2024-01-10 11:08:11\", no zone", "LocalDateTime, pattern yyyy-MM-dd HH:mm:ss", "README gives the format; no page says which zone the times are in, so none is assumed."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "only notpayed shown; the list is on a page that is not stored. SDKs: aiocrystal notpayed, processing, wrongamount, failed, payed; pycrystalpay adds unavailable", "the six values of both SDKs", "The union: a state the service sends is typed, and any later one still reads as UNKNOWN.")));
    }
  }

  /**
   * Builds the metadata of getMethod, in a class of its own to keep every class small.
   */
  private static final class GetMethodMetadata {
    private GetMethodMetadata() {
    }

    static Operation<GetMethodRequest, PaymentMethod> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "getMethod",
        HttpMethod.POST,
        "/v3/method/get/",
        "Gets one payment method: its currency, settings, limits and fees for payments in and payoffs out (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetMethodRequest.class,
        PaymentMethod.class,
        GetMethodRequest.Validator::validate,
        List.of(
          new FieldInfo("method", FieldKind.STRING, false, true, null, List.of(), "Internal name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Internal name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("name", FieldKind.STRING, false, false, null, List.of(), "Display name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_accuracy", FieldKind.INTEGER, false, false, null, List.of(), "Precision of amounts: number of digits after the decimal point",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("minimal_status_level", FieldKind.INTEGER, false, false, null, List.of(), "Minimal status level of the cash register for using the method (inferred from the name)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("settings.in.enabled", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the cash register has the method enabled in this direction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("settings.in.extra_commissions.amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fixed part of the fee, in the method's currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("settings.in.extra_commissions.percent", FieldKind.DECIMAL, false, false, null, List.of(), "Percentage part of the fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("settings.out.enabled", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the cash register has the method enabled in this direction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("settings.out.extra_commissions.amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fixed part of the fee, in the method's currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("settings.out.extra_commissions.percent", FieldKind.DECIMAL, false, false, null, List.of(), "Percentage part of the fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("in.enabled", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the method is available in this direction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("in.limits.min", FieldKind.DECIMAL, false, false, null, List.of(), "Minimal amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("in.limits.max", FieldKind.DECIMAL, false, false, null, List.of(), "Maximal amount; \"0\" in the page's example for payments in (no limit, inferred)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("in.commissions.amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fixed part of the fee, in the method's currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("in.commissions.percent", FieldKind.DECIMAL, false, false, null, List.of(), "Percentage part of the fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("in.fee", FieldKind.DECIMAL, false, false, null, List.of(), "Further fee in this direction, next to the commissions (the page does not describe it)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("out.enabled", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the method is available in this direction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("out.limits.min", FieldKind.DECIMAL, false, false, null, List.of(), "Minimal amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("out.limits.max", FieldKind.DECIMAL, false, false, null, List.of(), "Maximal amount; \"0\" in the page's example for payments in (no limit, inferred)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("out.commissions.amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fixed part of the fee, in the method's currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("out.commissions.percent", FieldKind.DECIMAL, false, false, null, List.of(), "Percentage part of the fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("out.fee", FieldKind.DECIMAL, false, false, null, List.of(), "Further fee in this direction, next to the commissions (the page does not describe it)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        false,
        "https://docs.crystalpay.io/metody-api/method-metody/poluchenie-metoda",
        List.of(
          new RequestExampleInfo("table", "/v3/method/get/", "", "{\n"
              + "    \"method\": \"BITCOIN\"\n"
              + "}", "The page shows no request example: built from its body table with the method of its response example; credentials left out.")),
        List.of(
          new ResponseExampleInfo("page", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"method\": \"BITCOIN\",\n"
              + "    \"name\": \"Bitcoin\",\n"
              + "    \"currency\": \"BTC\",\n"
              + "    \"amount_accuracy\": 8,\n"
              + "    \"minimal_status_level\": 0,\n"
              + "    \"settings\": {\n"
              + "        \"in\": {\n"
              + "            \"enabled\": true,\n"
              + "            \"extra_commissions\": {\n"
              + "                \"amount\": \"0\",\n"
              + "                \"percent\": \"10\"\n"
              + "            }\n"
              + "        },\n"
              + "        \"out\": {\n"
              + "            \"enabled\": true,\n"
              + "            \"extra_commissions\": {\n"
              + "                \"amount\": \"0\",\n"
              + "                \"percent\": \"0\"\n"
              + "            }\n"
              + "        }\n"
              + "    },\n"
              + "    \"in\": {\n"
              + "        \"enabled\": true,\n"
              + "        \"limits\": {\n"
              + "            \"min\": \"0\",\n"
              + "            \"max\": \"0\"\n"
              + "        },\n"
              + "        \"commissions\": {\n"
              + "            \"amount\": \"0.000004\",\n"
              + "            \"percent\": \"0\"\n"
              + "        },\n"
              + "        \"fee\": \"0\"\n"
              + "    },\n"
              + "    \"out\": {\n"
              + "        \"enabled\": true,\n"
              + "        \"limits\": {\n"
              + "            \"min\": \"0.00005\",\n"
              + "            \"max\": \"0.5\"\n"
              + "        },\n"
              + "        \"commissions\": {\n"
              + "            \"amount\": \"0\",\n"
              + "            \"percent\": \"1\"\n"
              + "        },\n"
              + "        \"fee\": \"0\"\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.TYPE, "", "money and percentages as decimal strings (\"0.000004\", \"10\")", "BigDecimal", "Never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")));
    }
  }

  /**
   * Builds the metadata of getPayoff, in a class of its own to keep every class small.
   */
  private static final class GetPayoffMetadata {
    private GetPayoffMetadata() {
    }

    static Operation<GetPayoffRequest, Payoff> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "getPayoff",
        HttpMethod.POST,
        "/v3/payoff/info/",
        "Gets information about a payoff: its state, amounts and recipient (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetPayoffRequest.class,
        Payoff.class,
        GetPayoffRequest.Validator::validate,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, true, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("state", FieldKind.ENUM, false, false, null, PayoffState.knownWireValues(), "Payoff state",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Internal name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "amount_currency (invoices renamed it currency; payoffs did not)", "amount_currency", "The payoff page's example and every SDK use amount_currency for payoffs.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount in roubles (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("receive_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount the recipient receives (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("deduction_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount deducted from the balance, fee included (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("commission_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fee amount (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("wallet", FieldKind.STRING, false, false, null, List.of(), "Recipient's details (wallet, account)",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("message", FieldKind.STRING, false, false, null, List.of(), "Message about the payoff, e.g. the transaction's link in a block explorer (inferred from the example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link the HTTP callback notification of the payoff is sent to",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payoff ID in your system",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff was created",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("final_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff reached its final state; null until then",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        false,
        "https://docs.crystalpay.io/metody-api/payoff-vyvody/poluchenie-informacii-o-vyvode",
        List.of(
          new RequestExampleInfo("table", "/v3/payoff/info/", "", "{\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\"\n"
              + "}", "The page shows no request example: built from its body table with the id of its response example; credentials left out.")),
        List.of(
          new ResponseExampleInfo("page", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\",\n"
              + "    \"state\": \"payed\",\n"
              + "    \"subtract_from\": \"balance\",\n"
              + "    \"method\": \"ETHEREUM\",\n"
              + "    \"amount_currency\": \"ETH\",\n"
              + "    \"amount\": \"0.0005\",\n"
              + "    \"rub_amount\": \"151\",\n"
              + "    \"receive_amount\": \"0.0005\",\n"
              + "    \"deduction_amount\": \"0.002\",\n"
              + "    \"commission_amount\": \"0.0015\",\n"
              + "    \"wallet\": \"examplewallet\",\n"
              + "    \"message\": \"https://etherscan.io/tx/exampletx\",\n"
              + "    \"callback_url\": null,\n"
              + "    \"extra\": null,\n"
              + "    \"created_at\": \"2024-01-01 11:11:11\",\n"
              + "    \"final_at\": \"2024-01-01 11:12:11\"\n"
              + "}", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "POST /v3/payoff/info/ (page); pycrystalpay's payoff_get posts to payoff/cancel/", "POST /v3/payoff/info/", "The page is explicit; the SDK's route is a bug (a look-up that cancels the payoff)."),
          new DecisionInfo(DecisionTopic.TYPE, "", "money as decimal strings (\"0.0005\", \"151\"); the SDKs type them float or int", "BigDecimal", "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too."),
          new DecisionInfo(DecisionTopic.TYPE, "", "timestamps as text \"2024-01-01 11:11:11\", no zone", "LocalDateTime, pattern yyyy-MM-dd HH:mm:ss", "README gives the format; no page says which zone the times are in, so none is assumed."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "only payed shown; the list is on a page that is not stored. aiocrystal PayoffState: created, processing, failed, payed, canceled", "the five values of aiocrystal", "The only list available; any later state still reads as UNKNOWN.")));
    }
  }

  /**
   * Builds the metadata of listBalances, in a class of its own to keep every class small.
   */
  private static final class ListBalancesMetadata {
    private ListBalancesMetadata() {
    }

    static Operation<ListBalancesRequest, BalanceList> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "listBalances",
        HttpMethod.POST,
        "/v3/balance/list/",
        "Lists the cash register's balances, keyed by the internal name of their method (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        ListBalancesRequest.class,
        BalanceList.class,
        ListBalancesRequest.Validator::validate,
        List.of(
          new FieldInfo("hide_empty", FieldKind.BOOLEAN, false, false, null, List.of(), "Hide empty balances",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("items", FieldKind.OBJECT, false, false, null, List.of(), "Balances keyed by the internal name of the balance / method (BITCOIN, USDTTRC, ...)",
            ParamIn.BODY, null, true, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "an object keyed by method name; pycrystalpay: \"an empty list if no non-zero balances\" ([] instead of {})", "Map<String, Balance>; an empty [] reads as an empty map (example sdk-empty)", "The page's shape; the SDK's empty list carries no balance, so it is no reason to give up the keyed type.")),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        false,
        "https://docs.crystalpay.io/metody-api/balance-balansy/poluchenie-spiska-balansov",
        List.of(
          new RequestExampleInfo("table", "/v3/balance/list/", "", "{\n"
              + "    \"hide_empty\": true\n"
              + "}", "The page shows no request example: built from its body table; credentials left out."),
          new RequestExampleInfo("minimal", "/v3/balance/list/", "", "{}", "The page shows no request example: the body table's only field is optional; credentials left out.")),
        List.of(
          new ResponseExampleInfo("page", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"items\": {\n"
              + "        \"BITCOIN\": {\n"
              + "            \"name\": \"Bitcoin\",\n"
              + "            \"amount\": \"0.0005\",\n"
              + "            \"currency\": \"BTC\",\n"
              + "            \"amount_accuracy\": 8\n"
              + "        },\n"
              + "        \"USDTTRC\": {\n"
              + "            \"name\": \"USDT TRC-20\",\n"
              + "            \"amount\": \"100.1\",\n"
              + "            \"currency\": \"USDT\",\n"
              + "            \"amount_accuracy\": 6\n"
              + "        }\n"
              + "    }\n"
              + "}", ExampleOutcome.SUCCESS, "The page's example without its \"...\" line between the two items (not JSON)."),
          new ResponseExampleInfo("sdk-empty", 200, "{\"error\": false, \"errors\": [], \"items\": []}", ExampleOutcome.SUCCESS, "Not on the page: pycrystalpay's types/balance.py says an empty result comes back as a list (\"Return empty list if no nozero balances\"); it must read as no balances."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of(
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "\"items\": {\"BITCOIN\": {...}, ... \"USDTTRC\": {...}} with a literal \"...\" line", "the two items without the \"...\" line", "The placeholder is not JSON; both documented items are kept verbatim."),
          new DecisionInfo(DecisionTopic.TYPE, "", "amount: string (\"0.0005\"); pycrystalpay types it float", "BigDecimal", "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")));
    }
  }

  /**
   * Builds the metadata of submitPayoff, in a class of its own to keep every class small.
   */
  private static final class SubmitPayoffMetadata {
    private SubmitPayoffMetadata() {
    }

    static Operation<SubmitPayoffRequest, Payoff> operation() {
      return new Operation<>(
        CrystalPayClient.PROVIDER,
        "v3",
        "submitPayoff",
        HttpMethod.POST,
        "/v3/payoff/submit/",
        "Submits a created payoff: the service pays it out (API v3).",
        new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.ERROR_LIST),
          List.of(),
          List.of("Invalid auth credentials"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        SubmitPayoffRequest.class,
        Payoff.class,
        SubmitPayoffRequest.Validator::validate,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, true, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("signature", FieldKind.STRING, false, true, null, List.of(), "SHA-1 (lower-case hex) of id:salt, salt being the cash register's Salt key",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "no page gives the formula; the official SDK (API v2) signs sha1(f\"{id}:{salt}\"). The stored v3 swap/submit/ page lists no signature field, so whether v3 still checks it is unverified", "SHA-1 of id:salt, always sent", "The official SDK's formula; sending a signature the service may not need is harmless, leaving out one it needs fails the call.")),
            new SignatureInfo("{id}:{salt}", "SHA-1", "salt"))),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Payoff ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("state", FieldKind.ENUM, false, false, null, PayoffState.knownWireValues(), "Payoff state",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("method", FieldKind.STRING, false, false, null, List.of(), "Internal name of the method",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "amount_currency (invoices renamed it currency; payoffs did not)", "amount_currency", "The payoff page's example and every SDK use amount_currency for payoffs.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Payoff amount in roubles (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("receive_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount the recipient receives (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("deduction_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount deducted from the balance, fee included (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("commission_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Fee amount (inferred from the example)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("wallet", FieldKind.STRING, false, false, null, List.of(), "Recipient's details (wallet, account)",
            ParamIn.BODY, null, false, false, true,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("message", FieldKind.STRING, false, false, null, List.of(), "Message about the payoff, e.g. the transaction's link in a block explorer (inferred from the example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link the HTTP callback notification of the payoff is sent to",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payoff ID in your system",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff was created",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("final_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "When the payoff reached its final state; null until then",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss", false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret", "salt"),
        true,
        "CrystalPAY-io/python-sdk:crystalpay_sdk.py submit(id) (provider-docs/crystalpay-v3-payoff-create.ru.md; page not stored)",
        List.of(
          new RequestExampleInfo("sdk", "/v3/payoff/submit/", "", "{\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\"\n"
              + "}", "No page: the official SDK's body with the id of the payoff-info page's example; the credentials and the computed signature are left out.")),
        List.of(
          new ResponseExampleInfo("sdk-success", 200, "{\n"
              + "    \"error\": false,\n"
              + "    \"errors\": [],\n"
              + "    \"id\": \"123456789_dpWminAiaqwTcBOJVlFk\",\n"
              + "    \"state\": \"processing\",\n"
              + "    \"subtract_from\": \"balance\",\n"
              + "    \"method\": \"ETHEREUM\",\n"
              + "    \"amount_currency\": \"ETH\",\n"
              + "    \"amount\": \"0.0005\",\n"
              + "    \"rub_amount\": \"151\",\n"
              + "    \"receive_amount\": \"0.0005\",\n"
              + "    \"deduction_amount\": \"0.002\",\n"
              + "    \"commission_amount\": \"0.0015\",\n"
              + "    \"wallet\": \"examplewallet\",\n"
              + "    \"message\": null,\n"
              + "    \"callback_url\": null,\n"
              + "    \"extra\": null,\n"
              + "    \"created_at\": \"2024-01-01 11:11:11\",\n"
              + "    \"final_at\": null\n"
              + "}", ExampleOutcome.SUCCESS, "No page: the SDKs answer with the payoff object; the payoff-info page's example in the state a submitted payoff is in (processing, no message, no final_at)."),
          new ResponseExampleInfo("invalid-credentials", 200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}", ExampleOutcome.AUTHENTICATION_FAILED, "No page shows it: the error list of the specification page with the message README gives for a wrong login or secret.")),
        List.of());
    }
  }
}
