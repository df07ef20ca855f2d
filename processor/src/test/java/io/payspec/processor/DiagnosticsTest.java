package io.payspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mistake in a descriptor is one compile error, on the offending line, with a message a user
 * understands and a stable tag; never a stack trace.
 */
class DiagnosticsTest {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("path placeholder with no field",
            Descriptors.endpointWith("path = \"/invoice/create\")", "path = \"/invoice/{payment_id}\")"),
            "[payspec:path-placeholder-without-field] path '/invoice/{payment_id}' has a {payment_id} placeholder, but"
                + " CreateRequest has no field with wire name 'payment_id' to fill it",
            "@Endpoint(provider = Acme.class"),
        Arguments.of("path field with no placeholder",
            Descriptors.endpointWith("@Field(\"label\")", "@Field(value = \"label\", in = ParamIn.PATH)"),
            "[payspec:path-field-without-placeholder] label() travels in the path, but path '/invoice/create' has no"
                + " {label} placeholder",
            "in = ParamIn.PATH"),
        Arguments.of("response extending a list",
            Descriptors.endpointWith("interface Created {", "interface Created extends List<String> {"),
            "[payspec:response-extends] Created extends java.util.List<java.lang.String>: a response is described by its"
                + " own @Field methods only",
            "interface Created extends"),
        Arguments.of("malformed example body",
            Descriptors.endpointWith("interface AcmeCreateInvoice {",
                "@ResponseExample(name = \"ok\", body = \"{\\\"id\\\": }\")\ninterface AcmeCreateInvoice {"),
            "[payspec:malformed-example] example 'ok' is not well-formed JSON: an invalid value at character 8",
            "interface AcmeCreateInvoice {"),
        Arguments.of("signature template naming no field",
            Descriptors.endpointWith("@Field(\"label\")",
                "@Signature(template = \"{amount}:{nope}:{salt}\", credential = \"salt\") @Field(\"label\")"),
            "[payspec:bad-signature-template] @Signature template of label() has {nope}, which is neither the credential"
                + " 'salt' nor another plain field of CreateRequest",
            "@Signature(template"),
        Arguments.of("duplicate wire name",
            Descriptors.endpointWith("@Field(\"label\")", "@Field(value = \"currency\", description = \"again\")"),
            "[payspec:duplicate-wire-name] wire name 'currency' of label() is already used by currency() in CreateRequest",
            "description = \"again\""),
        Arguments.of("exactly-one-of naming a missing field",
            Descriptors.endpointWith("@Request\n", "@Request\n  @ExactlyOneOf({\"currency\", \"currencies\"})\n"),
            "[payspec:exactly-one-of-missing-field] @ExactlyOneOf names 'currencies', which is not a field of CreateRequest",
            "interface CreateRequest"),
        Arguments.of("exactly-one-of with a required field",
            Descriptors.endpointWith("@Request\n", "@Request\n  @ExactlyOneOf({\"amount\", \"label\"})\n"),
            "[payspec:exactly-one-of-required-field] amount is required, so it cannot be one of an @ExactlyOneOf group",
            "BigDecimal amount();"),
        Arguments.of("range with min above max",
            Descriptors.endpointWith("BigDecimal amount();", "@Range(min = \"10\", max = \"5\") BigDecimal amount();"),
            "[payspec:range-min-above-max] @Range of amount() has min 10 above max 5: no value fits",
            "@Range(min = \"10\", max = \"5\")"),
        Arguments.of("range bound that is not a number",
            Descriptors.endpointWith("BigDecimal amount();", "@Range(min = \"ten\") BigDecimal amount();"),
            "[payspec:bad-range-bound] @Range min 'ten' of amount() is not a decimal number",
            "@Range(min = \"ten\")"),
        Arguments.of("range on a string",
            Descriptors.endpointWith("String label();", "@Range(max = \"5\") String label();"),
            "[payspec:range-on-non-number] @Range on label(), which is not a number",
            "@Range(max = \"5\")"),
        Arguments.of("max length on a number",
            Descriptors.endpointWith("BigDecimal amount();", "@MaxLength(10) BigDecimal amount();"),
            "[payspec:max-length-on-non-string] @MaxLength on amount(), which is not a String: bound numbers with @Range",
            "@MaxLength(10)"),
        Arguments.of("size on a single value",
            Descriptors.endpointWith("String label();", "@Size(min = 2) String label();"),
            "[payspec:size-on-non-list] @Size on label(), which is not a List",
            "@Size(min = 2)"),
        Arguments.of("email on a number",
            Descriptors.endpointWith("BigDecimal amount();", "@Email BigDecimal amount();"),
            "[payspec:format-on-non-string] @Email on amount(), which is not a String",
            "@Email BigDecimal amount();"),
        Arguments.of("enum constant that needs a wire value",
            Descriptors.endpointWith("EUR\n", "eur\n"),
            "[payspec:enum-needs-wire-value] constant 'eur' is not UPPER_SNAKE_CASE: name it EUR and give its wire value with @WireValue(\"eur\")",
            "eur"),
        Arguments.of("enum without values",
            Descriptors.endpointWith("USD,\n    EUR\n", ""),
            "[payspec:enum-without-values] @WireEnum Currency has no constants: list the documented wire values",
            "enum Currency"),
        Arguments.of("enum that is not a @WireEnum",
            Descriptors.endpointWith("@WireEnum\n", ""),
            "[payspec:enum-without-wire-enum] currency() uses enum Currency, which is not annotated @WireEnum",
            "Currency currency();"),
        Arguments.of("duplicate wire value",
            Descriptors.endpointWith("EUR\n", "@WireValue(\"USD\") EURO\n"),
            "[payspec:duplicate-wire-value] wire value 'USD' of EURO is already used by another constant of Currency",
            "EURO"),
        Arguments.of("reserved UNKNOWN constant",
            Descriptors.endpointWith("EUR\n", "UNKNOWN\n"),
            "[payspec:reserved-enum-constant] UNKNOWN is reserved",
            "UNKNOWN"),
        Arguments.of("money as a binary float",
            Descriptors.endpointWith("BigDecimal amount();", "double amount();"),
            "[payspec:binary-float] amount() is a double, a binary float that cannot hold amounts exactly: use java.math.BigDecimal",
            "double amount();"),
        Arguments.of("unsupported field type",
            Descriptors.endpointWith("String label();", "java.util.Map<String, String> label();"),
            "[payspec:map-in-request] label() is a Map in a request; maps are read from responses only",
            "java.util.Map<String, String> label();"),
        Arguments.of("field named like a method of the request type",
            Descriptors.endpointWith("String label();", "String checkedByBuild();"),
            "[payspec:reserved-member-name] checkedByBuild() is a method the generated request type has of its own:"
                + " name the field otherwise (its wire name is what @Field says)",
            "String checkedByBuild();"),
        Arguments.of("primitive field",
            Descriptors.endpointWith("String id();", "int id();"),
            "[payspec:primitive-type] id() is a primitive int, which cannot be absent",
            "int id();"),
        Arguments.of("field without @Field",
            Descriptors.endpointWith("@Field(\"label\")\n", ""),
            "[payspec:missing-field-annotation] label() has no @Field: give its wire name, e.g. @Field(\"label\")",
            "String label();"),
        Arguments.of("missing base URL",
            Descriptors.providerWith("baseUrl = \"https://api.acme.test\"", "baseUrl = \"\""),
            "[payspec:missing-base-url] @Provider baseUrl is empty",
            "@Provider("),
        Arguments.of("base URL with a trailing slash",
            Descriptors.providerWith("baseUrl = \"https://api.acme.test\"", "baseUrl = \"https://api.acme.test/\""),
            "[payspec:bad-base-url] @Provider baseUrl 'https://api.acme.test/' must be an absolute http(s) URL",
            "@Provider("),
        Arguments.of("provider without auth",
            Descriptors.providerWith("@HeaderAuth(header = \"X-Key\")\n", ""),
            "[payspec:missing-auth] provider Acme must say how it authenticates: add @HeaderAuth or @BodyAuth",
            "@Provider("),
        Arguments.of("endpoint without request",
            Descriptors.endpointWith("@Request\n", ""),
            "[payspec:unmarked-nested-type] CreateRequest is nested in endpoint AcmeCreateInvoice but is none of",
            "interface CreateRequest"),
        Arguments.of("path without leading slash",
            Descriptors.endpointWith("path = \"/invoice/create\"", "path = \"invoice/create\""),
            "[payspec:bad-path] @Endpoint path 'invoice/create' must start with '/'",
            "@Endpoint("),
        Arguments.of("constraint on a response field",
            Descriptors.endpointWith("String id();", "@MaxLength(5) String id();"),
            "[payspec:constraint-on-response] id() is a response field",
            "@MaxLength(5) String id();"),
        Arguments.of("default that is not an enum value",
            Descriptors.endpointWith("@Field(\"currency\")", "@Field(value = \"currency\", defaultValue = \"GBP\")"),
            "[payspec:bad-default] default 'GBP' of currency() is not one of [USD, EUR]",
            "defaultValue = \"GBP\""),
        Arguments.of("requires naming a missing field",
            Descriptors.endpointWith("String label();", "@RequiresField(\"email\") String label();"),
            "[payspec:requires-missing-field] @RequiresField(\"email\") on label names no other field of CreateRequest",
            "@RequiresField(\"email\")"),
        Arguments.of("instant with a zone-less pattern and no zone",
            Descriptors.endpointWith("String id();", "@Timestamp(pattern = \"yyyy-MM-dd HH:mm:ss\") java.time.Instant id();"),
            "[payspec:timestamp-without-zone] id() is an Instant read with a zone-less pattern",
            "@Timestamp(pattern"),
        Arguments.of("invalid timestamp pattern",
            Descriptors.endpointWith("String id();", "@Timestamp(pattern = \"yyyy-MM-dd {\", zone = \"UTC\") java.time.Instant id();"),
            "[payspec:bad-timestamp-pattern] @Timestamp pattern 'yyyy-MM-dd {' of id() is invalid",
            "@Timestamp(pattern"),
        Arguments.of("error field without field messages",
            Descriptors.endpointWith("interface AcmeCreateInvoice {",
                "@Envelope(value = EnvelopeKind.STATUS_AND_RESULT, resultField = \"data\", errorField = \"result\")\n"
                    + "@Errors(ErrorShape.DETAIL)\ninterface AcmeCreateInvoice {"),
            "[payspec:error-field-without-field-messages] @Envelope errorField 'result' of AcmeCreateInvoice is where"
                + " FIELD_MESSAGES errors are read, but its @Errors has no ErrorShape.FIELD_MESSAGES",
            "@Envelope(value"),
        Arguments.of("error key in two classes",
            Descriptors.endpointWith("interface AcmeCreateInvoice {",
                "@Errors(value = ErrorShape.FIELD_MESSAGES, authenticationKeys = \"token\",\n"
                    + "    rateLimitKeys = {\"rate_limit\", \"TOKEN\"})\ninterface AcmeCreateInvoice {"),
            "[payspec:error-key-conflict] @Errors key 'TOKEN' of AcmeCreateInvoice is in authenticationKeys and in"
                + " rateLimitKeys: an error has one class",
            "@Errors(value"),
        Arguments.of("blank error key",
            Descriptors.endpointWith("interface AcmeCreateInvoice {",
                "@Errors(value = ErrorShape.FIELD_MESSAGES, notFoundKeys = \" \")\ninterface AcmeCreateInvoice {"),
            "[payspec:blank-error-key] @Errors notFoundKeys of AcmeCreateInvoice has a blank key",
            "@Errors(value"),
        Arguments.of("version that is not an identifier",
            Descriptors.endpointWith("version = \"v1\"", "version = \"1.0\""),
            "[payspec:bad-version] @Endpoint version '1.0' must be a lower-case identifier",
            "@Endpoint("));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void reportsTheMistakeOnItsLine(String mistake, JavaFileObject source, String message, String line) {
    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void theValidFixtureCompilesCleanly() {
    Compilation compilation = javac()
        .withProcessors(new PayspecProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.acme.AcmeClient").isNotNull();
  }

  @Test
  void reportsEveryMistakeOfOneDescriptorAtOnce() {
    JavaFileObject source = Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT
        .replace("BigDecimal amount();", "double amount();")
        .replace("String label();", "@Size(min = 2) String label();"));

    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(source);

    assertThat(compilation).hadErrorContaining("[payspec:binary-float]").inFile(source).onLineContaining("double amount();");
    assertThat(compilation).hadErrorContaining("[payspec:size-on-non-list]").inFile(source).onLineContaining("@Size(min = 2)");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void checkOnlyModeReportsMistakesButWritesNothing() {
    Compilation valid = javac()
        .withProcessors(new PayspecProcessor())
        .withOptions("-Apayspec.generate=false")
        .compile(Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT));
    Compilation broken = javac()
        .withProcessors(new PayspecProcessor())
        .withOptions("-Apayspec.generate=false")
        .compile(Descriptors.endpointWith("BigDecimal amount();", "double amount();"));

    assertThat(valid).succeeded();
    assertEquals(0, valid.generatedSourceFiles().size());
    assertThat(broken).hadErrorContaining("[payspec:binary-float]");
  }
}
