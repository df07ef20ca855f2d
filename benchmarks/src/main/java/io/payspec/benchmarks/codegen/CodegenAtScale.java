package io.payspec.benchmarks.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The annotation processor at scale: writes synthetic descriptors ({@link SyntheticDescriptors},
 * 1,000 endpoints over 4 providers of 2 versions by default) into a temporary directory, then
 * compiles them in fresh JVMs ({@link CompileProbe}), in turn (a) with plain javac, the annotations
 * and runtime on the class path and no processor ({@code -proc:none}); (b) with payspec's processor
 * on the processor path, which also compiles the code it generates; and (c) with plain javac again
 * on the same sources (b) compiled in the end, the descriptors and the generated code. (b) / (a) is
 * what a team pays for using payspec at all; (b) / (c) is what the processor adds on top of
 * compiling its output (reading, writing and javac's annotation-processing mode), the ratio the
 * issue's reference figures describe; and (d) with {@link ReplayProcessor}, which hands javac the
 * files (b) generated through the Filer and does nothing else: (d) / (c) is what javac's
 * annotation-processing mode costs for that output alone, the floor for any processor that writes
 * it, and (b) / (d) is what payspec's own code adds. It prints each run and a table of process CPU
 * time, peak heap after GC and wall time, with each run's ratios.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" io.payspec.benchmarks.codegen.CodegenAtScale
 * </pre>
 *
 * Options: {@code --endpoints N}, {@code --providers N}, {@code --versions N}, {@code --runs N} (each
 * configuration, default 3), {@code --jvm-arg ARG} (repeatable, for the child JVMs, e.g.
 * {@code -Xmx2g}), {@code --javac-arg ARG} (repeatable, for all four compilations, e.g.
 * {@code --limit-modules}), {@code --processor-path PATH} (another build of the processor, with the annotations
 * jar and JavaPoet, to compare two builds), {@code --live-set MILLIS} (after the timed runs, one more
 * run of each configuration with a full collection every so many milliseconds, for the largest live
 * set: what a compilation needs at least, where peak heap after GC also counts the garbage that young
 * collections leave in the old generation), {@code --shared-enums} (each version's enums declared once
 * and used by all its endpoints, as {@code spec/} shares them, instead of five per endpoint),
 * {@code --keep} (leave the directory, to profile a run by hand).
 */
public final class CodegenAtScale {
  private static final String PLAIN = "javac";
  private static final String PAYSPEC = "payspec";
  private static final String PLAIN_ALL = "javac-all";
  private static final String REPLAY = "replay";

  private CodegenAtScale() {}

  /**
   * Runs the comparison and prints the table.
   *
   * @param args the options above
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> options = new LinkedHashMap<>(Map.of("endpoints", "1000", "providers", "4", "versions", "2", "runs", "3",
        "live-set", "0"));
    List<String> jvmArgs = new ArrayList<>();
    List<String> javacArgs = new ArrayList<>();
    boolean keep = false;
    boolean sharedEnums = false;
    String processorPathOption = null;
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (name.equals("keep")) {
        keep = true;
      } else if (name.equals("shared-enums")) {
        sharedEnums = true;
      } else if (name.equals("jvm-arg") && i + 1 < args.length) {
        jvmArgs.add(args[++i]);
      } else if (name.equals("javac-arg") && i + 1 < args.length) {
        javacArgs.add(args[++i]);
      } else if (name.equals("processor-path") && i + 1 < args.length) {
        processorPathOption = args[++i];
      } else if (options.containsKey(name) && i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        System.err.println("usage: CodegenAtScale [--endpoints N] [--providers N] [--versions N] [--runs N]"
            + " [--jvm-arg ARG]... [--javac-arg ARG]... [--processor-path PATH] [--live-set MILLIS] [--shared-enums] [--keep]");
        System.exit(2);
      }
    }
    int endpoints = Integer.parseInt(options.get("endpoints"));
    int runs = Integer.parseInt(options.get("runs"));
    long liveSetMillis = Long.parseLong(options.get("live-set"));
    Path dir = Files.createTempDirectory("payspec-codegen-");
    List<Path> sources = new SyntheticDescriptors(endpoints, Integer.parseInt(options.get("providers")),
        Integer.parseInt(options.get("versions")), sharedEnums).writeTo(dir.resolve("src"));
    Path argFile = dir.resolve("sources.txt");
    Files.write(argFile, sources.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    String classPath = String.join(java.io.File.pathSeparator, jarOf("io.payspec.annotations.Endpoint"),
        jarOf("io.payspec.runtime.ClientCore"), jarOf("com.fasterxml.jackson.databind.ObjectMapper"),
        jarOf("com.fasterxml.jackson.core.JsonParser"), jarOf("com.fasterxml.jackson.annotation.JsonProperty"));
    // The processor jar of a packaged build holds JavaPoet, relocated; target/classes needs the JavaPoet jar.
    String processorPath = jarOf("io.payspec.processor.PayspecProcessor") + java.io.File.pathSeparator
        + jarOf("io.payspec.annotations.Endpoint");
    if (hasClass("com.palantir.javapoet.JavaFile")) {
      processorPath += java.io.File.pathSeparator + jarOf("com.palantir.javapoet.JavaFile");
    }
    if (processorPathOption != null) {
      processorPath = processorPathOption;
    }
    System.out.printf(Locale.ROOT, "%d endpoints in %d files under %s; JDK %s, %d CPUs; child JVM args %s; extra javac args %s%n",
        endpoints, sources.size(), dir, Runtime.version(), Runtime.getRuntime().availableProcessors(), jvmArgs, javacArgs);

    Map<String, List<Run>> results = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (Map.Entry<String, Run> result : runConfigs(dir, String.valueOf(run), jvmArgs, javacArgs, classPath, processorPath, argFile).entrySet()) {
        results.computeIfAbsent(result.getKey(), k -> new ArrayList<>()).add(result.getValue());
      }
    }
    Map<String, Run> live = Map.of();
    if (liveSetMillis > 0) {
      // Not timed: the full collections that sample the live set cost CPU of their own.
      List<String> sampling = new ArrayList<>(jvmArgs);
      sampling.add("-D" + CompileProbe.LIVE_SET_PROPERTY + "=" + liveSetMillis);
      live = runConfigs(dir, "live", sampling, javacArgs, classPath, processorPath, argFile);
    }
    System.out.println();
    System.out.println(table(results));
    if (!live.isEmpty()) {
      Map<String, List<Run>> sampled = new LinkedHashMap<>();
      live.forEach((config, run) -> sampled.put(config, List.of(run)));
      System.out.print(row("peak live set (a full GC every " + liveSetMillis + " ms, one run), MB", sampled, r -> r.liveMb(), "%.0f"));
    }
    if (!keep) {
      delete(dir);
    }
  }

  /** Compiles (a), (b), (c) and (d) once each, in turn, in directories named after {@code label}, and prints each. */
  private static Map<String, Run> runConfigs(Path dir, String label, List<String> jvmArgs, List<String> javacArgs, String classPath,
      String processorPath, Path argFile) throws IOException, InterruptedException {
    Map<String, Run> results = new LinkedHashMap<>();
    for (String config : List.of(PLAIN, PAYSPEC, PLAIN_ALL, REPLAY)) {
      Path out = dir.resolve(config + "-" + label);
      List<String> javac = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
          "-cp", classPath, "-d", out.resolve("classes").toString()));
      javac.addAll(javacArgs);
      Path generatedByPayspec = dir.resolve(PAYSPEC + "-" + label).resolve("generated");
      if (config.equals(PAYSPEC)) {
        javac.addAll(List.of("-processorpath", processorPath, "-s", out.resolve("generated").toString(), "@" + argFile));
      } else if (config.equals(REPLAY)) {
        // javac's processing mode alone: the same files through the Filer, from a processor that does nothing else.
        javac.addAll(List.of("-processorpath", jarOf(ReplayProcessor.class.getName()), "-processor", ReplayProcessor.class.getName(),
            "-A" + ReplayProcessor.FROM_OPTION + "=" + generatedByPayspec, "-s", out.resolve("generated").toString(),
            "@" + argFile));
      } else {
        javac.addAll(List.of("-proc:none", "@" + argFile));
      }
      if (config.equals(PLAIN_ALL)) {
        // The same sources as the payspec run compiled in the end: the descriptors and what it generated.
        Path all = dir.resolve("generated-" + label + ".txt");
        try (Stream<Path> files = Files.walk(generatedByPayspec)) {
          Files.write(all, files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList(), StandardCharsets.UTF_8);
        }
        javac.add("@" + all);
      }
      Run result = probe(jvmArgs, javac, out);
      results.put(config, result);
      System.out.printf(Locale.ROOT, "run %s %-10s cpu %6.1f s (javac %5.1f, JIT %5.1f, GC %4.1f)  wall %6.1f s  peak heap after GC"
              + " %5d MB%s  (%d GCs, max heap %d MB, %d generated sources)%n", label, config, result.cpuSeconds(),
          result.mainSeconds(), result.jitSeconds(), result.gcSeconds(), result.wallSeconds(), result.peakMb(),
          result.liveMb() < 0 ? "" : String.format(Locale.ROOT, "  peak live set %5d MB", result.liveMb()),
          result.collections(), result.maxHeapMb(), count(out.resolve("generated")));
    }
    return results;
  }

  /**
   * One child JVM's figures; {@code liveMb} is -1 when the live set was not sampled, the CPU of
   * javac's thread, the JIT and the collector ({@link ThreadCpu}) -1 where {@code /proc} is missing.
   */
  record Run(double cpuSeconds, double wallSeconds, long peakMb, long collections, long maxHeapMb, long liveMb,
      double mainSeconds, double jitSeconds, double gcSeconds) {}

  private static Run probe(List<String> jvmArgs, List<String> javacArgs, Path out) throws IOException, InterruptedException {
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", jarOf(CompileProbe.class.getName()), CompileProbe.class.getName()));
    command.addAll(javacArgs);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int exit = process.waitFor();
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : output.substring(output.lastIndexOf('\n') + 1).split(" ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    if (exit != 0 || !values.containsKey("cpuNanos")) {
      throw new IllegalStateException("compilation failed (exit " + exit + "): " + output);
    }
    return new Run(Long.parseLong(values.get("cpuNanos")) / 1e9, Long.parseLong(values.get("wallNanos")) / 1e9,
        Long.parseLong(values.get("peakHeapAfterGc")) >> 20, Long.parseLong(values.get("collections")),
        Long.parseLong(values.get("maxHeap")) >> 20,
        values.containsKey("peakLiveSet") ? Long.parseLong(values.get("peakLiveSet")) >> 20 : -1,
        seconds(values, "mainNanos"), seconds(values, "jitNanos"), seconds(values, "gcNanos"));
  }

  private static double seconds(Map<String, String> values, String key) {
    return values.containsKey(key) ? Long.parseLong(values.get(key)) / 1e9 : -1;
  }

  /**
   * The ratio table in Markdown: medians, and the ranges over the runs. The ratios of two
   * configurations are each run's own ratio (the runs of one round are neighbours in time, so they
   * share the machine's state), median and range.
   */
  static String table(Map<String, List<Run>> results) {
    return "| measure (median of " + results.get(PAYSPEC).size() + " runs, range) | (b) payspec processor"
        + " | (a) plain javac, descriptors | (c) plain javac, descriptors + generated"
        + " | (d) javac's processing mode alone, replaying (b)'s files | (b) / (a) | (b) / (c) | (d) / (c) | (b) / (d) |\n"
        + "|---|---|---|---|---|---|---|---|---|\n"
        + row("process CPU, s", results, Run::cpuSeconds, "%.1f")
        + (results.get(PAYSPEC).get(0).mainSeconds() < 0 ? ""
            : row("javac's thread CPU, s", results, Run::mainSeconds, "%.1f")
            + row("JIT threads CPU, s", results, Run::jitSeconds, "%.1f")
            + row("collector threads CPU, s", results, Run::gcSeconds, "%.1f"))
        + row("peak heap after GC, MB", results, r -> r.peakMb(), "%.0f")
        + row("wall time, s", results, Run::wallSeconds, "%.1f");
  }

  private static String row(String label, Map<String, List<Run>> results, ToDoubleFunction<Run> measure, String format) {
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", label,
        range(values(results, PAYSPEC, measure), format), range(values(results, PLAIN, measure), format),
        range(values(results, PLAIN_ALL, measure), format), range(values(results, REPLAY, measure), format),
        ratio(results, PAYSPEC, PLAIN, measure), ratio(results, PAYSPEC, PLAIN_ALL, measure),
        ratio(results, REPLAY, PLAIN_ALL, measure), ratio(results, PAYSPEC, REPLAY, measure));
  }

  private static double[] values(Map<String, List<Run>> results, String config, ToDoubleFunction<Run> measure) {
    return results.get(config).stream().mapToDouble(measure).toArray();
  }

  /** Each run's {@code top / bottom}: the median, with the range when there is more than one run. */
  private static String ratio(Map<String, List<Run>> results, String top, String bottom, ToDoubleFunction<Run> measure) {
    double[] t = values(results, top, measure);
    double[] b = values(results, bottom, measure);
    double[] ratios = new double[Math.min(t.length, b.length)];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = t[i] / b[i];
    }
    return range(ratios, "%.2fx");
  }

  private static String range(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    String median = String.format(Locale.ROOT, format, median(values));
    return sorted.length == 1 ? median : median + String.format(Locale.ROOT, " (" + format + "-" + format + ")",
        sorted[0], sorted[sorted.length - 1]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The jar or directory a class is loaded from, found by name so that nothing here links against it. */
  private static String jarOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, CodegenAtScale.class.getClassLoader());
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException(className + " is not on the class path; run with benchmarks/target/lib/*", e);
    }
  }

  private static boolean hasClass(String className) {
    try {
      Class.forName(className, false, CodegenAtScale.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).count();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
