package dev.crossmap.app;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Long work (importing, matching, writing a file) with what to do when it reports, succeeds or fails. A
 * {@link TaskExecutor} decides on which thread the work runs and where the callbacks are delivered; the work
 * itself never touches what the callbacks touch.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {
    /** The work itself; it may report a message and a fraction done through {@code report}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Report report) throws Exception;
    }

    /** What running work may tell its watchers. */
    public interface Report {
        void message(String text);

        /** A fraction between 0 and 1, or a negative number for "busy, no idea how long". */
        void progress(double fraction);
    }

    private final Work<T> work;
    private Consumer<String> onMessage = m -> { };
    private DoubleConsumer onProgress = p -> { };
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    /** Work that needs no report. */
    public static <T> BackgroundTask<T> of(WorkWithoutReport<T> work) {
        return new BackgroundTask<>(r -> work.call());
    }

    /** Work that reports messages or progress. */
    public static <T> BackgroundTask<T> reporting(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work that needs no report. */
    @FunctionalInterface
    public interface WorkWithoutReport<T> {
        T call() throws Exception;
    }

    public BackgroundTask<T> onMessage(Consumer<String> c) {
        this.onMessage = c;
        return this;
    }

    public BackgroundTask<T> onProgress(DoubleConsumer c) {
        this.onProgress = c;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> c) {
        this.onSuccess = c;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = c;
        return this;
    }

    /** Runs the work on the calling thread (executors call this on their worker). */
    public T call(Report report) throws Exception {
        return work.call(report);
    }

    public void succeeded(T value) {
        onSuccess.accept(value);
    }

    public void failed(Throwable t) {
        onFailure.accept(t);
    }

    public void message(String text) {
        onMessage.accept(text);
    }

    public void progress(double fraction) {
        onProgress.accept(fraction);
    }
}
