package io.payspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A notification descriptor's mistakes are compile errors on the offending line, and its documented
 * delivery policy reaches the generated verifier's metadata and Javadoc.
 */
class NotificationDiagnosticsTest {
  static final String NOTIFICATION = """
      @Notification(provider = Acme.class, version = "v1", name = "postback", description = "Sent when an invoice is paid.")
      @SecretField(field = "secret", credential = "postback_secret")
      @NotificationDelivery(attempts = 5, acknowledgedBy = {200, 202}, answerWithinSeconds = 10, retryDelaySeconds = 60,
          retryDelayGrowth = NotificationDelivery.Growth.LINEAR, source = "the page's retries section")
      @ResponseExample(name = "paid", body = "{\\"secret\\": \\"s\\", \\"id\\": \\"INV-1\\", \\"status\\": \\"paid\\"}")
      interface AcmePostback {
        @Response(description = "The paid invoice.")
        interface Paid {
          @Field("secret")
          String secret();

          @Field("id")
          String id();

          @Field("status")
          String status();
        }
      }
      """;

  static JavaFileObject valid() {
    return Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT + "\n" + NOTIFICATION);
  }

  static JavaFileObject notificationWith(String target, String replacement) {
    if (!NOTIFICATION.contains(target)) {
      throw new IllegalArgumentException("fixture does not contain: " + target);
    }
    return Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT + "\n" + NOTIFICATION.replace(target, replacement));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("no verification scheme",
            notificationWith("@SecretField(field = \"secret\", credential = \"postback_secret\")\n", ""),
            "[payspec:verification-scheme] notification AcmePostback needs exactly one of @JwtSigned, @SecretField,"
                + " @DigestSigned (it has 0)",
            "interface AcmePostback {"),
        Arguments.of("digest template without the secret",
            notificationWith("@SecretField(field = \"secret\", credential = \"postback_secret\")",
                "@DigestSigned(field = \"secret\", template = \"{id}\", credential = \"salt\")"),
            "[payspec:unsigned-template] @DigestSigned template '{id}' does not contain {salt}",
            "@DigestSigned(field"),
        Arguments.of("JWT subject field that is not in the body",
            notificationWith("@SecretField(field = \"secret\", credential = \"postback_secret\")",
                "@JwtSigned(field = \"secret\", credential = \"key\", subjectClaim = \"id\", subjectField = \"invoice\")"),
            "[payspec:unknown-field] @JwtSigned subjectField 'invoice' is not a field of Paid",
            "@JwtSigned(field"),
        Arguments.of("no delivery attempt",
            notificationWith("attempts = 5", "attempts = 0"),
            "[payspec:bad-delivery] @NotificationDelivery attempts must be at least 1 (the first try counts), not 0",
            "@NotificationDelivery("),
        Arguments.of("acknowledging status that is no HTTP status",
            notificationWith("acknowledgedBy = {200, 202}", "acknowledgedBy = {200, 2000}"),
            "[payspec:bad-delivery] @NotificationDelivery acknowledgedBy lists 2000, which is not an HTTP status (100 to 599)",
            "@NotificationDelivery("),
        Arguments.of("acknowledging status listed twice",
            notificationWith("acknowledgedBy = {200, 202}", "acknowledgedBy = {200, 200}"),
            "[payspec:bad-delivery] @NotificationDelivery acknowledgedBy lists 200 twice",
            "@NotificationDelivery("),
        Arguments.of("no time to answer",
            notificationWith("answerWithinSeconds = 10", "answerWithinSeconds = 0"),
            "[payspec:bad-delivery] @NotificationDelivery answerWithinSeconds must be at least 1, not 0",
            "@NotificationDelivery("),
        Arguments.of("negative retry delay",
            notificationWith("retryDelaySeconds = 60", "retryDelaySeconds = -1"),
            "[payspec:bad-delivery] @NotificationDelivery retryDelaySeconds must not be negative, not -1",
            "@NotificationDelivery("),
        Arguments.of("delivery policy on something that is not a notification",
            Descriptors.endpointWith("interface AcmeCreateInvoice {",
                "@NotificationDelivery(attempts = 2, answerWithinSeconds = 5)\ninterface AcmeCreateInvoice {"),
            "[payspec:delivery-without-notification] @NotificationDelivery describes how a @Notification is delivered,"
                + " but AcmeCreateInvoice is not one",
            "@NotificationDelivery("));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void reportsTheMistakeOnItsLine(String mistake, JavaFileObject source, String message, String line) {
    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void theDocumentedDeliveryReachesTheMetadataAndTheJavadoc() throws IOException {
    Compilation compilation = javac()
        .withProcessors(new PayspecProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(valid());

    assertThat(compilation).succeededWithoutWarnings();
    String verifier = compilation.generatedSourceFile("test.acme.v1.PostbackVerifier").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(verifier.contains("new DeliveryInfo(5, List.of(200, 202), Duration.ofSeconds(10), Duration.ofSeconds(60),"
        + " NotificationDelivery.Growth.LINEAR, true, \"the page's retries section\")"), verifier);
    assertTrue(verifier.contains("<p>Answer {@code 200} or {@code 202} within 10 s to acknowledge it; otherwise it is sent"
        + " again, 5 tries at most, the n-th retry n times 60 s after the try before it."), verifier);
  }

  @Test
  void withoutADocumentedDeliveryTheVerifierSaysSo() throws IOException {
    Compilation compilation = javac().withProcessors(new PayspecProcessor())
        .compile(notificationWith("""
            @NotificationDelivery(attempts = 5, acknowledgedBy = {200, 202}, answerWithinSeconds = 10, retryDelaySeconds = 60,
                retryDelayGrowth = NotificationDelivery.Growth.LINEAR, source = "the page's retries section")
            """, ""));

    assertThat(compilation).succeeded();
    String verifier = compilation.generatedSourceFile("test.acme.v1.PostbackVerifier").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(verifier.contains("DeliveryInfo.UNDOCUMENTED,"), verifier);
    assertTrue(verifier.contains("The provider documents no retries and no expected answer"), verifier);
  }
}
