package io.payspec.benchmarks.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes synthetic descriptors in the vocabulary the {@code spec/} descriptors use, for measuring the
 * processor at scale: {@code providers} providers with {@code versions} versions each, the endpoints
 * dealt round-robin over them. Every fourth endpoint is a look-up ({@code GET} with a path
 * placeholder) that shares the payload of the endpoint before it, as the spec's {@code getInvoice}
 * shares its {@code Invoice}; the others declare a request with constraints of every kind (range,
 * length, size, e-mail, URL, required-with, a default, a query parameter), a nested request object,
 * a response with timestamps, nested objects and enums, request and response examples, and decisions.
 * One file per endpoint, as in {@code spec/}. Each such endpoint declares five enums of its own (the
 * worst case: 3,760 of the 9,288 generated files at 1,000 endpoints); with {@code sharedEnums}, the
 * first endpoint of each version declares them and the others use its, as the spec's
 * {@code CryptoCloudV2CreateInvoice.CryptoCurrency} serves every v2 endpoint (5,568 files).
 */
final class SyntheticDescriptors {
  private static final String Q3 = "\"\"\"";

  private final int endpoints;
  private final int providers;
  private final int versions;
  private final boolean sharedEnums;

  SyntheticDescriptors(int endpoints, int providers, int versions, boolean sharedEnums) {
    if (endpoints < providers * versions) {
      throw new IllegalArgumentException("need at least one endpoint per provider version (" + providers * versions + ")");
    }
    this.endpoints = endpoints;
    this.providers = providers;
    this.versions = versions;
    this.sharedEnums = sharedEnums;
  }

  /** Writes the sources under {@code root} and returns their paths. */
  List<Path> writeTo(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int p = 1; p <= providers; p++) {
      files.add(write(root, p, "Synth" + p, provider(p)));
    }
    int groups = providers * versions;
    int[] count = new int[groups];
    for (int i = 0; i < endpoints; i++) {
      int group = i % groups;
      int p = group / versions + 1;
      int v = group % versions + 1;
      int n = count[group]++;
      String name = "Synth" + p + "V" + v + "Op" + n;
      // A look-up every fourth endpoint, reusing the payload of the endpoint before it in its version.
      String source = n % 4 == 3 ? lookup(p, v, n, "Synth" + p + "V" + v + "Op" + (n - 1) + ".Op" + (n - 1) + "Result")
          : create(p, v, n);
      files.add(write(root, p, name, source));
    }
    return files;
  }

  private static Path write(Path root, int provider, String name, String source) throws IOException {
    Path file = root.resolve("bench/synth" + provider + "/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  private static String header(int p) {
    return "package bench.synth" + p + ";\n\n"
        + "import io.payspec.annotations.*;\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.util.List;\n\n";
  }

  private static String provider(int p) {
    return header(p) + """
        /** Synthetic provider %1$d. */
        @Provider(
            id = "synth%1$d",
            name = "Synth%1$d",
            baseUrl = "https://api.synth%1$d.test",
            javaPackage = "bench.gen.synth%1$d",
            description = "Synthetic payment gateway %1$d: invoices, look-ups and withdrawals, for measuring the processor.")
        @HeaderAuth(header = "Authorization", prefix = "Token ")
        public interface Synth%1$d {}
        """.formatted(p);
  }

  private String create(int p, int v, int n) {
    // With shared enums, the version's first endpoint declares them and the others use its.
    String enumOwner = sharedEnums && n > 0 ? "Synth" + p + "V" + v + "Op0." : "";
    int enumNumber = enumOwner.isEmpty() ? n : 0;
    String requestExample = "{\"shop_id\": \"shop-" + n + "\", \"amount\": 100.50, \"currency\": \"USD\", "
        + "\"email\": \"payer@example.com\", \"add_fields\": {\"time_to_pay\": {\"hours\": 24, \"minutes\": 0}, "
        + "\"available_currencies\": [\"BTC\", \"USDT_TRC20\"]}, \"tags\": [\"a\", \"b\"]}";
    String result = """
        {
            "status": "success",
            "result": {
                "uuid": "INV-%1$08d",
                "created": "2026-01-27 09:03:58.958133",
                "expiry_date": "2026-01-28 09:03:57.493361",
                "address": "0xb07427fc721C23674c48233ffE93D3846ee58B63",
                "amount": 0.034187,
                "amount_usd": 100.0,
                "fee": 1.499999996212864e-06,
                "status": "created",
                "link": "https://pay.synth.test/%1$08d",
                "test_mode": false,
                "currency": {"id": 3, "code": "ETH", "network": {"code": "ERC20", "id": 3, "fullname": "Ethereum"}},
                "project": {"id": 1, "name": "Test", "success": "https://shop.test/ok", "fail": "https://shop.test/ko"}
            }
        }""".formatted(n);
    StringBuilder s = new StringBuilder(header(p));
    s.append("""
        /** Synthetic endpoint %3$d of Synth%1$d v%2$d: creates something, with the whole vocabulary. */
        @Endpoint(
            provider = Synth%1$d.class,
            version = "v%2$d",
            operation = "createThing%3$d",
            path = "/v%2$d/thing%3$d/create",
            description = "Creates thing %3$d and returns its payment link (synthetic endpoint %3$d).",
            source = "synthetic/synth%1$d-v%2$d-op%3$d.md")
        @Envelope(EnvelopeKind.STATUS_AND_RESULT)
        @Errors(
            value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
            authenticationKeys = {"authorization"},
            authenticationMessages = {"Signature verification failed", "Invalid header padding"},
            unavailableStatuses = {406})
        @Decision(
            topic = DecisionTopic.TRANSPORT,
            page = "every page: \\"Authorization: Token <API KEY>\\"; one SDK sends Bearer",
            chosen = "Authorization: Token <key>",
            reason = "Every page documents the Token prefix; the SDK is alone and contradicts them.")
        """.formatted(p, v, n));
    s.append("@RequestExample(\n    name = \"page\",\n    body = ").append(Q3).append("\n        ").append(requestExample)
        .append(Q3).append(",\n    note = \"The cURL tab's body.\")\n");
    s.append("@ResponseExample(\n    name = \"created\",\n    body = ").append(Q3).append('\n')
        .append(result.indent(4)).append("    ").append(Q3).append(",\n    note = \"The page's 200 tab.\")\n");
    s.append("""
        @ResponseExample(
            name = "unauthorized",
            status = 401,
            body = %1$s
                {"status": "error", "result": {"authorization": "Unauthorized request."}}%1$s,
            outcome = ExampleOutcome.AUTHENTICATION_FAILED)
        @ResponseExample(
            name = "fields-missing",
            status = 400,
            body = %1$s
                {"status": "error", "result": {"amount": "amount not passed.", "shop_id": "shop_id not passed."}}%1$s,
            outcome = ExampleOutcome.INVALID_REQUEST)
        """.formatted(Q3));
    s.append("""
        public interface Synth%1$dV%2$dOp%3$d {
          @Request(description = "A request to create thing %3$d.")
          interface Op%3$dRequest {
            @Field(value = "shop_id", required = true, description = "Unique identifier of the store from the personal account")
            @MaxLength(64)
            String shopId();

            @Field(value = "amount", required = true, description = "Payment amount in the conversion currency")
            @Range(min = "0", minExclusive = true, max = "1000000")
            @Decision(topic = DecisionTopic.BOUNDS, page = "no bounds", chosen = "greater than 0, at most 1000000",
                reason = "An invoice for zero or less is meaningless.")
            BigDecimal amount();

            @Field(value = "currency", defaultValue = "USD", description = "Conversion currency of the amount; USD by default")
            %4$sFiat%5$d currency();

            @Field(value = "order_id", description = "Custom invoice number in the external system")
            @MaxLength(128)
            String orderId();

            @Field(value = "email", description = "Payer's email address")
            @Email
            String email();

            @Field(value = "success_url", description = "Where the payer returns after paying")
            @Url
            String successUrl();

            @Field(value = "period", description = "Report period; only together with email")
            @RequiresField("email")
            %4$sPeriod%5$d period();

            @Field(value = "add_fields", description = "Additional parameters")
            Op%3$dOptions addFields();

            @Field(value = "tags", description = "Labels of the invoice")
            @Size(min = 1, max = 10)
            List<String> tags();

            @Field(value = "locale", in = ParamIn.QUERY, description = "Language of the answer's messages")
            %4$sLanguage%5$d locale();
          }

          @WireObject(description = "Additional parameters of thing %3$d.")
          interface Op%3$dOptions {
            @Field(value = "time_to_pay", description = "Invoice lifetime")
            Op%3$dTimeToPay timeToPay();

            @Field(value = "available_currencies", description = "Available payment currencies")
            @Size(min = 1)
            List<%4$sCrypto%5$d> availableCurrencies();
          }

          @WireObject(description = "Invoice lifetime of thing %3$d, in hours and minutes.")
          interface Op%3$dTimeToPay {
            @Field(value = "hours", description = "Hours of the lifetime")
            @Range(min = "0")
            Integer hours();

            @Field(value = "minutes", description = "Minutes of the lifetime")
            @Range(min = "0", max = "59")
            Integer minutes();
          }

          @Response(description = "Thing %3$d as created.")
          interface Op%3$dResult {
            @Field(value = "uuid", description = "Unique identifier with the INV prefix")
            String uuid();

            @Field(value = "created", description = "Creation time in UTC, YYYY-MM-DD HH:MI:SS.FFFFFF")
            @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")
            Instant created();

            @Field(value = "expiry_date", description = "Expiry time in UTC, YYYY-MM-DD HH:MI:SS.FFFFFF")
            @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss[.SSSSSS]", zone = "UTC")
            @Decision(topic = DecisionTopic.TYPE, page = "YYYY-MM-DD HH:MI:SS.FFFFFF; one example without fraction",
                chosen = "the fraction optional", reason = "Both forms appear in the provider's examples.")
            Instant expiryDate();

            @Field(value = "address", nullable = true, description = "Payment address, once a currency is chosen")
            String address();

            @Field(value = "amount", description = "Amount in the selected cryptocurrency")
            BigDecimal amount();

            @Field(value = "amount_usd", description = "Amount in USD")
            BigDecimal amountUsd();

            @Field(value = "fee", description = "Transfer fee")
            BigDecimal fee();

            @Field(value = "status", description = "Status of the invoice")
            %4$sStatus%5$d status();

            @Field(value = "link", description = "Link to the payment page")
            String link();

            @Field(value = "test_mode", description = "Whether it is a test invoice")
            Boolean testMode();

            @Field(value = "currency", description = "The selected cryptocurrency, with its network")
            Op%3$dCurrency currency();

            @Field(value = "project", description = "The project it belongs to")
            Op%3$dProject project();
          }

          @WireObject(description = "The selected cryptocurrency of thing %3$d.")
          interface Op%3$dCurrency {
            @Field(value = "id", description = "Currency identifier")
            Integer id();

            @Field(value = "code", description = "Currency code, e.g. ETH")
            String code();

            @Field(value = "network", description = "The currency's network")
            Op%3$dNetwork network();
          }

          @WireObject(description = "A currency network of thing %3$d.")
          interface Op%3$dNetwork {
            @Field(value = "code", description = "Network code, e.g. ERC20")
            String code();

            @Field(value = "id", description = "Network identifier")
            Integer id();

            @Field(value = "fullname", description = "Network name")
            String fullname();
          }

          @WireObject(description = "The project of thing %3$d.")
          interface Op%3$dProject {
            @Field(value = "id", description = "Project identifier")
            Integer id();

            @Field(value = "name", description = "Project name")
            String name();

            @Field(value = "success", description = "URL after a successful payment")
            String success();

            @Field(value = "fail", description = "URL after a failed payment")
            String fail();
          }

        """.formatted(p, v, n, enumOwner, enumNumber));
    if (enumOwner.isEmpty()) {
      s.append("""
          @WireEnum(description = "Fiat currencies of thing %1$d.")
          enum Fiat%1$d {
            USD, EUR, GBP, RUB, UAH, KZT, TRY, AED, CNY, JPY
          }

          @WireEnum(description = "Payment currencies of thing %1$d.")
          enum Crypto%1$d {
            BTC, LTC, TRX, SOL, TON, BNB, ETH, USDT_TRC20, USDT_ERC20, USDT_BSC, USDC_ERC20, USDC_SOL, DAI_ERC20, XAUT_TON,
            PEPE_BSC, SHIB_ERC20
          }

          @WireEnum(description = "Report periods of thing %1$d.")
          enum Period%1$d {
            @WireValue("month")
            MONTH,
            @WireValue("week")
            WEEK,
            @WireValue("day")
            DAY
          }

          @WireEnum(description = "Languages of thing %1$d's messages.")
          enum Language%1$d {
            @WireValue(value = "en", description = "English")
            EN,
            @WireValue(value = "ru", description = "Russian")
            RU
          }

          @WireEnum(description = "Statuses of thing %1$d.")
          enum Status%1$d {
            @WireValue(value = "created", description = "Created")
            CREATED,
            @WireValue(value = "paid", description = "Paid")
            PAID,
            @WireValue(value = "partial", description = "Partially paid")
            PARTIAL,
            @WireValue(value = "overpaid", description = "Overpaid")
            OVERPAID,
            @WireValue(value = "canceled", description = "Canceled")
            CANCELED
          }
        """.formatted(n));
    }
    s.append("}\n");
    return s.toString();
  }

  private static String lookup(int p, int v, int n, String shared) {
    return header(p) + """
        /** Synthetic look-up %3$d of Synth%1$d v%2$d: a GET sharing the payload of the endpoint before it. */
        @Endpoint(
            provider = Synth%1$d.class,
            version = "v%2$d",
            operation = "getThing%3$d",
            method = HttpMethod.GET,
            path = "/v%2$d/thing%3$d/{uuid}",
            description = "Gets a thing by its identifier (synthetic endpoint %3$d).",
            source = "synthetic/synth%1$d-v%2$d-op%3$d.md",
            response = %4$s.class)
        @Errors(value = {ErrorShape.DETAIL}, authenticationMessages = {"Invalid API key"})
        @RequestExample(name = "page", path = "/v%2$d/thing%3$d/INV-00000001", query = "expand=true",
            note = "The page's cURL example.")
        @ResponseExample(name = "not-found", status = 404, outcome = ExampleOutcome.NOT_FOUND, body = %5$s
            {"detail": "Invoice does not exist"}%5$s)
        public interface Synth%1$dV%2$dOp%3$d {
          @Request(description = "Which thing to get.")
          interface Op%3$dRequest {
            @Field(value = "uuid", required = true, description = "The thing's identifier")
            @Decision(topic = DecisionTopic.TYPE, page = "a UUID or an INV- identifier", chosen = "a String",
                reason = "It holds either form; the service says which text it refuses.")
            String uuid();

            @Field(value = "expand", description = "Whether to include the project")
            Boolean expand();
          }
        }
        """.formatted(p, v, n, shared, Q3);
  }
}
