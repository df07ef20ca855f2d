package io.payspec.benchmarks.floor;

import io.payspec.benchmarks.floor.HandWrittenFloor.CreateInvoice;
import io.payspec.benchmarks.floor.HandWrittenFloor.Envelope;
import io.payspec.benchmarks.floor.HandWrittenFloor.GetInvoices;
import io.payspec.benchmarks.floor.HandWrittenFloor.Invoice;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/**
 * The second reference of the side-by-side suite: Retrofit + OkHttp + Jackson with the floor's
 * hand-written types and hand-written checks, as a team would write it. Benchmark code only.
 */
public final class RetrofitFloor {
  private final Api api;
  private final String authorization;

  /** The calls, as Retrofit declares them. */
  interface Api {
    @POST("v2/invoice/create")
    retrofit2.Call<Envelope<Invoice>> create(@Header("Authorization") String authorization, @Body CreateInvoice body);

    @POST("v2/invoice/merchant/info")
    retrofit2.Call<Envelope<List<Invoice>>> info(@Header("Authorization") String authorization, @Body GetInvoices body);
  }

  /** A client of the server at {@code baseUrl}. */
  public RetrofitFloor(URI baseUrl, String apiKey) {
    this.api = retrofit(baseUrl).create(Api.class);
    this.authorization = "Token " + apiKey;
  }

  /** Retrofit over one OkHttp client (10 s to connect, 30 s a call) and the floor's Jackson mapper. */
  static Retrofit retrofit(URI baseUrl) {
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30))
        .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl.toString() + "/")
        .client(http)
        .addConverterFactory(JacksonConverterFactory.create(HandWrittenFloor.MAPPER))
        .build();
  }

  /** A blocking create-invoice call. */
  public Invoice createInvoice(CreateInvoice request) throws IOException {
    request.check();
    return body(api.create(authorization, request).execute()).result();
  }

  /** A blocking look-up call. */
  public List<Invoice> getInvoices(GetInvoices request) throws IOException {
    request.check();
    return body(api.info(authorization, request).execute()).result();
  }

  /** The body of a successful answer. */
  static <T> T body(Response<T> response) throws IOException {
    if (!response.isSuccessful() || response.body() == null) {
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }
}
