package dev.sitegen.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What changed in a {@link BuildCache} since its file was last written, so that a small change is
 * appended to the file's journal ({@link CacheJournal}) rather than the whole file written again.
 * Changes are tracked only once the cache matches a file that a journal can extend.
 */
final class CacheChanges {

    private final Set<String> seeds = ConcurrentHashMap.newKeySet();
    private final Set<String> outputs = ConcurrentHashMap.newKeySet();
    private volatile boolean wholesale = true;
    private volatile boolean tracking;
    private volatile SiteSnapshot savedSnapshot;
    private volatile long fileId;
    private volatile long journalLength;

    void seed(String name) {
        if (tracking) {
            seeds.add(name);
        }
    }

    void output(String path) {
        if (tracking) {
            outputs.add(path);
        }
    }

    /** More changed than a journal entry records: settings, every output, the site. */
    void wholesale() {
        wholesale = true;
    }

    /** Whether more changed than a journal entry records, with {@code current} the cache's site now. */
    boolean isWholesale(SiteSnapshot current) {
        return wholesale || savedSnapshot == null || current == null;
    }

    Set<String> seeds() {
        return seeds;
    }

    Set<String> outputs() {
        return outputs;
    }

    /** The site the cache file holds. */
    SiteSnapshot savedSnapshot() {
        return savedSnapshot;
    }

    /** Identifies the cache file last loaded or saved, which its journal continues. */
    long fileId() {
        return fileId;
    }

    void fileId(long id) {
        fileId = id;
    }

    /** The length of the journal as the last save left it (0: none). */
    long journalLength() {
        return journalLength;
    }

    void journalLength(long length) {
        journalLength = length;
    }

    /** The cache file now holds what the cache holds, with {@code snapshot} as its site. */
    void saved(SiteSnapshot snapshot) {
        seeds.clear();
        outputs.clear();
        wholesale = false;
        savedSnapshot = snapshot;
        tracking = true;
    }
}
