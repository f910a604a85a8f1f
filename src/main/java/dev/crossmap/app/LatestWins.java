package dev.crossmap.app;

/**
 * A lane of tasks where only the last one submitted is delivered: when the user changes the document again
 * before an older re-match ends, the older result is dropped instead of overwriting the newer one.
 */
public final class LatestWins {
    private final TaskExecutor executor;
    private long latest;
    /** The run of the task submitted last, cancelled when another is submitted. */
    private Superseded current;

    public LatestWins(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Runs the task; its success or failure is delivered only if no other task was submitted since. Submitting
     * another cancels it: it does not start, or its thread is interrupted (a match stops between topics).
     */
    public <T> void submit(BackgroundTask<T> task) {
        long mine = ++latest;
        if (current != null) {
            current.cancel();
        }
        Superseded run = new Superseded();
        current = run;
        executor.execute(BackgroundTask.<T>reporting(report -> run.run(() -> task.call(report)))
                .onMessage(task::message)
                .onProgress(task::progress)
                .onSuccess(v -> {
                    if (mine == latest) {
                        task.succeeded(v);
                    }
                })
                .onFailure(t -> {
                    if (mine == latest) {
                        task.failed(t);
                    }
                }));
    }
}
