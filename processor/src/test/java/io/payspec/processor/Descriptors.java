package io.payspec.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** A small valid descriptor that each diagnostic test breaks in one place. */
final class Descriptors {
  static final String PROVIDER = """
      @Provider(id = "acme", name = "Acme", baseUrl = "https://api.acme.test", javaPackage = "test.acme")
      @HeaderAuth(header = "X-Key")
      interface Acme {}
      """;

  static final String ENDPOINT = """
      @Endpoint(provider = Acme.class, version = "v1", operation = "createInvoice", path = "/invoice/create")
      interface AcmeCreateInvoice {
        @Request
        interface CreateRequest {
          @Field(value = "amount", required = true)
          BigDecimal amount();

          @Field("currency")
          Currency currency();

          @Field("label")
          String label();
        }

        @Response
        interface Created {
          @Field("id")
          String id();
        }

        @WireEnum
        enum Currency {
          USD,
          EUR
        }
      }
      """;

  private Descriptors() {}

  /** A compilable file {@code test/Acme.java} holding the provider and the endpoint. */
  static JavaFileObject source(String provider, String endpoint) {
    return JavaFileObjects.forSourceString("test.Acme", """
        package test;

        import io.payspec.annotations.*;
        import java.math.BigDecimal;
        import java.util.List;

        """ + provider + "\n" + endpoint);
  }

  /** The valid descriptor with one text replaced in the endpoint. */
  static JavaFileObject endpointWith(String target, String replacement) {
    if (!ENDPOINT.contains(target)) {
      throw new IllegalArgumentException("fixture does not contain: " + target);
    }
    return source(PROVIDER, ENDPOINT.replace(target, replacement));
  }

  /** The valid descriptor with one text replaced in the provider. */
  static JavaFileObject providerWith(String target, String replacement) {
    if (!PROVIDER.contains(target)) {
      throw new IllegalArgumentException("fixture does not contain: " + target);
    }
    return source(PROVIDER.replace(target, replacement), ENDPOINT);
  }
}
