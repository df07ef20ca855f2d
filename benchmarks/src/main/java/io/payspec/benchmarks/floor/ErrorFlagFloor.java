package io.payspec.benchmarks.floor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The floor of an API whose calls are all JSON {@code POST}s with the login and secret in the body,
 * answered under HTTP 200 with an error flag ({@code {"error": false, "errors": [], ...}}): the
 * CrystalPay v3 invoice calls, written by hand. {@link HandWritten} uses one shared
 * {@link HttpClient} called with {@code send()}, {@link WithRetrofit} Retrofit + OkHttp; both use the
 * same plain records, hand-written checks and shared Jackson readers and writers. Benchmark code only.
 */
public final class ErrorFlagFloor {
  private static final ObjectWriter CREATE_WRITER = HandWrittenFloor.MAPPER.writerFor(CreateInvoice.class);
  private static final ObjectWriter INFO_WRITER = HandWrittenFloor.MAPPER.writerFor(GetInvoice.class);
  private static final ObjectReader INVOICE_READER = HandWrittenFloor.MAPPER.readerFor(Invoice.class);
  private static final ObjectReader INFO_READER = HandWrittenFloor.MAPPER.readerFor(InvoiceInfo.class);

  private ErrorFlagFloor() {}

  /** With one shared {@code java.net.http} client. */
  public static final class HandWritten {
    private final HttpClient http;
    private final URI create;
    private final URI info;

    /** A client of the server at {@code baseUrl}. */
    public HandWritten(URI baseUrl) {
      this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      this.create = URI.create(baseUrl + "/v3/invoice/create/");
      this.info = URI.create(baseUrl + "/v3/invoice/info/");
    }

    /** A blocking create-invoice call. */
    public Invoice createInvoice(CreateInvoice request) throws IOException, InterruptedException {
      request.check();
      Invoice invoice = INVOICE_READER.readValue(post(create, CREATE_WRITER.writeValueAsBytes(request)));
      return success(invoice.error(), invoice.errors(), invoice);
    }

    /** A blocking look-up call. */
    public InvoiceInfo getInvoice(GetInvoice request) throws IOException, InterruptedException {
      request.check();
      InvoiceInfo info = INFO_READER.readValue(post(this.info, INFO_WRITER.writeValueAsBytes(request)));
      return success(info.error(), info.errors(), info);
    }

    private byte[] post(URI uri, byte[] body) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(30))
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
  }

  /** With Retrofit + OkHttp. */
  public static final class WithRetrofit {
    private final Api api;

    /** The calls, as Retrofit declares them. */
    interface Api {
      @POST("v3/invoice/create/")
      retrofit2.Call<Invoice> create(@Body CreateInvoice body);

      @POST("v3/invoice/info/")
      retrofit2.Call<InvoiceInfo> info(@Body GetInvoice body);
    }

    /** A client of the server at {@code baseUrl}. */
    public WithRetrofit(URI baseUrl) {
      this.api = RetrofitFloor.retrofit(baseUrl).create(Api.class);
    }

    /** A blocking create-invoice call. */
    public Invoice createInvoice(CreateInvoice request) throws IOException {
      request.check();
      Invoice invoice = RetrofitFloor.body(api.create(request).execute());
      return success(invoice.error(), invoice.errors(), invoice);
    }

    /** A blocking look-up call. */
    public InvoiceInfo getInvoice(GetInvoice request) throws IOException {
      request.check();
      InvoiceInfo info = RetrofitFloor.body(api.info(request).execute());
      return success(info.error(), info.errors(), info);
    }
  }

  private static <T> T success(Boolean error, List<String> errors, T answer) throws IOException {
    if (Boolean.TRUE.equals(error)) {
      throw new IOException("refused: " + errors);
    }
    return answer;
  }

  /** The create-invoice request, credentials first. */
  public record CreateInvoice(
      @JsonProperty("auth_login") String authLogin,
      @JsonProperty("auth_secret") String authSecret,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("type") String type,
      @JsonProperty("lifetime") Integer lifetime,
      @JsonProperty("currency") String currency,
      @JsonProperty("subtract_from") String subtractFrom) {
    void check() {
      if (amount == null || amount.signum() <= 0) {
        throw new IllegalArgumentException("amount: must be greater than 0");
      }
      if (!"purchase".equals(type) && !"topup".equals(type)) {
        throw new IllegalArgumentException("type: purchase or topup");
      }
      if (lifetime == null || lifetime < 1) {
        throw new IllegalArgumentException("lifetime: at least 1 minute");
      }
    }
  }

  /** The look-up request, credentials first. */
  public record GetInvoice(
      @JsonProperty("auth_login") String authLogin,
      @JsonProperty("auth_secret") String authSecret,
      @JsonProperty("id") String id) {
    void check() {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("id: required");
      }
    }
  }

  /** The created invoice. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Invoice(
      @JsonProperty("error") Boolean error,
      @JsonProperty("errors") List<String> errors,
      @JsonProperty("id") String id,
      @JsonProperty("url") String url,
      @JsonProperty("rub_amount") BigDecimal rubAmount,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("type") String type,
      @JsonProperty("subtract_from") String subtractFrom) {}

  /** The invoice as the look-up shows it. Timestamps are kept as the provider's text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InvoiceInfo(
      @JsonProperty("error") Boolean error,
      @JsonProperty("errors") List<String> errors,
      @JsonProperty("id") String id,
      @JsonProperty("url") String url,
      @JsonProperty("state") String state,
      @JsonProperty("type") String type,
      @JsonProperty("subtract_from") String subtractFrom,
      @JsonProperty("method") String method,
      @JsonProperty("required_method") String requiredMethod,
      @JsonProperty("rub_amount") BigDecimal rubAmount,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("amount_currency") String amountCurrency,
      @JsonProperty("initial_amount") BigDecimal initialAmount,
      @JsonProperty("remaining_amount") BigDecimal remainingAmount,
      @JsonProperty("balance_amount") BigDecimal balanceAmount,
      @JsonProperty("commission_amount") BigDecimal commissionAmount,
      @JsonProperty("description") String description,
      @JsonProperty("redirect_url") String redirectUrl,
      @JsonProperty("callback_url") String callbackUrl,
      @JsonProperty("extra") String extra,
      @JsonProperty("created_at") String createdAt,
      @JsonProperty("expired_at") String expiredAt,
      @JsonProperty("final_at") String finalAt) {}
}
