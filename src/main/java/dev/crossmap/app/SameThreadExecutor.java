package dev.crossmap.app;

/** Runs each task at once on the calling thread, callbacks included: tests need no toolkit and no waiting. */
public final class SameThreadExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T value;
        try {
            value = task.call(new BackgroundTask.Report() {
                @Override
                public void message(String text) {
                    task.message(text);
                }

                @Override
                public void progress(double fraction) {
                    task.progress(fraction);
                }
            });
        } catch (Exception | Error e) {
            // as the window's executor does: any failure (a map too big for the heap included) reaches the task
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}
