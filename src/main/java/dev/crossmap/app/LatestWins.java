package dev.crossmap.app;

/**
 * A lane of tasks where only the last one submitted is delivered: when the user changes the document again
 * before an older re-match ends, the older result is dropped instead of overwriting the newer one.
 */
public final class LatestWins {
    private final TaskExecutor executor;
    private long latest;

    public LatestWins(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs the task; its success or failure is delivered only if no other task was submitted since. */
    public <T> void submit(BackgroundTask<T> task) {
        long mine = ++latest;
        executor.execute(BackgroundTask.<T>reporting(task::call)
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
