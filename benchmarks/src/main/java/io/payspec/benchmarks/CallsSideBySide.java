package io.payspec.benchmarks;

import io.payspec.benchmarks.floor.ErrorFlagFloor;
import io.payspec.benchmarks.floor.HandWrittenFloor;
import io.payspec.benchmarks.floor.PlainJsonFloor;
import io.payspec.benchmarks.floor.RetrofitFloor;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.cryptocloud.v2.CryptoCurrency;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.GetInvoicesRequest;
import io.payspec.cryptocloud.v2.TimeToPay;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.crystalpay.v3.CrystalPayV3;
import io.payspec.crystalpay.v3.InvoiceInfo;
import io.payspec.crystalpay.v3.InvoiceType;
import io.payspec.crystalpay.v3.SubtractFrom;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.NordPayV1;
import io.payspec.okhttp.OkHttpTransport;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.http.HttpTransport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every provider's create-invoice and look-up call end to end, one thread, average time: payspec's
 * generated client with the default transport ({@code _payspec}) and with the OkHttp transport
 * ({@code _okhttp}), beside the hand-written floor of the provider's API style ({@code _floor}, one
 * shared {@code java.net.http} client called with {@code send()}) and Retrofit + OkHttp with the floor's
 * types ({@code _retrofit}). All call one loopback {@link ExampleServer} answering the documented
 * success examples; every request is built (and checked) inside the measured call.
 * {@link CallsUnderLoadSideBySide} runs the same calls from 16 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class CallsSideBySide {
  private static final String KEY = "benchmark-key";
  private static final String LOGIN = "benchmark-login";
  private static final List<String> UUIDS = List.of("INV-89UX09KA");
  private static final String CRYSTAL_ID = "123456789_abcdefghij";
  private static final String NORD_ID = "your-invoice-id-or-uuid";

  private ExampleServer server;
  private CryptoCloudClient cryptoCloud;
  private CryptoCloudClient cryptoCloudOkhttp;
  private HandWrittenFloor cryptoCloudFloor;
  private RetrofitFloor cryptoCloudRetrofit;
  private CrystalPayClient crystalPay;
  private CrystalPayClient crystalPayOkhttp;
  private ErrorFlagFloor.HandWritten crystalPayFloor;
  private ErrorFlagFloor.WithRetrofit crystalPayRetrofit;
  private NordPayClient nordPay;
  private NordPayClient nordPayOkhttp;
  private PlainJsonFloor.HandWritten nordPayFloor;
  private PlainJsonFloor.WithRetrofit nordPayRetrofit;

  @Setup
  public void setUp() throws IOException {
    server = new ExampleServer(List.of(CryptoCloudV2.CREATE_INVOICE, CryptoCloudV2.GET_INVOICES,
        CrystalPayV3.CREATE_INVOICE, CrystalPayV3.GET_INVOICE, NordPayV1.CREATE_INVOICE, NordPayV1.GET_INVOICE));
    String base = server.baseUrl().toString();
    cryptoCloud = CryptoCloudClient.builder().apiKey(KEY).baseUrl(base).build();
    cryptoCloudOkhttp = CryptoCloudClient.builder().apiKey(KEY).baseUrl(base).transport(okhttp()).build();
    cryptoCloudFloor = new HandWrittenFloor(server.baseUrl(), KEY);
    cryptoCloudRetrofit = new RetrofitFloor(server.baseUrl(), KEY);
    crystalPay = CrystalPayClient.builder().authLogin(LOGIN).authSecret(KEY).baseUrl(base).build();
    crystalPayOkhttp = CrystalPayClient.builder().authLogin(LOGIN).authSecret(KEY).baseUrl(base)
        .transport(okhttp()).build();
    crystalPayFloor = new ErrorFlagFloor.HandWritten(server.baseUrl());
    crystalPayRetrofit = new ErrorFlagFloor.WithRetrofit(server.baseUrl());
    nordPay = NordPayClient.builder().apiKey(KEY).baseUrl(base).build();
    nordPayOkhttp = NordPayClient.builder().apiKey(KEY).baseUrl(base).transport(okhttp()).build();
    nordPayFloor = new PlainJsonFloor.HandWritten(server.baseUrl(), KEY);
    nordPayRetrofit = new PlainJsonFloor.WithRetrofit(server.baseUrl(), KEY);
  }

  private static HttpTransport okhttp() {
    return OkHttpTransport.create(Duration.ofSeconds(10));
  }

  @TearDown
  public void tearDown() {
    server.close();
  }

  // ---- CryptoCloud v2: token header, status/result envelope ----

  @Benchmark
  public Object cryptoCloudCreateInvoice_call_payspec() {
    return cryptoCloud.v2().createInvoice(cryptoCloudCreate());
  }

  @Benchmark
  public Object cryptoCloudCreateInvoice_call_okhttp() {
    return cryptoCloudOkhttp.v2().createInvoice(cryptoCloudCreate());
  }

  @Benchmark
  public Object cryptoCloudCreateInvoice_call_floor() throws IOException, InterruptedException {
    return cryptoCloudFloor.createInvoice(cryptoCloudFloorCreate());
  }

  @Benchmark
  public Object cryptoCloudCreateInvoice_call_retrofit() throws IOException {
    return cryptoCloudRetrofit.createInvoice(cryptoCloudFloorCreate());
  }

  @Benchmark
  public Object cryptoCloudGetInvoices_call_payspec() {
    return cryptoCloud.v2().getInvoices(GetInvoicesRequest.builder().uuids(UUIDS).build());
  }

  @Benchmark
  public Object cryptoCloudGetInvoices_call_okhttp() {
    return cryptoCloudOkhttp.v2().getInvoices(GetInvoicesRequest.builder().uuids(UUIDS).build());
  }

  @Benchmark
  public Object cryptoCloudGetInvoices_call_floor() throws IOException, InterruptedException {
    return cryptoCloudFloor.getInvoices(new HandWrittenFloor.GetInvoices(UUIDS));
  }

  @Benchmark
  public Object cryptoCloudGetInvoices_call_retrofit() throws IOException {
    return cryptoCloudRetrofit.getInvoices(new HandWrittenFloor.GetInvoices(UUIDS));
  }

  // ---- CrystalPay v3: credentials in the body, error flag under HTTP 200 ----

  @Benchmark
  public Object crystalPayCreateInvoice_call_payspec() {
    return crystalPay.v3().createInvoice(crystalPayCreate());
  }

  @Benchmark
  public Object crystalPayCreateInvoice_call_okhttp() {
    return crystalPayOkhttp.v3().createInvoice(crystalPayCreate());
  }

  @Benchmark
  public Object crystalPayCreateInvoice_call_floor() throws IOException, InterruptedException {
    return crystalPayFloor.createInvoice(crystalPayFloorCreate());
  }

  @Benchmark
  public Object crystalPayCreateInvoice_call_retrofit() throws IOException {
    return crystalPayRetrofit.createInvoice(crystalPayFloorCreate());
  }

  @Benchmark
  public InvoiceInfo crystalPayGetInvoice_call_payspec() {
    return crystalPay.v3().getInvoice(io.payspec.crystalpay.v3.GetInvoiceRequest.builder().id(CRYSTAL_ID).build());
  }

  @Benchmark
  public InvoiceInfo crystalPayGetInvoice_call_okhttp() {
    return crystalPayOkhttp.v3().getInvoice(io.payspec.crystalpay.v3.GetInvoiceRequest.builder().id(CRYSTAL_ID).build());
  }

  @Benchmark
  public Object crystalPayGetInvoice_call_floor() throws IOException, InterruptedException {
    return crystalPayFloor.getInvoice(new ErrorFlagFloor.GetInvoice(LOGIN, KEY, CRYSTAL_ID));
  }

  @Benchmark
  public Object crystalPayGetInvoice_call_retrofit() throws IOException {
    return crystalPayRetrofit.getInvoice(new ErrorFlagFloor.GetInvoice(LOGIN, KEY, CRYSTAL_ID));
  }

  // ---- NordPay v1: API key header, plain JSON, look-up by path ----

  @Benchmark
  public Object nordPayCreateInvoice_call_payspec() {
    return nordPay.v1().createInvoice(nordPayCreate());
  }

  @Benchmark
  public Object nordPayCreateInvoice_call_okhttp() {
    return nordPayOkhttp.v1().createInvoice(nordPayCreate());
  }

  @Benchmark
  public Object nordPayCreateInvoice_call_floor() throws IOException, InterruptedException {
    return nordPayFloor.createInvoice(nordPayFloorCreate());
  }

  @Benchmark
  public Object nordPayCreateInvoice_call_retrofit() throws IOException {
    return nordPayRetrofit.createInvoice(nordPayFloorCreate());
  }

  @Benchmark
  public Object nordPayGetInvoice_call_payspec() {
    return nordPay.v1().getInvoice(io.payspec.nordpay.v1.GetInvoiceRequest.builder().identifier(NORD_ID).build());
  }

  @Benchmark
  public Object nordPayGetInvoice_call_okhttp() {
    return nordPayOkhttp.v1().getInvoice(io.payspec.nordpay.v1.GetInvoiceRequest.builder().identifier(NORD_ID).build());
  }

  @Benchmark
  public Object nordPayGetInvoice_call_floor() throws IOException, InterruptedException {
    return nordPayFloor.getInvoice(NORD_ID);
  }

  @Benchmark
  public Object nordPayGetInvoice_call_retrofit() throws IOException {
    return nordPayRetrofit.getInvoice(NORD_ID);
  }

  // ---- the requests, built as a caller builds them ----

  private static io.payspec.cryptocloud.v2.CreateInvoiceRequest cryptoCloudCreate() {
    return io.payspec.cryptocloud.v2.CreateInvoiceRequest.builder()
        .shopId("xBAivfPIbskwuEWj")
        .amount(new BigDecimal("100"))
        .currency(FiatCurrency.USD)
        .orderId("ORDER_93223")
        .email("payer@example.com")
        .addFields(AddFields.builder()
            .timeToPay(TimeToPay.builder().hours(24).minutes(0).build())
            .availableCurrencies(CryptoCurrency.USDT_TRC20, CryptoCurrency.ETH, CryptoCurrency.BTC)
            .build())
        .build();
  }

  private static HandWrittenFloor.CreateInvoice cryptoCloudFloorCreate() {
    return new HandWrittenFloor.CreateInvoice(
        "xBAivfPIbskwuEWj", new BigDecimal("100"), "USD", "ORDER_93223", "payer@example.com",
        new HandWrittenFloor.AddFields(new HandWrittenFloor.TimeToPay(24, 0),
            List.of("USDT_TRC20", "ETH", "BTC"), null));
  }

  private static io.payspec.crystalpay.v3.CreateInvoiceRequest crystalPayCreate() {
    return io.payspec.crystalpay.v3.CreateInvoiceRequest.builder()
        .amount(new BigDecimal("100"))
        .type(InvoiceType.TOPUP)
        .lifetime(1440)
        .currency("USD")
        .subtractFrom(SubtractFrom.AMOUNT)
        .build();
  }

  private static ErrorFlagFloor.CreateInvoice crystalPayFloorCreate() {
    return new ErrorFlagFloor.CreateInvoice(LOGIN, KEY, new BigDecimal("100"), "topup", 1440, "USD", "amount");
  }

  private static io.payspec.nordpay.v1.CreateInvoiceRequest nordPayCreate() {
    return io.payspec.nordpay.v1.CreateInvoiceRequest.builder()
        .currency("USDTBEP20")
        .amount(CurrencyAmount.of("200", "USD"))
        .expiresTime(30)
        .label("Order #123")
        .postbackUrl("https://example.com/postback")
        .successUrl("https://example.com/success")
        .build();
  }

  private static PlainJsonFloor.CreateInvoice nordPayFloorCreate() {
    return new PlainJsonFloor.CreateInvoice("USDTBEP20", "200 USD", 30, "Order #123",
        "https://example.com/postback", "https://example.com/success");
  }
}
