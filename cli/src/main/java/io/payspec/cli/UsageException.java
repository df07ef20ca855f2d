package io.payspec.cli;

/** The command line is wrong; the message says how, on one line, and never holds a credential. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
