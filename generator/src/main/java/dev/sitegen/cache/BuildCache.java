package dev.sitegen.cache;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.model.Page;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the last build of a site read and wrote, so the next build redoes only what changed: the
 * page models of each seed (by a hash of its text) and a fingerprint of every output file's inputs.
 * {@code serve} keeps one in memory; {@code build} keeps one on disk ({@link CacheFile}). Thread-safe.
 * Never trusted blindly: a seed's pages are reused only when its text hashes the same, and an
 * output only when its fingerprint matches and the file is still in the output folder.
 */
public final class BuildCache {

    /**
     * The pages one seed gave, or the warning it gave instead.
     *
     * @param stamp    the file's size and time when it was read
     * @param textHash a hash of its text
     * @param context  what else its pages depend on (for dumps, every dump's text)
     */
    public record SeedEntry(FileStamp stamp, long textHash, long context, List<Page> pages, Optional<String> warning) {
        public SeedEntry {
            Objects.requireNonNull(stamp, "stamp");
            pages = List.copyOf(pages);
            Objects.requireNonNull(warning, "warning");
        }
    }

    private final Map<String, SeedEntry> seeds;
    private final Map<String, Long> outputs;
    private final boolean remembers;
    private final boolean ownsOutput;
    private volatile Path outputDir;
    private volatile String seedsRoot = "";
    private volatile SiteSnapshot snapshot;
    private final CacheChanges changes = new CacheChanges();
    private volatile List<Diagnostic> seedWarnings;
    private volatile Runnable beforeOutputsChange = () -> { };

    BuildCache(Map<String, SeedEntry> seeds, Map<String, Long> outputs, Path outputDir) {
        this(seeds, outputs, outputDir, true, false);
    }

    private BuildCache(Map<String, SeedEntry> seeds, Map<String, Long> outputs, Path outputDir, boolean remembers,
                       boolean ownsOutput) {
        this.seeds = new ConcurrentHashMap<>(seeds);
        this.outputs = new ConcurrentHashMap<>(outputs);
        this.outputDir = outputDir;
        this.remembers = remembers;
        this.ownsOutput = ownsOutput;
    }

    public static BuildCache empty() {
        return new BuildCache(Map.of(), Map.of(), null, true, false);
    }

    /** A cache that remembers nothing, for a build that keeps none: it would only cost memory. */
    public static BuildCache none() {
        return new BuildCache(Map.of(), Map.of(), null, false, false);
    }

    /**
     * A cache for a process that alone writes its output folder for as long as it runs, as the
     * preview server does: a rebuild that changes a few pages trusts the rest of the folder to be
     * as the last build left it, rather than checking every file is still there (a stat per file,
     * most of such a rebuild on a large site).
     */
    public static BuildCache owningOutput() {
        return new BuildCache(Map.of(), Map.of(), null, true, true);
    }

    /**
     * Sets where seeds are read from and how they are named, forgetting every seed when that
     * changed: an entry is found by the seed's name but its pages point to the file they came from.
     */
    public void readSeedsFrom(Path seedsDir, Path projectDir) {
        String root = seedsDir.toAbsolutePath().normalize() + "\n" + projectDir.toAbsolutePath().normalize();
        if (!root.equals(seedsRoot)) {
            seeds.clear();
            snapshot = null;
            seedsRoot = root;
            changes.wholesale();
        }
    }

    String seedsRoot() {
        return seedsRoot;
    }

    void seedsRoot(String root) {
        seedsRoot = root;
    }

    /** What the last build read from seed {@code name}, if it read it. */
    public Optional<SeedEntry> seed(String name) {
        return Optional.ofNullable(seeds.get(name));
    }

    public void putSeed(String name, SeedEntry entry) {
        if (remembers) {
            seeds.put(name, entry);
            changes.seed(name);
        }
    }

    public int seedCount() {
        return seeds.size();
    }

    /** Forgets seeds that no longer exist. */
    public void retainSeeds(Collection<String> names) {
        Set<String> keep = new HashSet<>(names);
        for (String name : seeds.keySet()) {
            if (!keep.contains(name)) {
                seeds.remove(name);
                changes.seed(name);
            }
        }
    }

    /**
     * Whether the file at {@code path} of {@code outputDir} (absolute and normalised) was last
     * written from inputs with this fingerprint.
     */
    public boolean isCurrent(Path outputDir, String path, long fingerprint) {
        Long last = outputs.get(path);
        return last != null && last == fingerprint && outputDir.equals(this.outputDir);
    }

    /** The files the last build wrote to {@code outputDir}, if this cache knows them. */
    public Optional<Set<String>> previousOutputs(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.equals(this.outputDir) && !outputs.isEmpty() ? Optional.of(Set.copyOf(outputs.keySet()))
                : Optional.empty();
    }

    /** Whether this cache knows the files the last build wrote to {@code outputDir}, and every one is still there. */
    public boolean outputsIntact(Path outputDir, Predicate<Collection<String>> allPresent) {
        return outputsToCheck(outputDir).map(allPresent::test).orElse(false);
    }

    /** The output folder of the site this cache remembers, if it remembers one. */
    public Optional<Path> siteFolder() {
        return outputs.isEmpty() ? Optional.empty() : Optional.ofNullable(outputDir);
    }

    /**
     * The files whose presence in {@code outputDir} shows the last site is still whole there, as a
     * list of their own; empty when this cache knows no site there. A process that owns the folder
     * checks a few files, enough to notice the folder was emptied or removed; others check them all.
     */
    public Optional<List<String>> outputsToCheck(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        if (!out.equals(this.outputDir) || outputs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ownsOutput ? outputs.keySet().stream().limit(8).toList() : List.copyOf(outputs.keySet()));
    }

    /** Records the fingerprints of a site just committed to {@code outputDir}, replacing the old ones. */
    public void recordOutputs(Path outputDir, Map<String, Long> fingerprints) {
        changes.wholesale();
        outputs.clear();
        if (remembers) {
            outputs.putAll(fingerprints);
            this.outputDir = outputDir.toAbsolutePath().normalize();
        }
    }

    /** Records the fingerprints of files just rewritten in {@code outputDir}, keeping those of the others. */
    public void updateOutputs(Map<String, Long> fingerprints) {
        if (remembers) {
            outputs.putAll(fingerprints);
            fingerprints.keySet().forEach(changes::output);
        }
    }

    /** Forgets every output, e.g. after a failed build whose output state is unknown. */
    public void forgetOutputs() {
        beforeOutputsChange.run();
        changes.wholesale();
        outputs.clear();
    }

    /** Forgets the outputs at {@code paths}: they are about to be rewritten. */
    public void forgetOutputs(Collection<String> paths) {
        beforeOutputsChange.run();
        outputs.keySet().removeAll(paths);
        paths.forEach(changes::output);
    }

    /** The site the last build committed, if it is known and still in the output folder. */
    public Optional<SiteSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** Remembers the site a full build just committed. */
    public void snapshot(SiteSnapshot site) {
        Objects.requireNonNull(site, "site");
        if (remembers) {
            snapshot = site;
            changes.wholesale();
        }
    }

    /** What reading the seeds warned about in the last build, which a rebuild that reads only some seeds repeats. */
    public Optional<List<Diagnostic>> seedWarnings() {
        return Optional.ofNullable(seedWarnings);
    }

    public void seedWarnings(List<Diagnostic> warnings) {
        seedWarnings = List.copyOf(warnings);
    }

    /** Forgets the last site while a build changes the output folder: it is that site no more. */
    public void clearSnapshot() {
        snapshot = null;
    }

    /** Remembers the site just committed, the last one with some pages' bodies changed ({@link SiteSnapshot#patch}). */
    public void patchedSnapshot(SiteSnapshot site) {
        if (remembers) {
            snapshot = site;
        }
    }

    /** What changed since the cache file was last written. */
    CacheChanges changes() {
        return changes;
    }

    /** Whether more changed since the file was written than a journal entry records: settings, outputs, the site. */
    boolean changedWholesale() {
        return changes.isWholesale(snapshot);
    }

    /**
     * Runs {@code action} whenever outputs are forgotten, which happens just before the output
     * folder changes: a cache kept on disk then records that it no longer describes the folder.
     */
    void beforeOutputsChange(Runnable action) {
        beforeOutputsChange = Objects.requireNonNull(action, "action");
    }

    /** The cache file now holds what this cache holds. */
    void saved() {
        changes.saved(snapshot);
    }

    Map<String, SeedEntry> seeds() {
        return seeds;
    }

    Map<String, Long> outputs() {
        return outputs;
    }

    Path outputDir() {
        return outputDir;
    }
}
