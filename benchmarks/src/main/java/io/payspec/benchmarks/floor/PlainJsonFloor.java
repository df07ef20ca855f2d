package io.payspec.benchmarks.floor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The floor of an API with an API key header, plain JSON objects as answers (errors told by their
 * HTTP status) and a look-up by identifier in the path ({@code GET /invoice/{identifier}}): the NordPay
 * v1 invoice calls, written by hand. {@link HandWritten} uses one shared {@link HttpClient} called with
 * {@code send()}, {@link WithRetrofit} Retrofit + OkHttp; both use the same plain records, hand-written
 * checks and shared Jackson readers and writers. Benchmark code only.
 */
public final class PlainJsonFloor {
  private static final ObjectWriter CREATE_WRITER = HandWrittenFloor.MAPPER.writerFor(CreateInvoice.class);
  private static final ObjectReader INVOICE_READER = HandWrittenFloor.MAPPER.readerFor(Invoice.class);

  private PlainJsonFloor() {}

  /** With one shared {@code java.net.http} client. */
  public static final class HandWritten {
    private final HttpClient http;
    private final URI create;
    private final String invoices;
    private final String apiKey;

    /** A client of the server at {@code baseUrl}. */
    public HandWritten(URI baseUrl, String apiKey) {
      this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      this.create = URI.create(baseUrl + "/invoice/create");
      this.invoices = baseUrl + "/invoice/";
      this.apiKey = apiKey;
    }

    /** A blocking create-invoice call. */
    public Invoice createInvoice(CreateInvoice request) throws IOException, InterruptedException {
      request.check();
      return INVOICE_READER.readValue(send(HttpRequest.newBuilder(create)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(CREATE_WRITER.writeValueAsBytes(request)))));
    }

    /** A blocking look-up call. */
    public Invoice getInvoice(String identifier) throws IOException, InterruptedException {
      checkIdentifier(identifier);
      URI uri = URI.create(invoices + URLEncoder.encode(identifier, StandardCharsets.UTF_8).replace("+", "%20"));
      return INVOICE_READER.readValue(send(HttpRequest.newBuilder(uri).GET()));
    }

    private byte[] send(HttpRequest.Builder builder) throws IOException, InterruptedException {
      HttpRequest request = builder
          .timeout(Duration.ofSeconds(30))
          .header("X-API-KEY", apiKey)
          .header("Accept", "application/json")
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
    private final String apiKey;

    /** The calls, as Retrofit declares them. */
    interface Api {
      @POST("invoice/create")
      retrofit2.Call<Invoice> create(@Header("X-API-KEY") String apiKey, @Body CreateInvoice body);

      @GET("invoice/{identifier}")
      retrofit2.Call<Invoice> get(@Header("X-API-KEY") String apiKey, @Path("identifier") String identifier);
    }

    /** A client of the server at {@code baseUrl}. */
    public WithRetrofit(URI baseUrl, String apiKey) {
      this.api = RetrofitFloor.retrofit(baseUrl).create(Api.class);
      this.apiKey = apiKey;
    }

    /** A blocking create-invoice call. */
    public Invoice createInvoice(CreateInvoice request) throws IOException {
      request.check();
      return RetrofitFloor.body(api.create(apiKey, request).execute());
    }

    /** A blocking look-up call. */
    public Invoice getInvoice(String identifier) throws IOException {
      checkIdentifier(identifier);
      return RetrofitFloor.body(api.get(apiKey, identifier).execute());
    }
  }

  private static void checkIdentifier(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      throw new IllegalArgumentException("identifier: required");
    }
  }

  /** The create-invoice request; the amount is the provider's "200 USD" text. */
  public record CreateInvoice(
      @JsonProperty("currency") String currency,
      @JsonProperty("amount") String amount,
      @JsonProperty("expires_time") Integer expiresTime,
      @JsonProperty("label") String label,
      @JsonProperty("postback_url") String postbackUrl,
      @JsonProperty("success_url") String successUrl) {
    void check() {
      if ((currency == null || currency.isBlank())) {
        throw new IllegalArgumentException("currency: required");
      }
      int space = amount == null ? -1 : amount.indexOf(' ');
      if (space < 1 || new BigDecimal(amount.substring(0, space)).signum() <= 0) {
        throw new IllegalArgumentException("amount: a positive amount and a currency");
      }
      if (expiresTime != null && (expiresTime < 1 || expiresTime > 1440)) {
        throw new IllegalArgumentException("expires_time: 1 to 1440 minutes");
      }
      if (label != null && label.length() > 255) {
        throw new IllegalArgumentException("label: at most 255 characters");
      }
    }
  }

  /** The invoice. Timestamps are kept as the provider's text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Invoice(
      @JsonProperty("id") Long id,
      @JsonProperty("uuid") String uuid,
      @JsonProperty("currency") String currency,
      @JsonProperty("tx_hash") String txHash,
      @JsonProperty("address") String address,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("amount_usd") BigDecimal amountUsd,
      @JsonProperty("received_amount") BigDecimal receivedAmount,
      @JsonProperty("received_amount_usd") BigDecimal receivedAmountUsd,
      @JsonProperty("confirmations") Integer confirmations,
      @JsonProperty("created_at") String createdAt,
      @JsonProperty("expires_at") String expiresAt,
      @JsonProperty("is_expired") Boolean isExpired,
      @JsonProperty("is_paid") Boolean isPaid,
      @JsonProperty("label") String label,
      @JsonProperty("postback_url") String postbackUrl,
      @JsonProperty("success_url") String successUrl,
      @JsonProperty("fail_url") String failUrl,
      @JsonProperty("url") String url,
      @JsonProperty("status") String status) {}
}
