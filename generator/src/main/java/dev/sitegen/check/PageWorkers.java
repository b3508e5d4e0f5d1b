package dev.sitegen.check;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads, scans and (optionally) validates every page on a few threads. Each thread sets up its own
 * {@link HtmlValidator} once and reuses it; results come back in the order of the input list.
 */
final class PageWorkers {

    /** The result for one page. */
    record PageResult(ScannedPage page, List<CheckProblem> htmlErrors, int htmlWarnings) {
        PageResult {
            htmlErrors = List.copyOf(htmlErrors);
        }
    }

    /** Jing's schema compilation recurses deeply; vnu asks for at least 512k of stack. */
    private static final long STACK_SIZE = 4L * 1024 * 1024;

    private final int threads;
    private final boolean validateHtml;

    PageWorkers(int threads, boolean validateHtml) {
        this.threads = threads;
        this.validateHtml = validateHtml;
    }

    List<PageResult> run(SiteFiles files, List<String> pages) {
        int workers = Math.max(1, Math.min(threads, pages.size()));
        AtomicReferenceArray<PageResult> results = new AtomicReferenceArray<>(pages.size());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, threadFactory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> work(files, pages, next, results)));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        List<PageResult> ordered = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            ordered.add(results.get(i));
        }
        return ordered;
    }

    private void work(SiteFiles files, List<String> pages, AtomicInteger next, AtomicReferenceArray<PageResult> results) {
        PageScanner scanner = new PageScanner();
        HtmlValidator validator = null;
        int i;
        while ((i = next.getAndIncrement()) < pages.size()) {
            String file = pages.get(i);
            byte[] content = files.read(file);
            ScannedPage page = scanner.scan(file, new String(content, StandardCharsets.UTF_8));
            if (!validateHtml) {
                results.set(i, new PageResult(page, List.of(), 0));
                continue;
            }
            if (validator == null) {
                validator = new HtmlValidator();
            }
            HtmlValidator.Result checked = validator.validate(file, content);
            results.set(i, new PageResult(page, checked.errors(), checked.warnings()));
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking pages", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw new UncheckedIOException(io.getMessage(), io.getCause());
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "site-gen-check-" + count.incrementAndGet(), STACK_SIZE);
            t.setDaemon(true);
            return t;
        };
    }
}
