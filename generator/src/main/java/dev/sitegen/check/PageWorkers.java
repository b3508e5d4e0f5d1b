package dev.sitegen.check;

import dev.sitegen.parallel.ParallelMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

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
        // Setting up a validator takes a while and one is not thread-safe: each thread makes its
        // own on its first page and keeps it.
        ThreadLocal<HtmlValidator> validators = ThreadLocal.withInitial(HtmlValidator::new);
        ExecutorService pool = Executors.newFixedThreadPool(workers, threadFactory());
        try {
            return ParallelMap.map(pages, file -> check(files, file, validators), pool, workers);
        } finally {
            pool.shutdownNow();
        }
    }

    private PageResult check(SiteFiles files, String file, ThreadLocal<HtmlValidator> validators) {
        byte[] content = files.read(file);
        ScannedPage page = new PageScanner().scan(file, new String(content, StandardCharsets.UTF_8));
        if (!validateHtml) {
            return new PageResult(page, List.of(), 0);
        }
        HtmlValidator.Result checked = validators.get().validate(file, content);
        return new PageResult(page, checked.errors(), checked.warnings());
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
