package io.payspec.benchmarks.floor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The floor the generated CryptoCloud v2 client is measured against: what a careful engineer writes by
 * hand with the same libraries. Plain classes with the same fields as the request and the response,
 * the rules checked by hand, one shared {@link ObjectWriter} and {@link ObjectReader}, one shared
 * {@link HttpClient} called with {@code send()}. Benchmark code only: a floor is hand-written by
 * definition, so it is the one place outside {@code spec/} named after a provider's endpoints.
 */
public final class HandWrittenFloor {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private static final ObjectWriter CREATE_WRITER = MAPPER.writerFor(CreateInvoice.class);
  private static final ObjectWriter UUIDS_WRITER = MAPPER.writerFor(GetInvoices.class);
  private static final ObjectReader INVOICE_READER = MAPPER.readerFor(
      MAPPER.getTypeFactory().constructParametricType(Envelope.class, Invoice.class));
  private static final JavaType INVOICES = MAPPER.getTypeFactory().constructParametricType(Envelope.class,
      MAPPER.getTypeFactory().constructCollectionType(List.class, Invoice.class));
  private static final ObjectReader INVOICES_READER = MAPPER.readerFor(INVOICES);

  private final HttpClient http;
  private final URI create;
  private final URI info;
  private final String authorization;

  /** A client of the server at {@code baseUrl}. */
  public HandWrittenFloor(URI baseUrl, String apiKey) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.create = baseUrl.resolve("/v2/invoice/create");
    this.info = baseUrl.resolve("/v2/invoice/merchant/info");
    this.authorization = "Token " + apiKey;
  }

  /** The request path: the rules, then the body. */
  public static byte[] write(CreateInvoice request) throws IOException {
    request.check();
    return CREATE_WRITER.writeValueAsBytes(request);
  }

  /** The request path of the look-up. */
  public static byte[] write(GetInvoices request) throws IOException {
    request.check();
    return UUIDS_WRITER.writeValueAsBytes(request);
  }

  /** The response path: the body to the typed invoice. */
  public static Invoice readInvoice(byte[] body) throws IOException {
    Envelope<Invoice> envelope = INVOICE_READER.readValue(body);
    return envelope.result();
  }

  /** The response path of the look-up. */
  public static List<Invoice> readInvoices(byte[] body) throws IOException {
    Envelope<List<Invoice>> envelope = INVOICES_READER.readValue(body);
    return envelope.result();
  }

  /** A blocking create-invoice call. */
  public Invoice createInvoice(CreateInvoice request) throws IOException, InterruptedException {
    return readInvoice(post(create, write(request)));
  }

  /** A blocking look-up call. */
  public List<Invoice> getInvoices(GetInvoices request) throws IOException, InterruptedException {
    return readInvoices(post(info, write(request)));
  }

  private byte[] post(URI uri, byte[] body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** The create-invoice request. */
  public record CreateInvoice(
      @JsonProperty("shop_id") String shopId,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("currency") String currency,
      @JsonProperty("order_id") String orderId,
      @JsonProperty("email") String email,
      @JsonProperty("add_fields") AddFields addFields) {
    void check() {
      if (shopId == null || shopId.isBlank()) {
        throw new IllegalArgumentException("shop_id: required");
      }
      if (amount == null || amount.signum() <= 0) {
        throw new IllegalArgumentException("amount: must be greater than 0");
      }
      if (email != null && email.indexOf('@') < 1) {
        throw new IllegalArgumentException("email: not an e-mail address");
      }
      if (addFields != null && addFields.availableCurrencies() != null && addFields.availableCurrencies().isEmpty()) {
        throw new IllegalArgumentException("add_fields.available_currencies: at least one element");
      }
    }
  }

  /** Additional parameters. */
  public record AddFields(
      @JsonProperty("time_to_pay") TimeToPay timeToPay,
      @JsonProperty("available_currencies") List<String> availableCurrencies,
      @JsonProperty("cryptocurrency") String cryptocurrency) {}

  /** Invoice lifetime. */
  public record TimeToPay(@JsonProperty("hours") Integer hours, @JsonProperty("minutes") Integer minutes) {}

  /** The look-up request. */
  public record GetInvoices(@JsonProperty("uuids") List<String> uuids) {
    void check() {
      if (uuids == null || uuids.isEmpty() || uuids.size() > 100) {
        throw new IllegalArgumentException("uuids: 1 to 100 identifiers");
      }
    }
  }

  /** The status-and-result envelope. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Envelope<T>(@JsonProperty("status") String status, @JsonProperty("result") T result) {}

  /** The invoice. Timestamps are kept as the provider's text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Invoice(
      @JsonProperty("uuid") String uuid,
      @JsonProperty("created") String created,
      @JsonProperty("address") String address,
      @JsonProperty("expiry_date") String expiryDate,
      @JsonProperty("side_commission") String sideCommission,
      @JsonProperty("side_commission_cc") String sideCommissionCc,
      @JsonProperty("side_commission_service") String sideCommissionService,
      @JsonProperty("type_payments") String typePayments,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("amount_usd") BigDecimal amountUsd,
      @JsonProperty("amount_in_fiat") BigDecimal amountInFiat,
      @JsonProperty("fee") BigDecimal fee,
      @JsonProperty("fee_usd") BigDecimal feeUsd,
      @JsonProperty("service_fee") BigDecimal serviceFee,
      @JsonProperty("service_fee_usd") BigDecimal serviceFeeUsd,
      @JsonProperty("received") BigDecimal received,
      @JsonProperty("received_usd") BigDecimal receivedUsd,
      @JsonProperty("fiat_currency") String fiatCurrency,
      @JsonProperty("status") String status,
      @JsonProperty("invoice_status") String invoiceStatus,
      @JsonProperty("order_id") String orderId,
      @JsonProperty("date_finished") String dateFinished,
      @JsonProperty("is_email_required") Boolean isEmailRequired,
      @JsonProperty("link") String link,
      @JsonProperty("invoice_id") String invoiceId,
      @JsonProperty("currency") Currency currency,
      @JsonProperty("project") Project project,
      @JsonProperty("test_mode") Boolean testMode) {}

  /** The invoice's currency. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Currency(
      @JsonProperty("id") Integer id,
      @JsonProperty("code") String code,
      @JsonProperty("fullcode") String fullcode,
      @JsonProperty("network") Network network,
      @JsonProperty("name") String name,
      @JsonProperty("is_email_required") Boolean isEmailRequired,
      @JsonProperty("stablecoin") Boolean stablecoin,
      @JsonProperty("icon_base") String iconBase,
      @JsonProperty("icon_network") String iconNetwork,
      @JsonProperty("icon_qr") String iconQr,
      @JsonProperty("order") Integer order) {}

  /** The currency's network. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Network(
      @JsonProperty("code") String code,
      @JsonProperty("id") Integer id,
      @JsonProperty("icon") String icon,
      @JsonProperty("fullname") String fullname) {}

  /** The merchant's project. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Project(
      @JsonProperty("id") Integer id,
      @JsonProperty("name") String name,
      @JsonProperty("fail") String fail,
      @JsonProperty("success") String success,
      @JsonProperty("logo") String logo) {}
}
