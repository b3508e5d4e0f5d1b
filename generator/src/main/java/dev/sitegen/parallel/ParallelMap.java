package dev.sitegen.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on a pool: one task per thread, each taking the next
 * item until none is left. A task (and queue entry, and future) per item would be hundreds of
 * thousands of objects on a large site, created up front and outliving young collections.
 */
public final class ParallelMap {

    private static final long TICK_MILLIS = 200;

    private ParallelMap() {
    }

    /** As {@link #map(List, Function, ExecutorService, int, Runnable)}, with nothing to do while waiting. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function, ExecutorService pool, int threads) {
        return map(items, function, pool, threads, () -> { });
    }

    /**
     * The results in the items' order. Returns only once every thread has stopped, even when
     * interrupted or when a call fails, so that nothing is still running when the caller cleans up.
     * The first exception or error a call throws is then rethrown; items not yet started are skipped.
     *
     * @param waiting run every 200 ms while the calling thread waits, e.g. to report progress
     */
    @SuppressWarnings("unchecked")
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function, ExecutorService pool, int threads,
                                     Runnable waiting) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> workers = new ArrayList<>(threads);
        for (int t = 0; t < Math.min(threads, items.size()); t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                    try {
                        results[i] = function.apply(items.get(i));
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        boolean interrupted = false;
        for (Future<?> w : workers) {
            while (true) {
                try {
                    w.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    waiting.run();
                } catch (InterruptedException e) {
                    interrupted = true; // still wait; the flag is set again once all stopped
                    failure.compareAndSet(null, new IllegalStateException("interrupted", e));
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        } else if (failed != null) {
            throw new IllegalStateException(failed);
        }
        return (List<R>) Arrays.asList(results);
    }
}
