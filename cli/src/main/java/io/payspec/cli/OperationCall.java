package io.payspec.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.TransportException;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.meta.Operation;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one valid request through a {@link ClientCore} built from metadata alone (no per-provider code)
 * and turns the outcome into output and an exit code: the response on stdout; the one-line message of
 * an {@link ApiException} (exit 3) or a {@link TransportException} (exit 4) on stderr. Messages of
 * these exceptions never hold credentials.
 */
final class OperationCall {
  private final ResponsePrinter printer;

  OperationCall(ResponsePrinter printer) {
    this.printer = printer;
  }

  <Q, R> int send(Operation<Q, R> operation, Q request, String baseUrl, Duration timeout,
      Map<String, String> credentials, boolean json, Io io) {
    ClientCore core = core(operation, baseUrl, timeout, credentials);
    R response;
    try {
      response = core.call(operation, request);
    } catch (ValidationException e) {
      ViolationReport.print(io.err(), operation, e.violations());
      return ExitCode.USAGE;
    } catch (ApiException e) {
      io.err().println("payspec: " + e.getMessage());
      return ExitCode.PROVIDER_ERROR;
    } catch (TransportException e) {
      io.err().println("payspec: " + e.getMessage());
      return ExitCode.UNREACHABLE;
    } catch (PayspecException e) {
      io.err().println("payspec: " + e.getMessage());
      return ExitCode.FAILED;
    }
    try {
      printer.print(response, json, io.out());
    } catch (JsonProcessingException e) {
      io.err().println("payspec: the response cannot be printed: " + e.getOriginalMessage());
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }

  private static ClientCore core(Operation<?, ?> operation, String baseUrl, Duration timeout,
      Map<String, String> credentials) {
    ClientCore.Builder builder = ClientCore.builder(operation.provider());
    try {
      builder.baseUrl(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new UsageException(CommonOptions.BASE_URL + ": " + e.getMessage());
    }
    if (timeout != null) {
      builder.requestTimeout(timeout);
      builder.connectTimeout(timeout.compareTo(ClientBuilder.DEFAULT_CONNECT_TIMEOUT) < 0
          ? timeout : ClientBuilder.DEFAULT_CONNECT_TIMEOUT);
    }
    credentials.forEach(builder::credential);
    return builder.build();
  }
}
