package dev.crossmap.app;

/**
 * Where {@link BackgroundTask}s run. The window's executor runs them on a worker thread and delivers their
 * callbacks on the UI thread; {@link SameThreadExecutor} runs them at once, for tests and headless use.
 */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);
}
