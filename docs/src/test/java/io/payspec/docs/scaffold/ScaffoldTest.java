package io.payspec.docs.scaffold;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.docs.ProviderDocs;
import io.payspec.docs.page.Page;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import io.payspec.docs.page.PageReader;
import io.payspec.docs.spec.Specs;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs scaffold} on each seed invoice-create page: the draft compiles with the payspec
 * processor, its generated request writes the page's example request as the page's JSON, and its
 * generated response decodes the page's successful response.
 */
class ScaffoldTest {
  private final ObjectMapper mapper = Json.mapper();

  static List<String> seedPages() {
    return ProviderDocs.seedPages();
  }

  @ParameterizedTest
  @MethodSource("seedPages")
  void theDraftCompilesAndItsRequestWritesThePageExample(String name) throws Exception {
    Page page = new PageReader().read(ProviderDocs.page(name));
    PageEndpoint endpoint = page.endpoints().get(0);
    String pkg = "draft." + name.replace(".md", "").replaceAll("[^a-z0-9]+", "_").toLowerCase(Locale.ROOT);
    Draft draft = DraftWriter.draft(page, endpoint, pkg);
    CompiledDraft compiled = new CompiledDraft(draft);
    assertThat(compiled.compilation).succeededWithoutWarnings();

    Operation<?, ?> operation = compiled.operation(pkg + ".client", draft.providerType());
    JsonNode example = RequestDraft.example(endpoint, Specs.of(operation).credentialFields());
    String source = draft.files().get(pkg.replace('.', '/') + "/" + draft.endpointType() + ".java");
    if (example == null) {
      assertTrue(source.contains("// TODO(maintainer): the page shows no request body example"), source);
    } else {
      Object request = mapper.treeToValue(example, operation.requestType());
      assertEquals(mapper.readTree(mapper.writeValueAsString(example)),
          mapper.readTree(mapper.writeValueAsString(request)), name);
    }
    PageExample success = endpoint.responseExamples().stream()
        .filter(e -> e.readable() && e.status() == 200).findFirst().orElseThrow();
    assertEquals(List.of(), Specs.of(operation).examples().response(200, success.json()), name);
  }
}
