package io.payspec.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.CryptoCurrency;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.cryptocloud.v2.TimeToPay;
import io.payspec.runtime.json.Json;
import java.math.BigDecimal;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a call costs on this side of the wire: building and validating a CryptoCloud v2 request,
 * writing it as JSON, and reading the page's example invoice.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main ClientHotPath
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClientHotPathBenchmark {
  private static final String INVOICE = """
      {"uuid": "INV-89UX09KA", "created": "2026-01-27 09:03:58.958133", "address": "0xb07427fc721C23674c48233ffE93D3846ee58B63",
       "expiry_date": "2026-01-28 09:03:57.493361", "side_commission": "client", "side_commission_service": "merchant",
       "type_payments": "crypto", "amount": 0.034187, "amount_usd": 100.0, "amount_in_fiat": 100.0,
       "fee": 1.499999996212864e-06, "fee_usd": 0.0, "service_fee": 0.00065, "service_fee_usd": 1.9, "fiat_currency": "USD",
       "status": "created", "is_email_required": false, "link": "https://pay.cryptocloud.plus/89UX09KA", "invoice_id": null,
       "currency": {"id": 3, "code": "ETH", "fullcode": "ETH", "network": {"code": "ERC20", "id": 3,
         "icon": "https://cdn.cryptocloud.plus/img/network/ERC.svg", "fullname": "Ethereum"}, "name": "Ethereum",
         "is_email_required": false, "stablecoin": false, "order": 9},
       "project": {"id": 1, "name": "Test", "fail": "https://test.com/failed-payment",
         "success": "https://test.com/successful-payment", "logo": null},
       "test_mode": false}""";

  private ObjectMapper mapper;
  private CreateInvoiceRequest request;
  private JsonNode invoiceTree;

  @Setup
  public void setUp() throws JsonProcessingException {
    mapper = Json.mapper();
    request = build();
    invoiceTree = mapper.readTree(INVOICE);
  }

  /** Builder plus every documented rule. */
  @Benchmark
  public CreateInvoiceRequest buildAndValidateRequest() {
    return build();
  }

  /** The request body as the client sends it. */
  @Benchmark
  public byte[] writeRequestJson() throws JsonProcessingException {
    return mapper.writeValueAsBytes(request);
  }

  /** The page's example invoice, from bytes to the typed object. */
  @Benchmark
  public Invoice readInvoiceJson() throws JsonProcessingException {
    return mapper.treeToValue(mapper.readTree(INVOICE), Invoice.class);
  }

  /** From an already parsed tree, as the client does after reading the envelope. */
  @Benchmark
  public Invoice bindInvoiceTree() throws JsonProcessingException {
    return mapper.treeToValue(invoiceTree, Invoice.class);
  }

  private static CreateInvoiceRequest build() {
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
}
