package io.payspec.nordpay.v1;

import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.nordpay.NordPayClient;
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
 * NordPay API v1. Get it from {@link NordPayClient#v1()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class NordPayV1 {
  /**
   * NordPay v1 confirmWithdrawal: {@code POST /balance/withdraw/confirm}.
   *
   * <p>Departs from the page: <em>page:</em> POST /balance/withdraw/confirm, flat body (SDK: POST /v1/balance/withdraw/confirm, envelope {"success", "data", "error"}); <em>chosen:</em> POST /balance/withdraw/confirm, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> success example {"detail": ..., "status": "pending, "id": 1}; <em>chosen:</em> "status": "pending"; <em>because</em> The missing closing quote makes it not JSON; the multiple-withdrawal confirm example has the same body with the quote.
   *
   * <p>Departs from the page: <em>page:</em> the confirm example shows "pending"; no page lists the values; <em>chosen:</em> pending, processed, cancelled; <em>because</em> processed and cancelled are the statuses of the SDK's live withdrawal-history fixture (balance_withdraws.json); other values read as UNKNOWN.
   */
  public static final Operation<ConfirmWithdrawalRequest, WithdrawalConfirmation> CONFIRM_WITHDRAWAL = ConfirmWithdrawalMetadata.operation();

  /**
   * NordPay v1 createInvoice: {@code POST /invoice/create}.
   *
   * <p>Departs from the page: <em>page:</em> POST /invoice/create, the invoice as the whole body (the provider's SDK 1.3.0: POST /v1/invoice/create, payload unwrapped from {"success", "data", "error"}); <em>chosen:</em> POST /invoice/create, flat body (every NordPay operation: the pages' unversioned paths); <em>because</em> The pages are the documentation; the SDK's /v1 API and its envelope are documented nowhere, and mixing the two would send some calls to an API whose bodies the descriptors do not describe.
   *
   * <p>Departs from the page: <em>page:</em> create: is_expired, is_paid, confirmations, url, no status; info, list and transactions: status, received_amount, received_amount_usd, no is_expired, is_paid, confirmations or url; <em>chosen:</em> one Invoice with the fields of every page, those missing from one of them nullable; <em>because</em> It is one resource shown by several pages: an invoice created by createInvoice is the one getInvoice and listInvoices return, so a caller gets one type for it.
   *
   * <p>Departs from the page: <em>page:</em> the response is given only as an example, without descriptions; <em>chosen:</em> descriptions read off the names and the request's table; <em>because</em> Every field needs Javadoc; nothing more is documented.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings ("10.00", "0E-18"); <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   *
   * <p>Departs from the page: <em>page:</em> every field shown with a value; live responses: null for most fields; <em>chosen:</em> nullable except id, uuid, label, created_at, expires_at and url; <em>because</em> An invoice always has its identifiers, the label it was created with, its timestamps and its payment page; anything else may be null or absent (README).
   *
   * <p>Departs from the page: <em>page:</em> the info, list and transactions examples show "paid"; no page lists the values; <em>chosen:</em> pending, paid, expired, partially_paid, cancelled; <em>because</em> pending, paid and expired from README and the SDK's list filter; partially_paid and cancelled are counted by the SDK's invoice summary (partially_paid is also a postback status). Other values read as UNKNOWN.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

  /**
   * NordPay v1 createWallet: {@code POST /wallet/create}.
   *
   * <p>Departs from the page: <em>page:</em> POST /wallet/create, the wallet as the whole body (SDK: POST /v1/wallet/create, envelope {"success", "data", "error"}); <em>chosen:</em> POST /wallet/create, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> 200 example with a trailing comma after "expires_at"; <em>chosen:</em> the trailing comma removed; <em>because</em> The example must be JSON.
   *
   * <p>Departs from the page: <em>page:</em> no status on the pages; <em>chosen:</em> active, expired; <em>because</em> The SDK's wallet list filter (active | expired); other values read as UNKNOWN.
   */
  public static final Operation<CreateWalletRequest, Wallet> CREATE_WALLET = CreateWalletMetadata.operation();

  /**
   * NordPay v1 getInvoice: {@code GET /invoice/{identifier}}.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/{identifier}, the invoice as the whole body (SDK: GET /v1/invoice/{identifier}, envelope {"success", "data", "error"}); <em>chosen:</em> GET /invoice/{identifier}, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   */
  public static final Operation<GetInvoiceRequest, Invoice> GET_INVOICE = GetInvoiceMetadata.operation();

  /**
   * NordPay v1 getInvoiceTransactions: {@code GET /invoice/{identifier}/transactions}.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/{identifier}/transactions, a JSON array (SDK: GET /v1/invoice/{identifier}/transactions, envelope {"success", "data", "error"}); <em>chosen:</em> GET /invoice/{identifier}/transactions, a JSON array; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> success example: an array ending with a "..." placeholder; <em>chosen:</em> the one documented item, placeholder left out; <em>because</em> The placeholder is not JSON.
   */
  public static final Operation<GetInvoiceTransactionsRequest, List<InvoiceTransaction>> GET_INVOICE_TRANSACTIONS = GetInvoiceTransactionsMetadata.operation();

  /**
   * NordPay v1 getWalletTransactions: {@code GET /wallet/{id}/transactions}.
   *
   * <p>Departs from the page: <em>page:</em> GET /wallet/{id}/transactions, a JSON array (SDK: GET /v1/wallet/{wallet_id}/transactions, envelope {"success", "data", "error"}); <em>chosen:</em> GET /wallet/{id}/transactions, a JSON array; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> cURL examples with the path placeholder your-wallet-id; <em>chosen:</em> /wallet/20218/transactions; <em>because</em> The wallet id is an integer (Long); 20218 is the id of the SDK's live create-wallet fixture.
   *
   * <p>Departs from the page: <em>page:</em> success example: an array ending with a "..." placeholder; <em>chosen:</em> the one documented item, placeholder left out; <em>because</em> The placeholder is not JSON.
   *
   * <p>Departs from the page: <em>page:</em> the same transaction object as the invoice transactions pages, with a wallet as source; <em>chosen:</em> WalletTransaction: InvoiceTransaction's fields with source typed Wallet; <em>because</em> A typed source; see InvoiceTransaction in listInvoiceTransactions.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   */
  public static final Operation<GetWalletTransactionsRequest, List<WalletTransaction>> GET_WALLET_TRANSACTIONS = GetWalletTransactionsMetadata.operation();

  /**
   * NordPay v1 listInvoiceTransactions: {@code GET /invoice/transactions}.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/transactions, a JSON array (SDK: GET /v1/invoice/transactions, envelope {"success", "data", "error"}); <em>chosen:</em> GET /invoice/transactions, a JSON array; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> success example: an array ending with a "..." placeholder; <em>chosen:</em> the one documented item, placeholder left out; <em>because</em> The placeholder is not JSON.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   *
   * <p>Departs from the page: <em>page:</em> source is an invoice when source_type is "invoice", a wallet when "wallet" (wallet transactions page); <em>chosen:</em> two types: InvoiceTransaction (source: Invoice) and WalletTransaction (source: Wallet), sharing Currency; <em>because</em> Invoice transactions always come from an invoice and wallet transactions from a wallet, so each list gets a typed source.
   *
   * <p>Departs from the page: <em>page:</em> 8 keys on every transactions page; the SDK's Currency model also reads icon, is_available, can_exchange, can_withdraw, min_withdraw, rate; <em>chosen:</em> the 8 keys of the pages; <em>because</em> The pages agree with each other; the SDK's extra keys come from the /currencies/ list, which no operation here returns.
   *
   * <p>Departs from the page: <em>page:</em> network_fee and min_deposit as JSON numbers; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; the live service sends strings.
   *
   * <p>Departs from the page: <em>page:</em> no status on the transactions pages; postback page: paid, partially_paid; <em>chosen:</em> pending, paid, partially_paid, cancelled, refunded; <em>because</em> The SDK's Transaction.status literal (pending, paid, cancelled, refunded) and the postback page's partially_paid; other values read as UNKNOWN.
   */
  public static final Operation<ListInvoiceTransactionsRequest, List<InvoiceTransaction>> LIST_INVOICE_TRANSACTIONS = ListInvoiceTransactionsMetadata.operation();

  /**
   * NordPay v1 listInvoices: {@code GET /invoice/}.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/ (trailing slash), a JSON array, no parameters; the SDK 1.3.0 changelog: GET /v1/invoice/ now answers 404, the SDK calls the undocumented GET /v1/invoice/list (q, currency, status, start_date, end_date, offset, limit &lt;= 200, sort) answering {"items", "total", "offset", "limit", "total_pages"} inside its {"success", "data", "error"} envelope; <em>chosen:</em> GET /invoice/, a JSON array of Invoice, no parameters; <em>because</em> The page is the documentation of the unversioned API every other NordPay operation here uses; the 404 is reported for the SDK's /v1 path, and the paginated list exists only in the SDK's /v1 API with an envelope no page documents. Revisit if the unversioned list is withdrawn too.
   */
  public static final Operation<ListInvoicesRequest, List<Invoice>> LIST_INVOICES = ListInvoicesMetadata.operation();

  /**
   * NordPay v1 requestWithdrawal: {@code POST /balance/withdraw/request}.
   *
   * <p>Departs from the page: <em>page:</em> POST /balance/withdraw/request, flat body (SDK: POST /v1/balance/withdraw/request, envelope {"success", "data", "error"}); <em>chosen:</em> POST /balance/withdraw/request, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> one error list for both steps, without statuses: not available, below minimum, request not found, request expired, not enough balance, 422 list; <em>chosen:</em> the errors about the request's fields here (400), the not-found and expired ones on confirmWithdrawal (400), the 422 list on both; <em>because</em> Each step gets the errors that can follow from its input; 400 is the status the NordPay pages give detail messages.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   */
  public static final Operation<RequestWithdrawalRequest, PendingWithdrawal> REQUEST_WITHDRAWAL = RequestWithdrawalMetadata.operation();

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link NordPayClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public NordPayV1(ClientCore core) {
    this.core = core;
  }

  /**
   * Confirms a withdraw request by its identifier; the withdrawal then waits for admin approval.
   *
   * <p>{@code POST /balance/withdraw/confirm}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> POST /balance/withdraw/confirm, flat body (SDK: POST /v1/balance/withdraw/confirm, envelope {"success", "data", "error"}); <em>chosen:</em> POST /balance/withdraw/confirm, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> success example {"detail": ..., "status": "pending, "id": 1}; <em>chosen:</em> "status": "pending"; <em>because</em> The missing closing quote makes it not JSON; the multiple-withdrawal confirm example has the same body with the quote.
   *
   * <p>Departs from the page: <em>page:</em> the confirm example shows "pending"; no page lists the values; <em>chosen:</em> pending, processed, cancelled; <em>because</em> processed and cancelled are the statuses of the SDK's live withdrawal-history fixture (balance_withdraws.json); other values read as UNKNOWN.
   *
   * @param request the request, built with {@link ConfirmWithdrawalRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public WithdrawalConfirmation confirmWithdrawal(ConfirmWithdrawalRequest request) {
    return core.call(CONFIRM_WITHDRAWAL, request);
  }

  /**
   * Confirms a withdraw request by its identifier; the withdrawal then waits for admin approval.
   *
   * <p>Asynchronous form of {@link #confirmWithdrawal(ConfirmWithdrawalRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link ConfirmWithdrawalRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<WithdrawalConfirmation> confirmWithdrawalAsync(
      ConfirmWithdrawalRequest request) {
    return core.callAsync(CONFIRM_WITHDRAWAL, request);
  }

  /**
   * Creates a new invoice specifying currency, amount, expiration time and other parameters.
   *
   * <p>{@code POST /invoice/create}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> POST /invoice/create, the invoice as the whole body (the provider's SDK 1.3.0: POST /v1/invoice/create, payload unwrapped from {"success", "data", "error"}); <em>chosen:</em> POST /invoice/create, flat body (every NordPay operation: the pages' unversioned paths); <em>because</em> The pages are the documentation; the SDK's /v1 API and its envelope are documented nowhere, and mixing the two would send some calls to an API whose bodies the descriptors do not describe.
   *
   * <p>Departs from the page: <em>page:</em> create: is_expired, is_paid, confirmations, url, no status; info, list and transactions: status, received_amount, received_amount_usd, no is_expired, is_paid, confirmations or url; <em>chosen:</em> one Invoice with the fields of every page, those missing from one of them nullable; <em>because</em> It is one resource shown by several pages: an invoice created by createInvoice is the one getInvoice and listInvoices return, so a caller gets one type for it.
   *
   * <p>Departs from the page: <em>page:</em> the response is given only as an example, without descriptions; <em>chosen:</em> descriptions read off the names and the request's table; <em>because</em> Every field needs Javadoc; nothing more is documented.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings ("10.00", "0E-18"); <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   *
   * <p>Departs from the page: <em>page:</em> every field shown with a value; live responses: null for most fields; <em>chosen:</em> nullable except id, uuid, label, created_at, expires_at and url; <em>because</em> An invoice always has its identifiers, the label it was created with, its timestamps and its payment page; anything else may be null or absent (README).
   *
   * <p>Departs from the page: <em>page:</em> the info, list and transactions examples show "paid"; no page lists the values; <em>chosen:</em> pending, paid, expired, partially_paid, cancelled; <em>because</em> pending, paid and expired from README and the SDK's list filter; partially_paid and cancelled are counted by the SDK's invoice summary (partially_paid is also a postback status). Other values read as UNKNOWN.
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
   * Creates a new invoice specifying currency, amount, expiration time and other parameters.
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
   * Creates a new wallet with your preferred currency and label.
   *
   * <p>{@code POST /wallet/create}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> POST /wallet/create, the wallet as the whole body (SDK: POST /v1/wallet/create, envelope {"success", "data", "error"}); <em>chosen:</em> POST /wallet/create, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> 200 example with a trailing comma after "expires_at"; <em>chosen:</em> the trailing comma removed; <em>because</em> The example must be JSON.
   *
   * <p>Departs from the page: <em>page:</em> no status on the pages; <em>chosen:</em> active, expired; <em>because</em> The SDK's wallet list filter (active | expired); other values read as UNKNOWN.
   *
   * @param request the request, built with {@link CreateWalletRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Wallet createWallet(CreateWalletRequest request) {
    return core.call(CREATE_WALLET, request);
  }

  /**
   * Creates a new wallet with your preferred currency and label.
   *
   * <p>Asynchronous form of {@link #createWallet(CreateWalletRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreateWalletRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Wallet> createWalletAsync(CreateWalletRequest request) {
    return core.callAsync(CREATE_WALLET, request);
  }

  /**
   * Gets detailed information for a specific invoice by its identifier (its id or uuid).
   *
   * <p>{@code GET /invoice/{identifier}}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/{identifier}, the invoice as the whole body (SDK: GET /v1/invoice/{identifier}, envelope {"success", "data", "error"}); <em>chosen:</em> GET /invoice/{identifier}, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * @param request the request, built with {@link GetInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Invoice getInvoice(GetInvoiceRequest request) {
    return core.call(GET_INVOICE, request);
  }

  /**
   * Gets detailed information for a specific invoice by its identifier (its id or uuid).
   *
   * <p>Asynchronous form of {@link #getInvoice(GetInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Invoice> getInvoiceAsync(GetInvoiceRequest request) {
    return core.callAsync(GET_INVOICE, request);
  }

  /**
   * Gets all transactions for a single invoice, by its id or uuid.
   *
   * <p>{@code GET /invoice/{identifier}/transactions}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/{identifier}/transactions, a JSON array (SDK: GET /v1/invoice/{identifier}/transactions, envelope {"success", "data", "error"}); <em>chosen:</em> GET /invoice/{identifier}/transactions, a JSON array; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> success example: an array ending with a "..." placeholder; <em>chosen:</em> the one documented item, placeholder left out; <em>because</em> The placeholder is not JSON.
   *
   * @param request the request, built with {@link GetInvoiceTransactionsRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public List<InvoiceTransaction> getInvoiceTransactions(GetInvoiceTransactionsRequest request) {
    return core.call(GET_INVOICE_TRANSACTIONS, request);
  }

  /**
   * Gets all transactions for a single invoice, by its id or uuid.
   *
   * <p>Asynchronous form of {@link #getInvoiceTransactions(GetInvoiceTransactionsRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetInvoiceTransactionsRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<List<InvoiceTransaction>> getInvoiceTransactionsAsync(
      GetInvoiceTransactionsRequest request) {
    return core.callAsync(GET_INVOICE_TRANSACTIONS, request);
  }

  /**
   * Gets all transactions for a wallet by its ID.
   *
   * <p>{@code GET /wallet/{id}/transactions}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> GET /wallet/{id}/transactions, a JSON array (SDK: GET /v1/wallet/{wallet_id}/transactions, envelope {"success", "data", "error"}); <em>chosen:</em> GET /wallet/{id}/transactions, a JSON array; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> cURL examples with the path placeholder your-wallet-id; <em>chosen:</em> /wallet/20218/transactions; <em>because</em> The wallet id is an integer (Long); 20218 is the id of the SDK's live create-wallet fixture.
   *
   * <p>Departs from the page: <em>page:</em> success example: an array ending with a "..." placeholder; <em>chosen:</em> the one documented item, placeholder left out; <em>because</em> The placeholder is not JSON.
   *
   * <p>Departs from the page: <em>page:</em> the same transaction object as the invoice transactions pages, with a wallet as source; <em>chosen:</em> WalletTransaction: InvoiceTransaction's fields with source typed Wallet; <em>because</em> A typed source; see InvoiceTransaction in listInvoiceTransactions.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   *
   * @param request the request, built with {@link GetWalletTransactionsRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public List<WalletTransaction> getWalletTransactions(GetWalletTransactionsRequest request) {
    return core.call(GET_WALLET_TRANSACTIONS, request);
  }

  /**
   * Gets all transactions for a wallet by its ID.
   *
   * <p>Asynchronous form of {@link #getWalletTransactions(GetWalletTransactionsRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetWalletTransactionsRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<List<WalletTransaction>> getWalletTransactionsAsync(
      GetWalletTransactionsRequest request) {
    return core.callAsync(GET_WALLET_TRANSACTIONS, request);
  }

  /**
   * Gets all transactions for all invoices.
   *
   * <p>{@code GET /invoice/transactions}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/transactions, a JSON array (SDK: GET /v1/invoice/transactions, envelope {"success", "data", "error"}); <em>chosen:</em> GET /invoice/transactions, a JSON array; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> success example: an array ending with a "..." placeholder; <em>chosen:</em> the one documented item, placeholder left out; <em>because</em> The placeholder is not JSON.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   *
   * <p>Departs from the page: <em>page:</em> source is an invoice when source_type is "invoice", a wallet when "wallet" (wallet transactions page); <em>chosen:</em> two types: InvoiceTransaction (source: Invoice) and WalletTransaction (source: Wallet), sharing Currency; <em>because</em> Invoice transactions always come from an invoice and wallet transactions from a wallet, so each list gets a typed source.
   *
   * <p>Departs from the page: <em>page:</em> 8 keys on every transactions page; the SDK's Currency model also reads icon, is_available, can_exchange, can_withdraw, min_withdraw, rate; <em>chosen:</em> the 8 keys of the pages; <em>because</em> The pages agree with each other; the SDK's extra keys come from the /currencies/ list, which no operation here returns.
   *
   * <p>Departs from the page: <em>page:</em> network_fee and min_deposit as JSON numbers; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; the live service sends strings.
   *
   * <p>Departs from the page: <em>page:</em> no status on the transactions pages; postback page: paid, partially_paid; <em>chosen:</em> pending, paid, partially_paid, cancelled, refunded; <em>because</em> The SDK's Transaction.status literal (pending, paid, cancelled, refunded) and the postback page's partially_paid; other values read as UNKNOWN.
   *
   * @param request the request, built with {@link ListInvoiceTransactionsRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public List<InvoiceTransaction> listInvoiceTransactions(ListInvoiceTransactionsRequest request) {
    return core.call(LIST_INVOICE_TRANSACTIONS, request);
  }

  /**
   * Gets all transactions for all invoices.
   *
   * <p>Asynchronous form of {@link #listInvoiceTransactions(ListInvoiceTransactionsRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link ListInvoiceTransactionsRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<List<InvoiceTransaction>> listInvoiceTransactionsAsync(
      ListInvoiceTransactionsRequest request) {
    return core.callAsync(LIST_INVOICE_TRANSACTIONS, request);
  }

  /**
   * Returns a complete list of available invoices.
   *
   * <p>{@code GET /invoice/}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> GET /invoice/ (trailing slash), a JSON array, no parameters; the SDK 1.3.0 changelog: GET /v1/invoice/ now answers 404, the SDK calls the undocumented GET /v1/invoice/list (q, currency, status, start_date, end_date, offset, limit &lt;= 200, sort) answering {"items", "total", "offset", "limit", "total_pages"} inside its {"success", "data", "error"} envelope; <em>chosen:</em> GET /invoice/, a JSON array of Invoice, no parameters; <em>because</em> The page is the documentation of the unversioned API every other NordPay operation here uses; the 404 is reported for the SDK's /v1 path, and the paginated list exists only in the SDK's /v1 API with an envelope no page documents. Revisit if the unversioned list is withdrawn too.
   *
   * @param request the request, built with {@link ListInvoicesRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public List<Invoice> listInvoices(ListInvoicesRequest request) {
    return core.call(LIST_INVOICES, request);
  }

  /**
   * Returns a complete list of available invoices.
   *
   * <p>Asynchronous form of {@link #listInvoices(ListInvoicesRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link ListInvoicesRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<List<Invoice>> listInvoicesAsync(ListInvoicesRequest request) {
    return core.callAsync(LIST_INVOICES, request);
  }

  /**
   * Creates a withdraw request and returns its unique identifier, to be confirmed with confirmWithdrawal. Amount sent to the wallet = amount - service fee.
   *
   * <p>{@code POST /balance/withdraw/request}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> POST /balance/withdraw/request, flat body (SDK: POST /v1/balance/withdraw/request, envelope {"success", "data", "error"}); <em>chosen:</em> POST /balance/withdraw/request, flat body; <em>because</em> The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).
   *
   * <p>Departs from the page: <em>page:</em> one error list for both steps, without statuses: not available, below minimum, request not found, request expired, not enough balance, 422 list; <em>chosen:</em> the errors about the request's fields here (400), the not-found and expired ones on confirmWithdrawal (400), the 422 list on both; <em>because</em> Each step gets the errors that can follow from its input; 400 is the status the NordPay pages give detail messages.
   *
   * <p>Departs from the page: <em>page:</em> money as JSON numbers (0); live responses and the SDK: decimal strings; <em>chosen:</em> BigDecimal, read from a number or a string; <em>because</em> Money is exact; both forms must read, since the live service sends strings.
   *
   * @param request the request, built with {@link RequestWithdrawalRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public PendingWithdrawal requestWithdrawal(RequestWithdrawalRequest request) {
    return core.call(REQUEST_WITHDRAWAL, request);
  }

  /**
   * Creates a withdraw request and returns its unique identifier, to be confirmed with confirmWithdrawal. Amount sent to the wallet = amount - service fee.
   *
   * <p>Asynchronous form of {@link #requestWithdrawal(RequestWithdrawalRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link RequestWithdrawalRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<PendingWithdrawal> requestWithdrawalAsync(
      RequestWithdrawalRequest request) {
    return core.callAsync(REQUEST_WITHDRAWAL, request);
  }

  /**
   * Every operation of this version, for tools that work from metadata.
   *
   * @return the operations
   */
  public static List<Operation<?, ?>> operations() {
    return List.of(CONFIRM_WITHDRAWAL, CREATE_INVOICE, CREATE_WALLET, GET_INVOICE, GET_INVOICE_TRANSACTIONS, GET_WALLET_TRANSACTIONS, LIST_INVOICE_TRANSACTIONS, LIST_INVOICES, REQUEST_WITHDRAWAL);
  }

  /**
   * Builds the metadata of confirmWithdrawal, in a class of its own to keep every class small.
   */
  private static final class ConfirmWithdrawalMetadata {
    private ConfirmWithdrawalMetadata() {
    }

    static Operation<ConfirmWithdrawalRequest, WithdrawalConfirmation> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "confirmWithdrawal",
        HttpMethod.POST,
        "/balance/withdraw/confirm",
        "Confirms a withdraw request by its identifier; the withdrawal then waits for admin approval.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        ConfirmWithdrawalRequest.class,
        WithdrawalConfirmation.class,
        ConfirmWithdrawalRequest.Validator::validate,
        List.of(
          new FieldInfo("identifier", FieldKind.STRING, false, true, null, List.of(), "UUID of your withdraw request (requestWithdrawal's identifier)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("detail", FieldKind.STRING, false, false, null, List.of(), "What happened, e.g. \"Withdrawal request created and waiting for admin approval\"",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, WithdrawalStatus.knownWireValues(), "Status of the withdrawal",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Identifier of the withdrawal",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/balances/withdraw-funds",
        List.of(
          new RequestExampleInfo("page", "/balance/withdraw/confirm", "", "{\n"
              + "  \"identifier\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"\n"
              + "}", "The cURL example's body.")),
        List.of(
          new ResponseExampleInfo("success", 200, "{\n"
              + "    \"detail\": \"Withdrawal request created and waiting for admin approval\",\n"
              + "    \"status\": \"pending\",\n"
              + "    \"id\": 1\n"
              + "}", ExampleOutcome.SUCCESS, "On the page \"pending, lacks its closing quote, which is not JSON: closed. The page also has a trailing space after the detail line, which a text block drops."),
          new ResponseExampleInfo("request-not-found", 400, "{\"detail\": \"Withdraw request not found\"}", ExampleOutcome.INVALID_REQUEST, "From the withdraw page's shared error list; its status is not rendered: 400, the status the NordPay pages give detail messages."),
          new ResponseExampleInfo("request-expired", 400, "{\"detail\": \"Withdraw request expired\"}", ExampleOutcome.INVALID_REQUEST, "From the shared error list; status not rendered: 400 as above."),
          new ResponseExampleInfo("validation-error", 422, "{\n"
              + "\"detail\": [\n"
              + "{\n"
              + "\"loc\": [],\n"
              + "\"msg\": \"string\",\n"
              + "\"type\": \"string\"\n"
              + "}\n"
              + "]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "From the shared error list; status not rendered: 422, as the other pages give this body.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "POST /balance/withdraw/confirm, flat body (SDK: POST /v1/balance/withdraw/confirm, envelope {\"success\", \"data\", \"error\"})", "POST /balance/withdraw/confirm, flat body", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "success example {\"detail\": ..., \"status\": \"pending, \"id\": 1}", "\"status\": \"pending\"", "The missing closing quote makes it not JSON; the multiple-withdrawal confirm example has the same body with the quote."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "the confirm example shows \"pending\"; no page lists the values", "pending, processed, cancelled", "processed and cancelled are the statuses of the SDK's live withdrawal-history fixture (balance_withdraws.json); other values read as UNKNOWN.")));
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
        NordPayClient.PROVIDER,
        "v1",
        "createInvoice",
        HttpMethod.POST,
        "/invoice/create",
        "Creates a new invoice specifying currency, amount, expiration time and other parameters.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        CreateInvoiceRequest.class,
        Invoice.class,
        CreateInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice, to lock it to a single currency (not with allowed_currencies)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, linked to a currencies page that was not exported (example: USDTBEP20)", "String, no enum", "The list of codes is not on any page we have and changes with the provider's offer; the service answers \"Currency does not exist\" for an unknown code.")),
            null),
          new FieldInfo("allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "List of currencies the payer may choose from, at least two (not with currency)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, 2, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: list[string], no bound; hint: \"a list of at least two currency codes\"", "at least 2 elements", "The page's hint states the bound; the table just omits it.")),
            null),
          new FieldInfo("amount", FieldKind.CURRENCY_AMOUNT, false, true, null, List.of(), "Amount of the invoice with its currency, like 200 USD or 0.015 BNB",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, new BigDecimal("100000000"), null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: no bound; 400 message: \"Should be in range ({minimum_deposit of currency}-100,000,000)\"", "greater than 0, at most 100000000", "The minimum depends on the currency and is not known here; the amount must at least be positive, and the upper bound is the message's.")),
            null),
          new FieldInfo("expires_time", FieldKind.INTEGER, false, true, null, List.of(), "Expiration time of the invoice in minutes (the page's table: 30-1440)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("1"), false, new BigDecimal("1440"), null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "30..1440 (table); 5..60 (400 message); 1 (cURL example)", "1..1440", "The widest documented span, so that the client never refuses a lifetime the service may accept; the service judges within it.")),
            null),
          new FieldInfo("label", FieldKind.STRING, false, true, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: no bound; 400 message: \"Max length of label is 255 characters\"", "at most 255 characters", "The documented error message states the bound.")),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, true, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: string, no bound; 400 message: \"Max length of postback_url is 255 characters\"", "an absolute http(s) URL of at most 255 characters", "The error message states the bound; the service posts to it, so it must be a URL.")),
            null),
          new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, true, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: string, no bound; 400 message: \"Max length of success_url is 255 characters\"", "an absolute http(s) URL of at most 255 characters", "The error message states the bound; the payer is sent to it, so it must be a URL.")),
            null),
          new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: string, no bound; no length message for fail_url", "an absolute http(s) URL, no length bound", "The limit is likely 255 as for its siblings, but it is not documented, and the service reports it if it exists.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Invoice UUID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "Hash of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("is_expired", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has expired",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has been paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("label", FieldKind.STRING, false, false, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Payment page URL of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: present; info, list and transactions pages: absent", "not nullable (absent in an info or list answer reads as null)", "Every created invoice has a payment page; the getter stays as createInvoice callers use it.")),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: no status; info, list and transactions pages: status (\"paid\")", "nullable status on every invoice", "Live responses carry it next to or instead of is_paid / is_expired (README).")),
            null),
          new FieldInfo("received_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received for the invoice, in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("received_amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the amount received",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount_usd", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "Currencies the payer may choose from, when the invoice was created with allowed_currencies",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable list of currency codes", "An invoice created with allowed_currencies has currency null until the payer chooses; this tells which codes it accepts.")),
            null),
          new FieldInfo("explorer_url", FieldKind.STRING, false, false, null, List.of(), "Block explorer URL of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable string", "Live responses carry it; reading it costs nothing when absent.")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "provider-docs/nordpay-invoice-create.en.md (NordPay API docs, Create Invoice)",
        List.of(
          new RequestExampleInfo("page", "/invoice/create", "", "{\n"
              + "  \"currency\": \"USDTBEP20\",\n"
              + "  \"amount\": \"200 USD\",\n"
              + "  \"expires_time\": 1,\n"
              + "  \"label\": \"Order #123\",\n"
              + "  \"postback_url\": \"https://example.com/postback\",\n"
              + "  \"success_url\": \"https://example.com/success\",\n"
              + "  \"fail_url\": \"http://example.com\"\n"
              + "}", "The cURL example's body."),
          new RequestExampleInfo("code-samples", "/invoice/create", "", "{\n"
              + "  \"currency\": \"USDTBEP20\",\n"
              + "  \"amount\": \"200 USD\",\n"
              + "  \"expires_time\": 30,\n"
              + "  \"label\": \"Order #123\",\n"
              + "  \"postback_url\": \"https://example.com/postback\",\n"
              + "  \"success_url\": \"https://example.com/success\"\n"
              + "}", "The Python, JavaScript and Node.js usage examples (same values in each), members in the descriptor's order; the PHP sample declares amount as a float but passes the same string.")),
        List.of(
          new ResponseExampleInfo("success", 200, "{\n"
              + "    \"id\": 0,\n"
              + "    \"uuid\": \"string\",\n"
              + "    \"currency\": \"string\",\n"
              + "    \"tx_hash\": \"string\",\n"
              + "    \"address\": \"string\",\n"
              + "    \"amount\": 0,\n"
              + "    \"amount_usd\": 0,\n"
              + "    \"confirmations\": 0,\n"
              + "    \"created_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"expires_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"is_expired\": true,\n"
              + "    \"is_paid\": true,\n"
              + "    \"label\": \"string\",\n"
              + "    \"postback_url\": \"http://example.com\",\n"
              + "    \"success_url\": \"http://example.com\",\n"
              + "    \"fail_url\": \"http://example.com\",\n"
              + "    \"url\": \"http://example.com\"\n"
              + "}", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("currency-does-not-exist", 400, "{\n"
              + "    \"detail\": \"Currency does not exist\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("amount-out-of-range", 400, "{\n"
              + "    \"detail\": \"Invalid amount. Should be in range ({minimum_deposit of currency}-100,000,000)\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("expires-time-out-of-range", 400, "{\n"
              + "    \"detail\": \"Invalid expires_time. Should be in range (5-60) minutes\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("label-too-long", 400, "{\n"
              + "    \"detail\": \"Max length of label is 255 characters\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("postback-url-too-long", 400, "{\n"
              + "    \"detail\": \"Max length of postback_url is 255 characters\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("success-url-too-long", 400, "{\n"
              + "    \"detail\": \"Max length of success_url is 255 characters\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("validation-error", 422, "{\n"
              + "    \"detail\": [\n"
              + "        {\n"
              + "            \"loc\": [],\n"
              + "            \"msg\": \"string\",\n"
              + "            \"type\": \"string\"\n"
              + "        }\n"
              + "    ]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "POST /invoice/create, the invoice as the whole body (the provider's SDK 1.3.0: POST /v1/invoice/create, payload unwrapped from {\"success\", \"data\", \"error\"})", "POST /invoice/create, flat body (every NordPay operation: the pages' unversioned paths)", "The pages are the documentation; the SDK's /v1 API and its envelope are documented nowhere, and mixing the two would send some calls to an API whose bodies the descriptors do not describe."),
          new DecisionInfo(DecisionTopic.OTHER, "", "create: is_expired, is_paid, confirmations, url, no status; info, list and transactions: status, received_amount, received_amount_usd, no is_expired, is_paid, confirmations or url", "one Invoice with the fields of every page, those missing from one of them nullable", "It is one resource shown by several pages: an invoice created by createInvoice is the one getInvoice and listInvoices return, so a caller gets one type for it."),
          new DecisionInfo(DecisionTopic.OTHER, "", "the response is given only as an example, without descriptions", "descriptions read off the names and the request's table", "Every field needs Javadoc; nothing more is documented."),
          new DecisionInfo(DecisionTopic.TYPE, "", "money as JSON numbers (0); live responses and the SDK: decimal strings (\"10.00\", \"0E-18\")", "BigDecimal, read from a number or a string", "Money is exact; both forms must read, since the live service sends strings."),
          new DecisionInfo(DecisionTopic.REQUIRED, "", "every field shown with a value; live responses: null for most fields", "nullable except id, uuid, label, created_at, expires_at and url", "An invoice always has its identifiers, the label it was created with, its timestamps and its payment page; anything else may be null or absent (README)."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "the info, list and transactions examples show \"paid\"; no page lists the values", "pending, paid, expired, partially_paid, cancelled", "pending, paid and expired from README and the SDK's list filter; partially_paid and cancelled are counted by the SDK's invoice summary (partially_paid is also a postback status). Other values read as UNKNOWN.")));
    }
  }

  /**
   * Builds the metadata of createWallet, in a class of its own to keep every class small.
   */
  private static final class CreateWalletMetadata {
    private CreateWalletMetadata() {
    }

    static Operation<CreateWalletRequest, Wallet> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "createWallet",
        HttpMethod.POST,
        "/wallet/create",
        "Creates a new wallet with your preferred currency and label.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        CreateWalletRequest.class,
        Wallet.class,
        CreateWalletRequest.Validator::validate,
        List.of(
          new FieldInfo("currency", FieldKind.STRING, false, true, null, List.of(), "Currency of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, linked to a currencies page that was not exported", "String, no enum", "As createInvoice's currency: the list of codes is not documented here.")),
            null),
          new FieldInfo("label", FieldKind.STRING, false, true, null, List.of(), "Label of the wallet",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: no bound; 400 message: \"Max length of label is 255 characters\"", "at most 255 characters", "The documented error message states the bound.")),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, true, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "table: string, no bound; 400 message: \"Max length of postback_url is 255 characters\"", "an absolute http(s) URL of at most 255 characters", "The error message states the bound; the service posts to it, so it must be a URL.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Wallet identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("label", FieldKind.STRING, false, false, null, List.of(), "Label of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Address of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, WalletStatus.knownWireValues(), "Wallet status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no status on the create-wallet and wallet-transactions pages", "nullable WalletStatus", "Live responses carry \"status\": \"active\" (the SDK's fixture wallets_create.json and Wallet model).")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/wallets/create-wallet",
        List.of(
          new RequestExampleInfo("page", "/wallet/create", "", "{\n"
              + "  \"currency\": \"USDTBEP20\",\n"
              + "  \"label\": \"Order #123\",\n"
              + "  \"postback_url\": \"https://example.com/postback\"\n"
              + "}", "The cURL example's body (the Python example sends the same values).")),
        List.of(
          new ResponseExampleInfo("success", 200, "{\n"
              + "    \"id\": 0,\n"
              + "    \"label\": \"string\",\n"
              + "    \"postback_url\": \"http://example.com\",\n"
              + "    \"currency\": \"string\",\n"
              + "    \"address\": \"string\",\n"
              + "    \"created_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"expires_at\": \"2019-09-24T14:15:22Z\"\n"
              + "}", ExampleOutcome.SUCCESS, "The page's example has a trailing comma after expires_at, which is not JSON: removed."),
          new ResponseExampleInfo("live", 200, "{\"id\": 20218, \"label\": \"sdk-drift-probe\", \"postback_url\": null, \"currency\": \"USDTTRC20\", \"address\": \"TAwEKizQ4eVAguEySQAwKhzCPyKrQeVDye\", \"status\": \"active\", \"created_at\": \"2026-07-05T09:23:29.679450Z\", \"expires_at\": \"2026-08-04T09:23:29.678573Z\"}", ExampleOutcome.SUCCESS, "Not on the page: the provider SDK's live fixture wallets_create.json (INDEX-wider.md), with status and a null postback_url."),
          new ResponseExampleInfo("currency-does-not-exist", 400, "{\n"
              + "    \"detail\": \"Currency does not exist\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("label-too-long", 400, "{\n"
              + "    \"detail\": \"Max length of label is 255 characters\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("postback-url-too-long", 400, "{\n"
              + "    \"detail\": \"Max length of postback_url is 255 characters\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("validation-error", 422, "{\n"
              + "    \"detail\": [\n"
              + "        {\n"
              + "            \"loc\": [],\n"
              + "            \"msg\": \"string\",\n"
              + "            \"type\": \"string\"\n"
              + "        }\n"
              + "    ]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "POST /wallet/create, the wallet as the whole body (SDK: POST /v1/wallet/create, envelope {\"success\", \"data\", \"error\"})", "POST /wallet/create, flat body", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "200 example with a trailing comma after \"expires_at\"", "the trailing comma removed", "The example must be JSON."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "no status on the pages", "active, expired", "The SDK's wallet list filter (active | expired); other values read as UNKNOWN.")));
    }
  }

  /**
   * Builds the metadata of getInvoice, in a class of its own to keep every class small.
   */
  private static final class GetInvoiceMetadata {
    private GetInvoiceMetadata() {
    }

    static Operation<GetInvoiceRequest, Invoice> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "getInvoice",
        HttpMethod.GET,
        "/invoice/{identifier}",
        "Gets detailed information for a specific invoice by its identifier (its id or uuid).",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetInvoiceRequest.class,
        Invoice.class,
        GetInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("identifier", FieldKind.STRING, false, true, null, List.of(), "The invoice's id or uuid",
            ParamIn.PATH, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "an integer id or a UUID4 uuid; a malformed one gives 400", "String, not checked before sending", "It holds either form; the service's 400 says which text it refuses.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Invoice UUID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "Hash of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("is_expired", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has expired",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has been paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("label", FieldKind.STRING, false, false, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Payment page URL of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: present; info, list and transactions pages: absent", "not nullable (absent in an info or list answer reads as null)", "Every created invoice has a payment page; the getter stays as createInvoice callers use it.")),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: no status; info, list and transactions pages: status (\"paid\")", "nullable status on every invoice", "Live responses carry it next to or instead of is_paid / is_expired (README).")),
            null),
          new FieldInfo("received_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received for the invoice, in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("received_amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the amount received",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount_usd", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "Currencies the payer may choose from, when the invoice was created with allowed_currencies",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable list of currency codes", "An invoice created with allowed_currencies has currency null until the payer chooses; this tells which codes it accepts.")),
            null),
          new FieldInfo("explorer_url", FieldKind.STRING, false, false, null, List.of(), "Block explorer URL of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable string", "Live responses carry it; reading it costs nothing when absent.")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/invoice/retrieve-single-invoice",
        List.of(
          new RequestExampleInfo("page", "/invoice/your-invoice-id-or-uuid", "", "", "The cURL, Python and PHP examples, with the page's placeholder identifier.")),
        List.of(
          new ResponseExampleInfo("success", 200, "{\n"
              + "    \"id\": 0,\n"
              + "    \"uuid\": \"string\",\n"
              + "    \"currency\": \"string\",\n"
              + "    \"tx_hash\": \"string\",\n"
              + "    \"address\": \"string\",\n"
              + "    \"amount\": 0,\n"
              + "    \"amount_usd\": 0,\n"
              + "    \"received_amount\": 0,\n"
              + "    \"received_amount_usd\": 0,\n"
              + "    \"label\": \"string\",\n"
              + "    \"postback_url\": \"https://example.com/postback\",\n"
              + "    \"success_url\": \"https://example.com/success\",\n"
              + "    \"fail_url\": \"https://example.com/fail\",\n"
              + "    \"created_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"expires_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"status\": \"paid\"\n"
              + "  }", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("invalid-identifier", 400, "{\n"
              + "    \"detail\": \"Invalid identifier format. Must be an integer ID or a valid UUID4\"\n"
              + "}", ExampleOutcome.INVALID_REQUEST, ""),
          new ResponseExampleInfo("not-found", 404, "{\n"
              + "    \"detail\": \"Invoice does not exist\"\n"
              + "}", ExampleOutcome.NOT_FOUND, ""),
          new ResponseExampleInfo("validation-error", 422, "{\n"
              + "    \"detail\": [\n"
              + "        {\n"
              + "            \"loc\": [],\n"
              + "            \"msg\": \"string\",\n"
              + "            \"type\": \"string\"\n"
              + "        }\n"
              + "    ]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "GET /invoice/{identifier}, the invoice as the whole body (SDK: GET /v1/invoice/{identifier}, envelope {\"success\", \"data\", \"error\"})", "GET /invoice/{identifier}, flat body", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice).")));
    }
  }

  /**
   * Builds the metadata of getInvoiceTransactions, in a class of its own to keep every class small.
   */
  private static final class GetInvoiceTransactionsMetadata {
    private GetInvoiceTransactionsMetadata() {
    }

    static Operation<GetInvoiceTransactionsRequest, List<InvoiceTransaction>> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "getInvoiceTransactions",
        HttpMethod.GET,
        "/invoice/{identifier}/transactions",
        "Gets all transactions for a single invoice, by its id or uuid.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetInvoiceTransactionsRequest.class,
        InvoiceTransaction.class,
        GetInvoiceTransactionsRequest.Validator::validate,
        List.of(
          new FieldInfo("identifier", FieldKind.STRING, false, true, null, List.of(), "The invoice's id or uuid",
            ParamIn.PATH, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "an id or a uuid", "String, not checked before sending", "It holds either form; the service says which text it refuses.")),
            null),
          new FieldInfo("start_date", FieldKind.DATE, false, false, null, List.of(), "Start date for transactions",
            ParamIn.QUERY, "yyyy-MM-dd", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "date, datetime (example: 2021-01-01)", "a date, written yyyy-MM-dd", "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")),
            null),
          new FieldInfo("end_date", FieldKind.DATE, false, false, null, List.of(), "End date for transactions",
            ParamIn.QUERY, "yyyy-MM-dd", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "date, datetime (example: 2021-01-31)", "a date, written yyyy-MM-dd", "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")),
            null)),
        ResponseShape.LIST,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Transaction identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source_type", FieldKind.ENUM, false, false, null, TransactionSourceType.knownWireValues(), "What the transaction pays: invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.id", FieldKind.INTEGER, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.uuid", FieldKind.STRING, false, false, null, List.of(), "Invoice UUID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.tx_hash", FieldKind.STRING, false, false, null, List.of(), "Hash of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.address", FieldKind.STRING, false, false, null, List.of(), "Payment address",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.is_expired", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has expired",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("source.is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has been paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("source.label", FieldKind.STRING, false, false, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.url", FieldKind.STRING, false, false, null, List.of(), "Payment page URL of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: present; info, list and transactions pages: absent", "not nullable (absent in an info or list answer reads as null)", "Every created invoice has a payment page; the getter stays as createInvoice callers use it.")),
            null),
          new FieldInfo("source.status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: no status; info, list and transactions pages: status (\"paid\")", "nullable status on every invoice", "Live responses carry it next to or instead of is_paid / is_expired (README).")),
            null),
          new FieldInfo("source.received_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received for the invoice, in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("source.received_amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the amount received",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount_usd", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("source.allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "Currencies the payer may choose from, when the invoice was created with allowed_currencies",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable list of currency codes", "An invoice created with allowed_currencies has currency null until the payer chooses; this tells which codes it accepts.")),
            null),
          new FieldInfo("source.explorer_url", FieldKind.STRING, false, false, null, List.of(), "Block explorer URL of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable string", "Live responses carry it; reading it costs nothing when absent.")),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency code, token and network, e.g. USDTBEP20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.token", FieldKind.STRING, false, false, null, List.of(), "Token ticker, e.g. USDT",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network", FieldKind.STRING, false, false, null, List.of(), "Network, e.g. BEP20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.contract", FieldKind.STRING, false, false, null, List.of(), "Contract address of the token",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value (a token)", "nullable", "The quickstart gives a contract address for tokens only; a network's own coin has none.")),
            null),
          new FieldInfo("currency.decimals", FieldKind.INTEGER, false, false, null, List.of(), "Number of decimals of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations a payment needs",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Network fee of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.min_deposit", FieldKind.DECIMAL, false, false, null, List.of(), "Minimum deposit in the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the transaction in its currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the transaction in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("network_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Network fee of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("network_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the network fee",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the service fee",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "On-chain hash of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: tx_hash is null while a transaction is pending.")),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the transaction is paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "The SDK reads a status instead; a service sending only status must still read.")),
            null),
          new FieldInfo("is_postback_sended", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the postback of the transaction was sent",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "is_postback_sended (sic), shown with a value", "nullable, wire name as the page spells it", "The SDK reads is_postback_sent instead (also described, see is_postback_sent).")),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time of the transaction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, TransactionStatus.knownWireValues(), "Status of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no status on the transactions pages (is_paid instead)", "nullable TransactionStatus", "The provider's SDK model Transaction reads status (pending, paid, cancelled, refunded) instead of is_paid, so the live service sends it.")),
            null),
          new FieldInfo("is_postback_sent", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the postback of the transaction was sent",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "is_postback_sended on the pages", "also is_postback_sent, nullable", "The provider's SDK model reads is_postback_sent; whichever the service sends is kept.")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/invoice/receive-single-invoice-transactions",
        List.of(
          new RequestExampleInfo("page", "/invoice/your-invoice-id-or-uuid/transactions", "", "", "The first cURL example, with the page's placeholder identifier."),
          new RequestExampleInfo("dates", "/invoice/your-invoice-id-or-uuid/transactions", "start_date=2021-01-01&end_date=2021-01-31", "", "The second cURL example.")),
        List.of(
          new ResponseExampleInfo("success", 200, "[\n"
              + "  {\n"
              + "    \"id\": 0,\n"
              + "    \"source_type\": \"invoice\",\n"
              + "    \"source\": {\n"
              + "      \"id\": 0,\n"
              + "      \"uuid\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\",\n"
              + "      \"currency\": \"USDTBEP20\",\n"
              + "      \"tx_hash\": null,\n"
              + "      \"address\": \"0x...\",\n"
              + "      \"amount\": 0,\n"
              + "      \"amount_usd\": 0,\n"
              + "      \"received_amount\": 0,\n"
              + "      \"received_amount_usd\": 0,\n"
              + "      \"label\": \"Order #123\",\n"
              + "      \"postback_url\": \"https://example.com/postback\",\n"
              + "      \"success_url\": \"https://example.com/success\",\n"
              + "      \"fail_url\": \"https://example.com/fail\",\n"
              + "      \"created_at\": \"2025-06-20T14:22:10.345678Z\",\n"
              + "      \"expires_at\": \"2025-07-20T14:22:10.345678Z\",\n"
              + "      \"status\": \"paid\"\n"
              + "    },\n"
              + "    \"currency\": {\n"
              + "      \"name\": \"USDTBEP20\",\n"
              + "      \"token\": \"USDT\",\n"
              + "      \"network\": \"BEP20\",\n"
              + "      \"contract\": \"0x55d398326f99059fF775485246999027B3197955\",\n"
              + "      \"decimals\": 18,\n"
              + "      \"confirmations\": 5,\n"
              + "      \"network_fee\": 0,\n"
              + "      \"min_deposit\": 1\n"
              + "    },\n"
              + "    \"amount\": 0,\n"
              + "    \"amount_usd\": 0,\n"
              + "    \"network_fee\": 0,\n"
              + "    \"network_fee_usd\": 0,\n"
              + "    \"service_fee\": 0,\n"
              + "    \"service_fee_usd\": 0,\n"
              + "    \"tx_hash\": \"0x...\",\n"
              + "    \"is_paid\": true,\n"
              + "    \"is_postback_sended\": false,\n"
              + "    \"created_at\": \"2025-06-20T15:22:10.345678Z\"\n"
              + "  }\n"
              + "]", ExampleOutcome.SUCCESS, "The page's array ends with a \"...\" placeholder after the item, which is not JSON: left out. Its expires_at is 30 days after created_at (the all-invoices page shows one day): kept as on the page.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "GET /invoice/{identifier}/transactions, a JSON array (SDK: GET /v1/invoice/{identifier}/transactions, envelope {\"success\", \"data\", \"error\"})", "GET /invoice/{identifier}/transactions, a JSON array", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "success example: an array ending with a \"...\" placeholder", "the one documented item, placeholder left out", "The placeholder is not JSON.")));
    }
  }

  /**
   * Builds the metadata of getWalletTransactions, in a class of its own to keep every class small.
   */
  private static final class GetWalletTransactionsMetadata {
    private GetWalletTransactionsMetadata() {
    }

    static Operation<GetWalletTransactionsRequest, List<WalletTransaction>> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "getWalletTransactions",
        HttpMethod.GET,
        "/wallet/{id}/transactions",
        "Gets all transactions for a wallet by its ID.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        GetWalletTransactionsRequest.class,
        WalletTransaction.class,
        GetWalletTransactionsRequest.Validator::validate,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, true, null, List.of(), "The wallet's ID",
            ParamIn.PATH, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "{id} in the path, no type given (placeholder your-wallet-id)", "Long", "A wallet's id is an integer in every response (createWallet, the transaction's source).")),
            null),
          new FieldInfo("start_date", FieldKind.DATE, false, false, null, List.of(), "Start date for transactions",
            ParamIn.QUERY, "yyyy-MM-dd", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "date, datetime (example: 2025-06-01)", "a date, written yyyy-MM-dd", "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")),
            null),
          new FieldInfo("end_date", FieldKind.DATE, false, false, null, List.of(), "End date for transactions",
            ParamIn.QUERY, "yyyy-MM-dd", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "date, datetime (example: 2025-06-10)", "a date, written yyyy-MM-dd", "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")),
            null)),
        ResponseShape.LIST,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Transaction identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source_type", FieldKind.ENUM, false, false, null, TransactionSourceType.knownWireValues(), "What the transaction pays: wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.id", FieldKind.INTEGER, false, false, null, List.of(), "Wallet identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.label", FieldKind.STRING, false, false, null, List.of(), "Label of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.address", FieldKind.STRING, false, false, null, List.of(), "Address of the wallet",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.status", FieldKind.ENUM, false, false, null, WalletStatus.knownWireValues(), "Wallet status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no status on the create-wallet and wallet-transactions pages", "nullable WalletStatus", "Live responses carry \"status\": \"active\" (the SDK's fixture wallets_create.json and Wallet model).")),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency code, token and network, e.g. USDTBEP20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.token", FieldKind.STRING, false, false, null, List.of(), "Token ticker, e.g. USDT",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network", FieldKind.STRING, false, false, null, List.of(), "Network, e.g. BEP20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.contract", FieldKind.STRING, false, false, null, List.of(), "Contract address of the token",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value (a token)", "nullable", "The quickstart gives a contract address for tokens only; a network's own coin has none.")),
            null),
          new FieldInfo("currency.decimals", FieldKind.INTEGER, false, false, null, List.of(), "Number of decimals of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations a payment needs",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Network fee of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.min_deposit", FieldKind.DECIMAL, false, false, null, List.of(), "Minimum deposit in the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the transaction in its currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the transaction in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("network_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Network fee of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("network_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the network fee",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the service fee",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "On-chain hash of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: tx_hash is null while a transaction is pending.")),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the transaction is paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "The SDK reads a status instead; a service sending only status must still read.")),
            null),
          new FieldInfo("is_postback_sended", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the postback of the transaction was sent",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "is_postback_sended (sic), shown with a value", "nullable, wire name as the page spells it", "The SDK reads is_postback_sent instead (also described, see is_postback_sent).")),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time of the transaction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, TransactionStatus.knownWireValues(), "Status of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no status on the transactions pages (is_paid instead)", "nullable TransactionStatus", "The provider's SDK model Transaction reads status (pending, paid, cancelled, refunded) instead of is_paid, so the live service sends it.")),
            null),
          new FieldInfo("is_postback_sent", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the postback of the transaction was sent",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "is_postback_sended on the pages", "also is_postback_sent, nullable", "The provider's SDK model reads is_postback_sent; whichever the service sends is kept.")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/wallets/retrive-wallet-transactions-by-id",
        List.of(
          new RequestExampleInfo("page", "/wallet/20218/transactions", "", "", "The first cURL example. The page writes the placeholder your-wallet-id; a wallet id is an integer, so the id of the SDK's live create-wallet fixture is used."),
          new RequestExampleInfo("dates", "/wallet/20218/transactions", "start_date=2025-06-01&end_date=2025-06-10", "", "The second cURL example, with the same id for the placeholder.")),
        List.of(
          new ResponseExampleInfo("success", 200, "[\n"
              + "  {\n"
              + "    \"id\": 0,\n"
              + "    \"source_type\": \"wallet\",\n"
              + "    \"source\": {\n"
              + "      \"id\": 0,\n"
              + "      \"label\": \"Order #123\",\n"
              + "      \"postback_url\": null,\n"
              + "      \"currency\": \"USDTBEP20\",\n"
              + "      \"address\": \"0x...\",\n"
              + "      \"created_at\": \"2025-06-20T15:22:10.345678Z\",\n"
              + "      \"expires_at\": \"2025-07-20T15:22:10.345678Z\"\n"
              + "    },\n"
              + "    \"currency\": {\n"
              + "      \"name\": \"USDTBEP20\",\n"
              + "      \"token\": \"USDT\",\n"
              + "      \"network\": \"BEP20\",\n"
              + "      \"contract\": \"0x55d398326f99059fF775485246999027B3197955\",\n"
              + "      \"decimals\": 18,\n"
              + "      \"confirmations\": 5,\n"
              + "      \"network_fee\": 0,\n"
              + "      \"min_deposit\": 1\n"
              + "    },\n"
              + "    \"amount\": 0,\n"
              + "    \"amount_usd\": 0,\n"
              + "    \"network_fee\": 0,\n"
              + "    \"network_fee_usd\": 0,\n"
              + "    \"service_fee\": 0,\n"
              + "    \"service_fee_usd\": 0,\n"
              + "    \"tx_hash\": \"0x...\",\n"
              + "    \"is_paid\": true,\n"
              + "    \"is_postback_sended\": false,\n"
              + "    \"created_at\": \"2025-06-20T17:22:10.345678Z\"\n"
              + "  }\n"
              + "]", ExampleOutcome.SUCCESS, "The page's array ends with a \"...\" placeholder after the item, which is not JSON: left out.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "GET /wallet/{id}/transactions, a JSON array (SDK: GET /v1/wallet/{wallet_id}/transactions, envelope {\"success\", \"data\", \"error\"})", "GET /wallet/{id}/transactions, a JSON array", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "cURL examples with the path placeholder your-wallet-id", "/wallet/20218/transactions", "The wallet id is an integer (Long); 20218 is the id of the SDK's live create-wallet fixture."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "success example: an array ending with a \"...\" placeholder", "the one documented item, placeholder left out", "The placeholder is not JSON."),
          new DecisionInfo(DecisionTopic.OTHER, "", "the same transaction object as the invoice transactions pages, with a wallet as source", "WalletTransaction: InvoiceTransaction's fields with source typed Wallet", "A typed source; see InvoiceTransaction in listInvoiceTransactions."),
          new DecisionInfo(DecisionTopic.TYPE, "", "money as JSON numbers (0); live responses and the SDK: decimal strings", "BigDecimal, read from a number or a string", "Money is exact; both forms must read, since the live service sends strings.")));
    }
  }

  /**
   * Builds the metadata of listInvoiceTransactions, in a class of its own to keep every class small.
   */
  private static final class ListInvoiceTransactionsMetadata {
    private ListInvoiceTransactionsMetadata() {
    }

    static Operation<ListInvoiceTransactionsRequest, List<InvoiceTransaction>> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "listInvoiceTransactions",
        HttpMethod.GET,
        "/invoice/transactions",
        "Gets all transactions for all invoices.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        ListInvoiceTransactionsRequest.class,
        InvoiceTransaction.class,
        ListInvoiceTransactionsRequest.Validator::validate,
        List.of(
          new FieldInfo("start_date", FieldKind.DATE, false, false, null, List.of(), "Start date for transactions",
            ParamIn.QUERY, "yyyy-MM-dd", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "date, datetime (example: 2021-01-01)", "a date, written yyyy-MM-dd", "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")),
            null),
          new FieldInfo("end_date", FieldKind.DATE, false, false, null, List.of(), "End date for transactions",
            ParamIn.QUERY, "yyyy-MM-dd", false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "date, datetime (example: 2021-01-31)", "a date, written yyyy-MM-dd", "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")),
            null)),
        ResponseShape.LIST,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Transaction identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source_type", FieldKind.ENUM, false, false, null, TransactionSourceType.knownWireValues(), "What the transaction pays: invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.id", FieldKind.INTEGER, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.uuid", FieldKind.STRING, false, false, null, List.of(), "Invoice UUID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.tx_hash", FieldKind.STRING, false, false, null, List.of(), "Hash of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.address", FieldKind.STRING, false, false, null, List.of(), "Payment address",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.is_expired", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has expired",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("source.is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has been paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("source.label", FieldKind.STRING, false, false, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("source.url", FieldKind.STRING, false, false, null, List.of(), "Payment page URL of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: present; info, list and transactions pages: absent", "not nullable (absent in an info or list answer reads as null)", "Every created invoice has a payment page; the getter stays as createInvoice callers use it.")),
            null),
          new FieldInfo("source.status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: no status; info, list and transactions pages: status (\"paid\")", "nullable status on every invoice", "Live responses carry it next to or instead of is_paid / is_expired (README).")),
            null),
          new FieldInfo("source.received_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received for the invoice, in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("source.received_amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the amount received",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount_usd", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("source.allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "Currencies the payer may choose from, when the invoice was created with allowed_currencies",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable list of currency codes", "An invoice created with allowed_currencies has currency null until the payer chooses; this tells which codes it accepts.")),
            null),
          new FieldInfo("source.explorer_url", FieldKind.STRING, false, false, null, List.of(), "Block explorer URL of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable string", "Live responses carry it; reading it costs nothing when absent.")),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency code, token and network, e.g. USDTBEP20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.token", FieldKind.STRING, false, false, null, List.of(), "Token ticker, e.g. USDT",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network", FieldKind.STRING, false, false, null, List.of(), "Network, e.g. BEP20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.contract", FieldKind.STRING, false, false, null, List.of(), "Contract address of the token",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value (a token)", "nullable", "The quickstart gives a contract address for tokens only; a network's own coin has none.")),
            null),
          new FieldInfo("currency.decimals", FieldKind.INTEGER, false, false, null, List.of(), "Number of decimals of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations a payment needs",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Network fee of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.min_deposit", FieldKind.DECIMAL, false, false, null, List.of(), "Minimum deposit in the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the transaction in its currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the transaction in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("network_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Network fee of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("network_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the network fee",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the service fee",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: fee fields are null while a transaction is pending.")),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "On-chain hash of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "SDK 1.3.0: tx_hash is null while a transaction is pending.")),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the transaction is paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "shown with a value", "nullable", "The SDK reads a status instead; a service sending only status must still read.")),
            null),
          new FieldInfo("is_postback_sended", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the postback of the transaction was sent",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "is_postback_sended (sic), shown with a value", "nullable, wire name as the page spells it", "The SDK reads is_postback_sent instead (also described, see is_postback_sent).")),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time of the transaction",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, TransactionStatus.knownWireValues(), "Status of the transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no status on the transactions pages (is_paid instead)", "nullable TransactionStatus", "The provider's SDK model Transaction reads status (pending, paid, cancelled, refunded) instead of is_paid, so the live service sends it.")),
            null),
          new FieldInfo("is_postback_sent", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the postback of the transaction was sent",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "is_postback_sended on the pages", "also is_postback_sent, nullable", "The provider's SDK model reads is_postback_sent; whichever the service sends is kept.")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/invoice/receive-invoices-transactions",
        List.of(
          new RequestExampleInfo("page", "/invoice/transactions", "", "", "The first cURL example: no dates."),
          new RequestExampleInfo("dates", "/invoice/transactions", "start_date=2021-01-01&end_date=2021-01-31", "", "The second cURL example.")),
        List.of(
          new ResponseExampleInfo("success", 200, "[\n"
              + "  {\n"
              + "    \"id\": 0,\n"
              + "    \"source_type\": \"invoice\",\n"
              + "    \"source\": {\n"
              + "      \"id\": 0,\n"
              + "      \"uuid\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\",\n"
              + "      \"currency\": \"USDTBEP20\",\n"
              + "      \"tx_hash\": null,\n"
              + "      \"address\": \"0x...\",\n"
              + "      \"amount\": 0,\n"
              + "      \"amount_usd\": 0,\n"
              + "      \"received_amount\": 0,\n"
              + "      \"received_amount_usd\": 0,\n"
              + "      \"label\": \"Order #123\",\n"
              + "      \"postback_url\": \"https://example.com/postback\",\n"
              + "      \"success_url\": \"https://example.com/success\",\n"
              + "      \"fail_url\": \"https://example.com/fail\",\n"
              + "      \"created_at\": \"2025-06-20T14:22:10.345678Z\",\n"
              + "      \"expires_at\": \"2025-06-21T14:22:10.345678Z\",\n"
              + "      \"status\": \"paid\"\n"
              + "    },\n"
              + "    \"currency\": {\n"
              + "      \"name\": \"USDTBEP20\",\n"
              + "      \"token\": \"USDT\",\n"
              + "      \"network\": \"BEP20\",\n"
              + "      \"contract\": \"0x55d398326f99059fF775485246999027B3197955\",\n"
              + "      \"decimals\": 18,\n"
              + "      \"confirmations\": 5,\n"
              + "      \"network_fee\": 0,\n"
              + "      \"min_deposit\": 1\n"
              + "    },\n"
              + "    \"amount\": 0,\n"
              + "    \"amount_usd\": 0,\n"
              + "    \"network_fee\": 0,\n"
              + "    \"network_fee_usd\": 0,\n"
              + "    \"service_fee\": 0,\n"
              + "    \"service_fee_usd\": 0,\n"
              + "    \"tx_hash\": \"0x...\",\n"
              + "    \"is_paid\": true,\n"
              + "    \"is_postback_sended\": false,\n"
              + "    \"created_at\": \"2025-06-20T15:22:10.345678Z\"\n"
              + "  }\n"
              + "]", ExampleOutcome.SUCCESS, "The page's array ends with a \"...\" placeholder after the item, which is not JSON: left out."),
          new ResponseExampleInfo("validation-error", 422, "{\n"
              + "  \"detail\": [\n"
              + "    {\n"
              + "      \"loc\": [],\n"
              + "      \"msg\": \"string\",\n"
              + "      \"type\": \"string\",\n"
              + "      \"ctx\": {\n"
              + "        \"error\": \"string\"\n"
              + "      }\n"
              + "    }\n"
              + "  ]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "The page's second tab; its title (the status) is not rendered in the stored copy: 422, the FastAPI validation error the other pages put under 422.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "GET /invoice/transactions, a JSON array (SDK: GET /v1/invoice/transactions, envelope {\"success\", \"data\", \"error\"})", "GET /invoice/transactions, a JSON array", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "success example: an array ending with a \"...\" placeholder", "the one documented item, placeholder left out", "The placeholder is not JSON."),
          new DecisionInfo(DecisionTopic.TYPE, "", "money as JSON numbers (0); live responses and the SDK: decimal strings", "BigDecimal, read from a number or a string", "Money is exact; both forms must read, since the live service sends strings."),
          new DecisionInfo(DecisionTopic.OTHER, "", "source is an invoice when source_type is \"invoice\", a wallet when \"wallet\" (wallet transactions page)", "two types: InvoiceTransaction (source: Invoice) and WalletTransaction (source: Wallet), sharing Currency", "Invoice transactions always come from an invoice and wallet transactions from a wallet, so each list gets a typed source."),
          new DecisionInfo(DecisionTopic.OTHER, "", "8 keys on every transactions page; the SDK's Currency model also reads icon, is_available, can_exchange, can_withdraw, min_withdraw, rate", "the 8 keys of the pages", "The pages agree with each other; the SDK's extra keys come from the /currencies/ list, which no operation here returns."),
          new DecisionInfo(DecisionTopic.TYPE, "", "network_fee and min_deposit as JSON numbers", "BigDecimal, read from a number or a string", "Money is exact; the live service sends strings."),
          new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "no status on the transactions pages; postback page: paid, partially_paid", "pending, paid, partially_paid, cancelled, refunded", "The SDK's Transaction.status literal (pending, paid, cancelled, refunded) and the postback page's partially_paid; other values read as UNKNOWN.")));
    }
  }

  /**
   * Builds the metadata of listInvoices, in a class of its own to keep every class small.
   */
  private static final class ListInvoicesMetadata {
    private ListInvoicesMetadata() {
    }

    static Operation<ListInvoicesRequest, List<Invoice>> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "listInvoices",
        HttpMethod.GET,
        "/invoice/",
        "Returns a complete list of available invoices.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        ListInvoicesRequest.class,
        Invoice.class,
        ListInvoicesRequest.Validator::validate,
        List.of(),
        ResponseShape.LIST,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Invoice UUID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "Hash of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("is_expired", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has expired",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has been paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: always present; info and list pages: absent", "nullable", "Live responses and the other pages carry status instead.")),
            null),
          new FieldInfo("label", FieldKind.STRING, false, false, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Payment page URL of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "create page: present; info, list and transactions pages: absent", "not nullable (absent in an info or list answer reads as null)", "Every created invoice has a payment page; the getter stays as createInvoice callers use it.")),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: no status; info, list and transactions pages: status (\"paid\")", "nullable status on every invoice", "Live responses carry it next to or instead of is_paid / is_expired (README).")),
            null),
          new FieldInfo("received_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount received for the invoice, in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("received_amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the amount received",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "create page: absent; info, list and transactions pages: received_amount_usd", "nullable", "Shown by every page but the create page.")),
            null),
          new FieldInfo("allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "Currencies the payer may choose from, when the invoice was created with allowed_currencies",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable list of currency codes", "An invoice created with allowed_currencies has currency null until the payer chooses; this tells which codes it accepts.")),
            null),
          new FieldInfo("explorer_url", FieldKind.STRING, false, false, null, List.of(), "Block explorer URL of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "no page; the SDK's live fixture invoices_get.json carries it", "nullable string", "Live responses carry it; reading it costs nothing when absent.")),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/invoice/retrieve-invoice-list",
        List.of(
          new RequestExampleInfo("page", "/invoice/", "", "", "The cURL example: no parameters, no body.")),
        List.of(
          new ResponseExampleInfo("success", 200, "[\n"
              + "  {\n"
              + "    \"id\": 0,\n"
              + "    \"uuid\": \"string\",\n"
              + "    \"currency\": \"string\",\n"
              + "    \"tx_hash\": \"string\",\n"
              + "    \"address\": \"string\",\n"
              + "    \"amount\": 0,\n"
              + "    \"amount_usd\": 0,\n"
              + "    \"received_amount\": 0,\n"
              + "    \"received_amount_usd\": 0,\n"
              + "    \"label\": \"string\",\n"
              + "    \"postback_url\": \"https://example.com/postback\",\n"
              + "    \"success_url\": \"https://example.com/success\",\n"
              + "    \"fail_url\": \"https://example.com/fail\",\n"
              + "    \"created_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"expires_at\": \"2019-08-24T14:15:22Z\",\n"
              + "    \"status\": \"paid\"\n"
              + "  }\n"
              + "]", ExampleOutcome.SUCCESS, "")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "GET /invoice/ (trailing slash), a JSON array, no parameters; the SDK 1.3.0 changelog: GET /v1/invoice/ now answers 404, the SDK calls the undocumented GET /v1/invoice/list (q, currency, status, start_date, end_date, offset, limit <= 200, sort) answering {\"items\", \"total\", \"offset\", \"limit\", \"total_pages\"} inside its {\"success\", \"data\", \"error\"} envelope", "GET /invoice/, a JSON array of Invoice, no parameters", "The page is the documentation of the unversioned API every other NordPay operation here uses; the 404 is reported for the SDK's /v1 path, and the paginated list exists only in the SDK's /v1 API with an envelope no page documents. Revisit if the unversioned list is withdrawn too.")));
    }
  }

  /**
   * Builds the metadata of requestWithdrawal, in a class of its own to keep every class small.
   */
  private static final class RequestWithdrawalMetadata {
    private RequestWithdrawalMetadata() {
    }

    static Operation<RequestWithdrawalRequest, PendingWithdrawal> operation() {
      return new Operation<>(
        NordPayClient.PROVIDER,
        "v1",
        "requestWithdrawal",
        HttpMethod.POST,
        "/balance/withdraw/request",
        "Creates a withdraw request and returns its unique identifier, to be confirmed with confirmWithdrawal. Amount sent to the wallet = amount - service fee.",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
          List.of("AUTH_ERROR"),
          List.of("Invalid API key"),
          List.of(),
          List.of(),
          List.of(),
          List.of()),
        RequestWithdrawalRequest.class,
        PendingWithdrawal.class,
        RequestWithdrawalRequest.Validator::validate,
        List.of(
          new FieldInfo("currency", FieldKind.STRING, false, true, null, List.of(), "Currency to withdraw",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.TYPE, "", "string, no description", "String, no enum", "As createInvoice's currency: the list of codes is not documented here.")),
            null),
          new FieldInfo("address", FieldKind.STRING, false, true, null, List.of(), "Address to send",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Amount to send",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "number, no bound; error: \"Amount is less than minimum withdraw amount for <CURRENCY> (...)\"", "greater than 0", "The minimum depends on the currency and is not known here; a withdrawal must at least be positive."),
              new DecisionInfo(DecisionTopic.TYPE, "", "number (the SDK sends a decimal string)", "BigDecimal, sent as a JSON number", "The page's type; the number is written exactly as given, never through a binary float.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("identifier", FieldKind.STRING, false, false, null, List.of(), "UUID of the withdraw request, to pass to confirmWithdrawal",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the withdrawal",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Address to send to",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the withdrawal; the address receives amount - service fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the amount",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee of the withdrawal",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "USD equivalent of the service fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Time until which the request may be confirmed",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "https://nord-3.gitbook.io/nord-api/balances/withdraw-funds",
        List.of(
          new RequestExampleInfo("page", "/balance/withdraw/request", "", "{\n"
              + "  \"currency\": \"USDTBEP20\",\n"
              + "  \"address\": \"0x1234...abcd\",\n"
              + "  \"amount\": 100.0\n"
              + "}", "The cURL example's body.")),
        List.of(
          new ResponseExampleInfo("success", 200, "{\n"
              + "  \"identifier\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\",\n"
              + "  \"currency\": \"USDTBEP20\",\n"
              + "  \"address\": \"0x...\",\n"
              + "  \"amount\": 0,\n"
              + "  \"amount_usd\": 0,\n"
              + "  \"service_fee\": 0,\n"
              + "  \"service_fee_usd\": 0,\n"
              + "  \"expires_at\": \"2025-06-12T10:04:32.962319Z\"\n"
              + "}", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("currency-not-available", 400, "{\"detail\": \"<CURRENCY> is not available for withdraw at this moment\"}", ExampleOutcome.INVALID_REQUEST, "The page's error tabs have no rendered titles: 400, the status the NordPay pages give detail messages."),
          new ResponseExampleInfo("amount-below-minimum", 400, "{\"detail\": \"Amount is less than minimum withdraw amount for <CURRENCY> (<CURRENCY.MIN_WITHDRAW>)\"}", ExampleOutcome.INVALID_REQUEST, "Status not rendered on the page: 400 as above."),
          new ResponseExampleInfo("not-enough-balance", 400, "{\"detail\": \"Not enough balance\"}", ExampleOutcome.INVALID_REQUEST, "Status not rendered on the page: 400 as above."),
          new ResponseExampleInfo("validation-error", 422, "{\n"
              + "\"detail\": [\n"
              + "{\n"
              + "\"loc\": [],\n"
              + "\"msg\": \"string\",\n"
              + "\"type\": \"string\"\n"
              + "}\n"
              + "]\n"
              + "}", ExampleOutcome.INVALID_REQUEST, "Status not rendered on the page: 422, as the other pages give this body.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "POST /balance/withdraw/request, flat body (SDK: POST /v1/balance/withdraw/request, envelope {\"success\", \"data\", \"error\"})", "POST /balance/withdraw/request, flat body", "The page is the documentation; every NordPay operation follows the pages' unversioned paths (see createInvoice)."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "", "one error list for both steps, without statuses: not available, below minimum, request not found, request expired, not enough balance, 422 list", "the errors about the request's fields here (400), the not-found and expired ones on confirmWithdrawal (400), the 422 list on both", "Each step gets the errors that can follow from its input; 400 is the status the NordPay pages give detail messages."),
          new DecisionInfo(DecisionTopic.TYPE, "", "money as JSON numbers (0); live responses and the SDK: decimal strings", "BigDecimal, read from a number or a string", "Money is exact; both forms must read, since the live service sends strings.")));
    }
  }
}
