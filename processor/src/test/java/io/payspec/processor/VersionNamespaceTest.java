package io.payspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One provider version is one checked namespace of types: endpoints share what one declares, a clash
 * is reported on the second declaration, a broken endpoint drops only itself, and nothing limits the
 * number of endpoints in a version.
 */
class VersionNamespaceTest {
  private static final String HEADER = """
      package test;

      import io.payspec.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;
      import java.util.List;
      import java.util.Map;

      """;

  /** Create (declares Invoice and Currency), get by path (reuses Invoice), list by query (an array of it). */
  private static final String SHOP = HEADER + Descriptors.PROVIDER + """
      @Endpoint(provider = Acme.class, version = "v1", operation = "createInvoice", path = "/invoice/create")
      interface AcmeCreateInvoice {
        @Request interface CreateInvoiceRequest {
          @Field(value = "amount", required = true) BigDecimal amount();
          @Field("currency") Currency currency();
          @Field("items") @Size(max = 2) List<Item> items();
        }
        @WireObject interface Item {
          @Field(value = "name", required = true) @MaxLength(5) String name();
        }
        @Response interface Invoice {
          @Field("id") String id();
          @Field("currency") Currency currency();
          @Field("due") @Timestamp(pattern = "dd.MM.yyyy") LocalDate due();
          @Field("fees") Map<String, Fee> fees();
        }
        @WireObject interface Fee {
          @Field("amount") BigDecimal amount();
        }
        @WireEnum enum Currency { USD, EUR }
      }

      @Endpoint(provider = Acme.class, version = "v1", operation = "getInvoice", method = HttpMethod.GET,
          path = "/invoice/{id}", response = AcmeCreateInvoice.Invoice.class)
      interface AcmeGetInvoice {
        @Request interface GetInvoiceRequest {
          @Field(value = "id", required = true) String id();
        }
      }

      @Endpoint(provider = Acme.class, version = "v1", operation = "listInvoices", method = HttpMethod.GET,
          path = "/invoices", response = AcmeCreateInvoice.Invoice.class, responseShape = ResponseShape.LIST)
      interface AcmeListInvoices {
        @Request interface ListInvoicesRequest {
          @Field("currency[]") List<AcmeCreateInvoice.Currency> currencies();
          @Field("from") @Timestamp(pattern = "dd.MM.yyyy") LocalDate from();
        }
      }
      """;

  /** A payoff with its own key, a computed signature and personal data. */
  private static final String PAYOFF = """
      @Endpoint(provider = Acme.class, version = "v1", operation = "createPayoff", path = "/payoff")
      @HeaderAuth(header = "Authorization", prefix = "Token ", credential = "security_key")
      interface AcmeCreatePayoff {
        @Request interface CreatePayoffRequest {
          @Field(value = "amount", required = true) @Range(min = "1") BigDecimal amount();
          @Field(value = "wallet", required = true, sensitive = true) @Url String wallet();
          @Field(value = "signature", required = true)
          @Signature(template = "{amount}:{wallet}:{salt}", credential = "salt")
          String signature();
        }
        @Response interface Payoff {
          @Field("id") String id();
        }
      }
      """;

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new PayspecProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(sources);
  }

  private static String generated(Compilation compilation, String name) {
    try {
      return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void endpointsOfAVersionShareTheTypesDeclaredOnce() {
    Compilation compilation = compile(JavaFileObjects.forSourceString("test.Acme", SHOP));

    assertThat(compilation).succeededWithoutWarnings();
    String version = generated(compilation, "test.acme.v1.AcmeV1");
    assertTrue(version.contains("public Invoice getInvoice(GetInvoiceRequest request)"), version);
    assertTrue(version.contains("public List<Invoice> listInvoices(ListInvoicesRequest request)"), version);
    assertTrue(version.contains("ResponseShape.LIST"), version);
    assertTrue(version.contains("new FieldInfo(\"id\", FieldKind.STRING, false, true, null, List.of(), \"\",\n"
        + "            ParamIn.PATH"), version);
    assertTrue(version.contains("new FieldInfo(\"from\", FieldKind.DATE, false, false, null, List.of(), \"\",\n"
        + "            ParamIn.QUERY, \"dd.MM.yyyy\""), version);
    String invoice = generated(compilation, "test.acme.v1.Invoice");
    assertTrue(invoice.contains("public Map<String, Fee> fees()"), invoice);
    assertTrue(invoice.contains("Timestamps.responseDate(dueRaw, DUE_FORMAT, \"due\")"), invoice);
    String validator = generated(compilation, "test.acme.v1.CreateInvoiceRequest");
    assertTrue(validator.contains("public static final class Validator {"), validator);
    assertTrue(validator.contains("violations.each(\"items\", value.items(), Validator::check)"), validator);
    String listRequest = generated(compilation, "test.acme.v1.ListInvoicesRequest");
    assertTrue(listRequest.contains("@JsonProperty(\"from\")\n  private String fromWire()"), listRequest);
    assertEquals(1, compilation.generatedSourceFiles().stream().filter(f -> f.getName().endsWith("/Currency.java")).count());
  }

  @Test
  void operationCredentialsGetBuilderSettersAndComputedFieldsNone() {
    Compilation compilation = compile(JavaFileObjects.forSourceString("test.Acme", SHOP + PAYOFF));

    assertThat(compilation).succeededWithoutWarnings();
    String client = generated(compilation, "test.acme.AcmeClient");
    assertTrue(client.contains("List.of(\"api_key\", \"security_key\", \"salt\")"), client);
    assertTrue(client.contains("public Builder securityKey(String securityKey)"), client);
    assertTrue(client.contains("public Builder salt(String salt)"), client);
    String request = generated(compilation, "test.acme.v1.CreatePayoffRequest");
    assertFalse(request.contains("public Builder signature(String signature)"), request);
    assertTrue(request.contains("+ \", wallet=\" + (wallet == null ? \"null\" : \"****\")"), request);
    String validator = request.substring(request.indexOf("public static final class Validator {"));
    assertTrue(validator.contains("violations.url(\"wallet\", value.wallet(), true)"), validator);
    assertFalse(validator.contains("\"signature\", value.signature()"), validator);
    String version = generated(compilation, "test.acme.v1.AcmeV1");
    assertTrue(version.contains("AuthInfo.header(\"Authorization\", \"Token \", \"security_key\"),\n"
        + "        List.of(\"security_key\", \"salt\")"), version);
    assertTrue(version.contains("new SignatureInfo(\"{amount}:{wallet}:{salt}\", \"SHA-1\", \"salt\")"), version);
  }

  @Test
  void twoTypesWithOneNameInAVersionAreReportedOnTheSecondAndOnlyItsEndpointIsDropped() {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Acme", SHOP.replace(
        "  @Request interface GetInvoiceRequest {",
        "  @WireEnum enum Currency { GBP }\n  @Request interface GetInvoiceRequest {"));

    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(source, usesGenerated("ListInvoicesRequest"));

    assertThat(compilation).hadErrorContaining("[payspec:name-clash] version v1 already has a type named Currency"
        + " (Currency of AcmeCreateInvoice)").inFile(source).onLineContaining("@WireEnum enum Currency { GBP }");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A class that compiles only if the named request was generated: a failed compilation keeps its
   * generated files from the test, so this is how a test sees that a sound endpoint still got code.
   */
  private static JavaFileObject usesGenerated(String request) {
    return JavaFileObjects.forSourceString("test.Uses" + request, """
        package test;

        class Uses%1$s {
          test.acme.v1.%1$s request = test.acme.v1.%1$s.builder().build();
          test.acme.AcmeClient client;
        }
        """.formatted(request));
  }

  @Test
  void aMistakeInOneEndpointDropsThatEndpointOnly() {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Acme", SHOP.replace(
        "@Field(\"currency[]\") List<AcmeCreateInvoice.Currency> currencies();", "@Field(\"rate\") double rate();"));

    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(source, usesGenerated("GetInvoiceRequest"));
    Compilation dropped = javac().withProcessors(new PayspecProcessor()).compile(source, usesGenerated("ListInvoicesRequest"));

    assertThat(compilation).hadErrorContaining("[payspec:binary-float]").inFile(source).onLineContaining("double rate();");
    assertThat(compilation).hadErrorCount(1);
    assertThat(dropped).hadErrorContaining("ListInvoicesRequest");
  }

  @Test
  void aVersionOfTwoHundredAndTenEndpointsCompiles() {
    StringBuilder source = new StringBuilder(HEADER).append(Descriptors.PROVIDER);
    source.append("""
        @Endpoint(provider = Acme.class, version = "v1", operation = "op0", path = "/op/0")
        interface AcmeOp0 {
          @Request interface Op0Request {
            @Field(value = "amount", required = true, description = "Amount") @Range(min = "1") BigDecimal amount();
          }
          @Response interface Result {
            @Field("id") String id();
          }
        }
        """);
    for (int i = 1; i < 210; i++) {
      source.append("""
          @Endpoint(provider = Acme.class, version = "v1", operation = "op%1$d", path = "/op/%1$d",
              response = AcmeOp0.Result.class)
          interface AcmeOp%1$d {
            @Request interface Op%1$dRequest {
              @Field(value = "amount", required = true, description = "Amount") @Range(min = "1") BigDecimal amount();
            }
          }
          """.formatted(i));
    }

    Compilation compilation = javac().withProcessors(new PayspecProcessor())
        .compile(JavaFileObjects.forSourceString("test.Acme", source.toString()));

    assertThat(compilation).succeeded();
    assertTrue(generated(compilation, "test.acme.v1.AcmeV1").contains("public Result op209(Op209Request request)"));
  }

  @Test
  void anEndpointAddedToAProviderShippedOnTheClassPathIsRefused(@TempDir Path shipped) throws IOException {
    Compilation first = javac().withProcessors(new PayspecProcessor())
        .compile(Descriptors.source(Descriptors.PROVIDER, Descriptors.ENDPOINT));
    assertThat(first).succeeded();
    for (JavaFileObject file : first.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String uri = file.toUri().getPath();
        Path target = shipped.resolve(uri.substring(uri.indexOf("/test/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    JavaFileObject added = JavaFileObjects.forSourceString("test.AcmeRefund", """
        package test;

        import io.payspec.annotations.*;

        @Endpoint(provider = Acme.class, version = "v1", operation = "refund", path = "/refund")
        public interface AcmeRefund {
          @Request interface RefundRequest {
            @Field("id") String id();
          }
          @Response interface Refund {
            @Field("id") String id();
          }
        }
        """);

    Compilation second = javac().withProcessors(new PayspecProcessor())
        .withClasspath(List.of(shipped.toFile(), classpathOf(io.payspec.annotations.Endpoint.class),
            classpathOf(com.fasterxml.jackson.annotation.JsonProperty.class), classpathOf(io.payspec.runtime.ClientCore.class)))
        .compile(added);

    assertThat(second).hadErrorContaining("[payspec:provider-already-shipped] Acme is already generated on the class path"
        + " (test.acme.AcmeClient)").inFile(added).onLineContaining("public interface AcmeRefund");
    assertThat(second).hadErrorCount(1);
  }

  @Test
  void generateClientsReadsEveryDescriptorOfAPackageAndItsSubpackages(@TempDir Path compiled) throws IOException {
    String sub = (HEADER + Descriptors.PROVIDER + Descriptors.ENDPOINT).replace("package test;", "package test.sub;")
        .replace("javaPackage = \"test.acme\"", "javaPackage = \"gen.acme\"");
    Compilation spec = javac().withProcessors(new PayspecProcessor()).withOptions("-Apayspec.generate=false")
        .compile(JavaFileObjects.forSourceString("test.sub.Acme", sub));
    assertThat(spec).succeeded();
    copyOutput(spec, compiled);
    JavaFileObject clients = JavaFileObjects.forSourceString("app.Clients", """
        package app;

        @io.payspec.annotations.GenerateClients(packages = "test")
        final class Clients {}
        """);
    JavaFileObject empty = JavaFileObjects.forSourceString("app.Clients", """
        package app;

        @io.payspec.annotations.GenerateClients(packages = "nowhere")
        final class Clients {}
        """);
    List<java.io.File> classpath = List.of(compiled.toFile(), classpathOf(io.payspec.annotations.Endpoint.class),
        classpathOf(com.fasterxml.jackson.annotation.JsonProperty.class), classpathOf(io.payspec.runtime.ClientCore.class));

    Compilation generated = javac().withProcessors(new PayspecProcessor()).withClasspath(classpath).compile(clients);
    Compilation none = javac().withProcessors(new PayspecProcessor()).withClasspath(classpath).compile(empty);

    assertThat(generated).succeeded();
    assertThat(generated).generatedSourceFile("gen.acme.AcmeClient").isNotNull();
    assertThat(none).hadErrorContaining("[payspec:empty-package] @GenerateClients packages names nowhere, where the class"
        + " path holds no @Endpoint descriptor").inFile(empty).onLineContaining("@io.payspec.annotations.GenerateClients");
  }

  /** Writes the class files and resources a compilation produced under {@code target}, as a class path entry. */
  static void copyOutput(Compilation compilation, Path target) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      if (!uri.contains("/CLASS_OUTPUT/")) {
        continue;
      }
      Path out = target.resolve(uri.substring(uri.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
      Files.createDirectories(out.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, out);
      }
    }
  }

  private static java.io.File classpathOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
