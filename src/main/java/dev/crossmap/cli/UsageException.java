package dev.crossmap.cli;

/** Arguments that do not fit a command's usage; the CLI answers with exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
