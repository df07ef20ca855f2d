package io.payspec.docs.cli;

import io.payspec.docs.page.Page;
import io.payspec.docs.page.PageFormatException;
import io.payspec.docs.page.PageReader;
import io.payspec.docs.scaffold.Draft;
import io.payspec.docs.scaffold.DraftWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code payspec docs scaffold <page.md>}: a draft annotated descriptor for a page the spec does not cover. */
@Command(
    name = "scaffold",
    mixinStandardHelpOptions = true,
    description = {
      "Draft an annotated descriptor (provider and endpoint interfaces) from a documentation page:",
      "every field with its wire name, type, required flag, description, enum values and bounds, and the",
      "page's examples. What could not be decided is marked `// TODO(maintainer): ...`."
    })
public final class ScaffoldCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<page.md>", description = "a GitBook markdown page")
  Path page;

  @Option(names = "--package", paramLabel = "<java.package>",
      description = "Package of the descriptor (default: io.payspec.spec.<provider>).")
  String javaPackage;

  @Option(names = "--endpoint", defaultValue = "1", paramLabel = "<n>",
      description = "Which endpoint of the page, when it describes several (default: ${DEFAULT-VALUE}).")
  int endpoint;

  @Option(names = "--out", paramLabel = "<dir>",
      description = "Source root to write the files under (default: print them).")
  Path out;

  @Override
  public Integer call() throws IOException {
    Page read;
    try {
      read = new PageReader().read(page);
    } catch (PageFormatException e) {
      spec.commandLine().getErr().println("payspec docs scaffold: " + e.getMessage());
      return DocsCommand.USAGE;
    }
    if (endpoint < 1 || endpoint > read.endpoints().size()) {
      spec.commandLine().getErr().println("payspec docs scaffold: " + page.getFileName() + " describes "
          + read.endpoints().size() + " endpoint(s); --endpoint " + endpoint + " is not one of them");
      return DocsCommand.USAGE;
    }
    Draft draft = DraftWriter.draft(read, read.endpoints().get(endpoint - 1), javaPackage);
    for (Map.Entry<String, String> file : draft.files().entrySet()) {
      if (out == null) {
        spec.commandLine().getOut().println("// ---- " + file.getKey());
        spec.commandLine().getOut().println(file.getValue());
      } else {
        Path target = out.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + target);
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
