package dev.sitegen.cache;

import dev.sitegen.model.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build of a site read and wrote, so the next build redoes only what changed: the
 * page models of each seed (by a hash of its text) and a fingerprint of every output file's inputs.
 * {@code serve} keeps one in memory; {@code build} keeps one on disk ({@link CacheFile}). Thread-safe.
 * Never trusted blindly: a seed's pages are reused only when its text hashes the same, and an
 * output only when its fingerprint matches and the file is still in the output folder.
 */
public final class BuildCache {

    /** The pages one seed gave, or the warning it gave instead. */
    public record SeedEntry(long textHash, long context, List<Page> pages, Optional<String> warning) {
        public SeedEntry {
            pages = List.copyOf(pages);
            Objects.requireNonNull(warning, "warning");
        }
    }

    private final Map<String, SeedEntry> seeds;
    private final Map<String, Long> outputs;
    private final boolean remembers;
    private volatile Path outputDir;

    BuildCache(Map<String, SeedEntry> seeds, Map<String, Long> outputs, Path outputDir) {
        this(seeds, outputs, outputDir, true);
    }

    private BuildCache(Map<String, SeedEntry> seeds, Map<String, Long> outputs, Path outputDir, boolean remembers) {
        this.seeds = new ConcurrentHashMap<>(seeds);
        this.outputs = new ConcurrentHashMap<>(outputs);
        this.outputDir = outputDir;
        this.remembers = remembers;
    }

    public static BuildCache empty() {
        return new BuildCache(Map.of(), Map.of(), null, true);
    }

    /** A cache that remembers nothing, for a build that keeps none: it would only cost memory. */
    public static BuildCache none() {
        return new BuildCache(Map.of(), Map.of(), null, false);
    }

    /** The entry for seed {@code name}, if its text and context are what they were. */
    public Optional<SeedEntry> seed(String name, long textHash, long context) {
        SeedEntry e = seeds.get(name);
        return e != null && e.textHash() == textHash && e.context() == context ? Optional.of(e) : Optional.empty();
    }

    public void putSeed(String name, SeedEntry entry) {
        if (remembers) {
            seeds.put(name, entry);
        }
    }

    /** Forgets seeds that no longer exist. */
    public void retainSeeds(java.util.Collection<String> names) {
        seeds.keySet().retainAll(new java.util.HashSet<>(names));
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
    public Optional<java.util.Set<String>> previousOutputs(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.equals(this.outputDir) && !outputs.isEmpty() ? Optional.of(java.util.Set.copyOf(outputs.keySet()))
                : Optional.empty();
    }

    /** Records the fingerprints of a site just committed to {@code outputDir}, replacing the old ones. */
    public void recordOutputs(Path outputDir, Map<String, Long> fingerprints) {
        outputs.clear();
        if (remembers) {
            outputs.putAll(fingerprints);
            this.outputDir = outputDir.toAbsolutePath().normalize();
        }
    }

    /** Forgets every output, e.g. after a failed build whose output state is unknown. */
    public void forgetOutputs() {
        outputs.clear();
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
