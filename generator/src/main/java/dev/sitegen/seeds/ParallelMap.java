package dev.sitegen.seeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on a pool: one task per thread, each taking the next
 * item until none is left. A task (and queue entry, and future) per item would be hundreds of
 * thousands of objects on a large site, created up front and outliving young collections.
 */
public final class ParallelMap {

    private ParallelMap() {
    }

    /**
     * The results in the items' order. The first exception a call throws is rethrown once every
     * thread has stopped; items not yet started are then skipped.
     */
    @SuppressWarnings("unchecked")
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function, ExecutorService pool, int threads) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Future<?>> workers = new ArrayList<>(threads);
        for (int t = 0; t < Math.min(threads, items.size()); t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                    try {
                        results[i] = function.apply(items.get(i));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            Futures.get(w);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return (List<R>) Arrays.asList(results);
    }
}
