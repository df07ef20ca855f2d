package io.payspec.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.validation.Violation;
import io.payspec.sandbox.Sandbox;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code payspec <provider> [<version>] <operation> [options]} for any operation of any provider, from
 * its metadata alone: options from the request fields and credentials, a request read into the
 * generated type without validation, the generated validator (violations, together with every option
 * value that does not convert: one report, exit 2, nothing sent), then the call.
 */
final class OperationCommand implements Command {
  private final Operation<?, ?> operation;
  private final String invocation;
  private final ObjectMapper mapper = Json.mapper();
  private final RequestOptions fields;
  private final CredentialOptions credentials;
  private final List<OptionSpec> common;
  private final List<ProviderModule> served;

  /**
   * @param operation the operation to call
   * @param invocation how it was invoked, for the help: {@code payspec cryptocloud v2 create-invoice}
   * @param served the providers an in-process sandbox ({@code --sandbox}) serves
   */
  OperationCommand(Operation<?, ?> operation, String invocation, List<ProviderModule> served) {
    this.operation = operation;
    this.invocation = invocation;
    this.served = List.copyOf(served);
    this.fields = new RequestOptions(operation, mapper);
    this.credentials = new CredentialOptions(operation);
    this.common = CommonOptions.specs(operation.provider());
  }

  /** Every option the command takes: the fields', the credentials', then the common ones; its help lists exactly these. */
  List<OptionSpec> options() {
    List<OptionSpec> accepted = new ArrayList<>(fields.specs());
    accepted.addAll(credentials.specs());
    accepted.addAll(common);
    return accepted;
  }

  @Override
  public int run(List<String> args, Io io) {
    if (ParsedOptions.wantsHelp(args)) {
      OperationHelp.print(io.out(), invocation, operation, fields.specs(), credentials.specs(), common);
      return ExitCode.OK;
    }
    ParsedOptions options = ParsedOptions.parse(args, options());
    if (options.has(CommonOptions.SANDBOX) && options.has(CommonOptions.BASE_URL)) {
      throw new UsageException(CommonOptions.SANDBOX + " and " + CommonOptions.BASE_URL + " exclude each other");
    }
    return send(operation, fields.body(options), options, io);
  }

  private <Q, R> int send(Operation<Q, R> typed, RequestOptions.Body body, ParsedOptions options, Io io) {
    Q request;
    try {
      request = mapper.treeToValue(body.json(), typed.requestType());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new UsageException("the options do not make a " + typed.displayName() + " request: " + e.getMessage());
    }
    List<Violation> violations = body.withRuleViolations(typed.validator().apply(request));
    if (!violations.isEmpty()) {
      ViolationReport.print(io.err(), typed, violations);
      return ExitCode.USAGE;
    }
    Duration timeout = CommonOptions.timeout(options);
    boolean json = options.has(CommonOptions.JSON);
    OperationCall call = new OperationCall(new ResponsePrinter(mapper));
    if (!options.has(CommonOptions.SANDBOX)) {
      Map<String, String> given = credentials.resolve(options, io.env(), Map.of());
      String baseUrl = options.value(CommonOptions.BASE_URL).orElse(typed.provider().baseUrl());
      return call.send(typed, request, baseUrl, timeout, given, json, io);
    }
    try (Sandbox sandbox = Sandbox.builder().modules(served).start()) {
      Map<String, String> given = credentials.resolve(options, Map.of(), sandbox.credentials(typed.provider().id()));
      return call.send(typed, request, sandbox.baseUrl(), timeout, given, json, io);
    } catch (UncheckedIOException e) {
      io.err().println("payspec: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }
}
