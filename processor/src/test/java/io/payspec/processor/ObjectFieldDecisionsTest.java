package io.payspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.payspec.runtime.meta.DecisionInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @Decision} on an object-typed field, which the operation metadata lists through its members
 * only, still reaches the operation's decisions, named by the field's wire path; so does one on an
 * object nested in another, on either side, next to the endpoint's and its types' own decisions.
 */
class ObjectFieldDecisionsTest {
  private static final JavaFileObject SOURCE = JavaFileObjects.forSourceString("test.Acme", """
      package test;

      import io.payspec.annotations.*;
      import java.math.BigDecimal;

      """ + Descriptors.PROVIDER + """
      @Endpoint(provider = Acme.class, version = "v1", operation = "createInvoice", path = "/invoice/create")
      @Decision(topic = DecisionTopic.TRANSPORT, page = "/invoice/create/", chosen = "/invoice/create", reason = "endpoint")
      interface AcmeCreateInvoice {
        @Request
        @Decision(topic = DecisionTopic.TYPE, field = "amount", page = "float", chosen = "BigDecimal", reason = "type")
        interface CreateRequest {
          @Field(value = "amount", required = true) BigDecimal amount();

          @Field("payer")
          @Decision(topic = DecisionTopic.TYPE, page = "array", chosen = "an object", reason = "object field")
          Payer payer();
        }

        @WireObject interface Payer {
          @Field("email")
          @Decision(topic = DecisionTopic.BOUNDS, page = "no rule", chosen = "any text", reason = "leaf field")
          String email();

          @Field("address")
          @Decision(topic = DecisionTopic.REQUIRED, page = "required", chosen = "optional", reason = "nested field")
          Address address();
        }

        @WireObject interface Address {
          @Field("city") String city();
        }

        @Response interface Created {
          @Field("id") String id();

          @Field("fees")
          @Decision(topic = DecisionTopic.TYPE, field = "charges", page = "string", chosen = "an object",
              reason = "named response field")
          Fees fees();
        }

        @WireObject interface Fees {
          @Field("total") BigDecimal total();
        }
      }
      """);

  @Test
  void decisionsOnObjectFieldsReachTheOperationMetadataNamedByTheirPath(@TempDir Path classes) throws Exception {
    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(SOURCE);
    assertThat(compilation).succeededWithoutWarnings();
    VersionNamespaceTest.copyOutput(compilation, classes);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ObjectFieldDecisionsTest.class.getClassLoader())) {
      ProviderModule acme = ServiceLoader.load(ProviderModule.class, loader).stream().map(ServiceLoader.Provider::get)
          .filter(module -> module.provider().id().equals("acme")).findFirst().orElseThrow();
      Operation<?, ?> operation = acme.operations().get(0);

      assertEquals(List.of("TRANSPORT  endpoint", "TYPE amount type", "TYPE payer object field",
              "REQUIRED payer.address nested field", "TYPE charges named response field"),
          operation.decisions().stream().map(ObjectFieldDecisionsTest::summary).toList());
      assertEquals(List.of("BOUNDS  leaf field"), operation.requestFields().stream()
          .filter(field -> field.path().equals("payer.email")).flatMap(field -> field.decisions().stream())
          .map(ObjectFieldDecisionsTest::summary).toList());
    }
  }

  @Test
  void theObjectFieldsAccessorStillDocumentsItsDecision() {
    Compilation compilation = javac().withProcessors(new PayspecProcessor()).compile(SOURCE);

    assertThat(compilation).generatedSourceFile("test.acme.v1.CreateRequest").contentsAsUtf8String()
        .contains("Departs from the page: <em>page:</em> array; <em>chosen:</em> an object; <em>because</em> object field");
  }

  private static String summary(DecisionInfo decision) {
    return decision.topic() + " " + decision.field() + " " + decision.reason();
  }
}
