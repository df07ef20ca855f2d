package io.payspec.docs.cli;

import io.payspec.docs.diff.Comparison;
import io.payspec.docs.diff.DocsChecker;
import io.payspec.docs.diff.Severity;
import io.payspec.docs.page.PageFormatException;
import io.payspec.docs.report.Report;
import io.payspec.docs.spec.SpecEndpoint;
import io.payspec.docs.spec.Specs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code payspec docs check <page.md>...}: every difference between the pages and the spec, classified. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compare documentation pages with their endpoints in the spec (matched by method and URL).",
      "Each difference is breaking or non-breaking for users of the client, or a known decision of the spec.",
      "Exit code: 0 nothing at or above --fail-on, 1 something found, 2 bad usage or an unreadable page."
    })
public final class CheckCommand implements Callable<Integer> {
  /** What fails the check. */
  enum FailOn {
    breaking,
    any
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<page.md>", description = "GitBook markdown pages")
  List<Path> pages;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|markdown|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Report.Format format;

  @Option(names = "--fail-on", defaultValue = "breaking", paramLabel = "breaking|any",
      description = "Exit 1 when an unexplained difference at least this severe is found (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  private final Supplier<List<SpecEndpoint>> specs;

  /** Checks against the installed spec. */
  public CheckCommand() {
    this(Specs::installed);
  }

  CheckCommand(Supplier<List<SpecEndpoint>> specs) {
    this.specs = specs;
  }

  @Override
  public Integer call() {
    DocsChecker checker = new DocsChecker(specs.get());
    List<Comparison> comparisons = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path page : pages) {
      try {
        List<Comparison> found = checker.check(page);
        if (found.isEmpty()) {
          spec.commandLine().getErr().println("payspec docs check: " + page.getFileName()
              + ": describes no endpoint (no line with the method and the URL as code spans, like `POST` `https://...`): nothing compared");
        }
        comparisons.addAll(found);
      } catch (PageFormatException e) {
        errors.add(e.getMessage());
        spec.commandLine().getErr().println("payspec docs check: " + e.getMessage());
      }
    }
    Report.of(format).write(comparisons, errors, spec.commandLine().getOut());
    if (!errors.isEmpty()) {
      return DocsCommand.USAGE;
    }
    Severity threshold = failOn == FailOn.any ? Severity.NON_BREAKING : Severity.BREAKING;
    return comparisons.stream().anyMatch(c -> c.failsAt(threshold)) ? 1 : 0;
  }
}
