package dev.crossmap.outline;

/**
 * Input that cannot be imported at all (missing, binary, malformed XML, a DTD). Its message reads
 * {@code file:line: problem}, ready to show a user.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file    file name or path as the user gave it
     * @param line    1-based line of the problem, or 0 for the whole file
     * @param problem what is wrong, e.g. "not a text file (binary data at byte 12)"
     */
    public ImportException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public ImportException(String file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
