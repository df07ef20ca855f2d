package io.payspec.cli;

/** The exit codes of {@code payspec}, as its help lists them. */
final class ExitCode {
  /** The command did what was asked. */
  static final int OK = 0;
  /** Something else failed (the sandbox could not listen, an unexpected error). */
  static final int FAILED = 1;
  /** Bad usage, or a request that breaks documented rules: nothing was sent. */
  static final int USAGE = 2;
  /** The provider answered with an error. */
  static final int PROVIDER_ERROR = 3;
  /** The provider could not be reached, or did not answer in time. */
  static final int UNREACHABLE = 4;
  /** A notification is not authentic (verify-notification). */
  static final int NOT_AUTHENTIC = 5;

  private ExitCode() {}

  /** The lines {@code --help} shows. */
  static String describe() {
    return "Exit codes: 0 success; 2 bad usage or an invalid request (nothing sent); 3 the provider answered with an error;\n"
        + "            4 the provider could not be reached or did not answer in time; 5 a notification is not authentic;\n"
        + "            1 anything else.";
  }
}
