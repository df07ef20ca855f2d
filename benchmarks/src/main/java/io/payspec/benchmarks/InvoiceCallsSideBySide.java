package io.payspec.benchmarks;

import io.payspec.benchmarks.floor.HandWrittenFloor;
import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.cryptocloud.v2.CryptoCurrency;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.GetInvoicesRequest;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.cryptocloud.v2.TimeToPay;
import io.payspec.runtime.ClientPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * CryptoCloud v2 create-invoice and look-up, the request and response paths of payspec's generated
 * client beside the hand-written {@link HandWrittenFloor}, from the documented examples. Benchmarks
 * come in pairs named {@code <operation>_<path>_payspec} and {@code <operation>_<path>_floor};
 * {@link SideBySide} runs them and prints the ratios. The calls end to end are in {@link CallsSideBySide}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class InvoiceCallsSideBySide {
  private static final String API_KEY = "benchmark-key";
  private static final List<String> UUIDS = List.of("INV-89UX09KA");

  private ExampleServer server;
  private ClientPaths paths;
  private byte[] createdBody;
  private byte[] invoicesBody;

  @Setup
  public void setUp() throws IOException {
    server = new ExampleServer(List.of(CryptoCloudV2.CREATE_INVOICE, CryptoCloudV2.GET_INVOICES));
    paths = new ClientPaths(Map.of("api_key", API_KEY), server.baseUrl());
    createdBody = ExampleServer.successExample(CryptoCloudV2.CREATE_INVOICE);
    invoicesBody = ExampleServer.successExample(CryptoCloudV2.GET_INVOICES);
  }

  @TearDown
  public void tearDown() {
    server.close();
  }

  /** Build (which checks every rule), the call-time check and the request written as sent, as a call does. */
  @Benchmark
  public byte[] createInvoice_request_payspec() throws IOException {
    return paths.write(CryptoCloudV2.CREATE_INVOICE, payspecCreate());
  }

  /** Build, check by hand and write the body. */
  @Benchmark
  public byte[] createInvoice_request_floor() throws IOException {
    return HandWrittenFloor.write(floorCreate());
  }

  /** The documented example's bytes to the typed invoice, envelope and drift handling included. */
  @Benchmark
  public Invoice createInvoice_response_payspec() {
    return paths.read(CryptoCloudV2.CREATE_INVOICE, createdBody);
  }

  /** The documented example's bytes to the hand-written invoice. */
  @Benchmark
  public HandWrittenFloor.Invoice createInvoice_response_floor() throws IOException {
    return HandWrittenFloor.readInvoice(createdBody);
  }




  /** Build, validate and write the look-up body. */
  @Benchmark
  public byte[] getInvoices_request_payspec() throws IOException {
    return paths.write(CryptoCloudV2.GET_INVOICES, GetInvoicesRequest.builder().uuids(UUIDS).build());
  }

  /** Build, check by hand and write the look-up body. */
  @Benchmark
  public byte[] getInvoices_request_floor() throws IOException {
    return HandWrittenFloor.write(new HandWrittenFloor.GetInvoices(UUIDS));
  }

  /** The documented example's bytes to the typed list. */
  @Benchmark
  public List<Invoice> getInvoices_response_payspec() {
    return paths.read(CryptoCloudV2.GET_INVOICES, invoicesBody);
  }

  /** The documented example's bytes to the hand-written list. */
  @Benchmark
  public List<HandWrittenFloor.Invoice> getInvoices_response_floor() throws IOException {
    return HandWrittenFloor.readInvoices(invoicesBody);
  }




  private static CreateInvoiceRequest payspecCreate() {
    return CreateInvoiceRequest.builder()
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

  private static HandWrittenFloor.CreateInvoice floorCreate() {
    HandWrittenFloor.CreateInvoice request = new HandWrittenFloor.CreateInvoice(
        "xBAivfPIbskwuEWj", new BigDecimal("100"), "USD", "ORDER_93223", "payer@example.com",
        new HandWrittenFloor.AddFields(new HandWrittenFloor.TimeToPay(24, 0),
            List.of("USDT_TRC20", "ETH", "BTC"), null));
    return request;
  }
}
