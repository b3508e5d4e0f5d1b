package dev.sitegen.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a task, rethrowing what it threw as it was thrown. */
public final class Futures {

    private Futures() {
    }

    public static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
