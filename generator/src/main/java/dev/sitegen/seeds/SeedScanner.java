package dev.sitegen.seeds;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.TextNormalizer;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds and reads the seeds: {@code *.txt} dumps and {@code *.md} page models, in sub-folders too,
 * in a fixed order. A file that is not UTF-8 text is reported against its name rather than read as
 * garbage.
 */
public final class SeedScanner {

    /** What was found: the readable seeds, and one diagnostic per file that could not be read. */
    public record Scan(List<SeedFile> seeds, List<Diagnostic> problems) {
        public Scan {
            seeds = List.copyOf(seeds);
            problems = List.copyOf(problems);
        }
    }

    private SeedScanner() {
    }

    /**
     * Finds and reads every seed, one after another. Builds read through {@link SeedLoader}, which
     * reads in parallel and only what changed.
     *
     * @param seedsDir    the folder to read
     * @param displayRoot the folder names are shown relative to (the project root), so messages say
     *                    {@code seeds/a.md:3} rather than an absolute path
     */
    public static Scan scan(Path seedsDir, Path displayRoot) {
        List<SeedFile> seeds = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (SeedSource source : find(seedsDir, displayRoot)) {
            Read r = read(source);
            if (r.seed() != null) {
                seeds.add(r.seed());
            } else {
                problems.add(r.problem());
            }
        }
        return new Scan(seeds, problems);
    }

    /**
     * Lists the seeds with their size and modification time, without reading them: a rebuild reads
     * only the files whose stamp changed.
     */
    public static List<SeedSource> find(Path seedsDir, Path displayRoot) {
        if (!Files.isDirectory(seedsDir)) {
            throw new SiteGenException(SourcePosition.of(display(seedsDir, displayRoot)),
                    "the seeds folder does not exist: create it and put .txt dumps or .md page models in it");
        }
        List<SeedSource> found = new ArrayList<>();
        Path shownDir = display(seedsDir, displayRoot);
        try {
            // A walk does not enter a linked folder, not even the one it starts from: a seeds folder
            // that is a link is walked where it leads. Links to folders inside it stay unfollowed.
            Path root = Files.isSymbolicLink(seedsDir) ? seedsDir.toRealPath() : seedsDir;
            // walkFileTree hands over each file's attributes from the directory walk: no second stat per file.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir.getFileName()) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes linkAttrs) throws IOException {
                    // A link to a seed counts as the seed, stamped with the target's size and time.
                    BasicFileAttributes attrs = linkAttrs.isSymbolicLink() && Files.exists(file)
                            ? Files.readAttributes(file, BasicFileAttributes.class) : linkAttrs;
                    SeedFile.Type type = type(file);
                    if (attrs.isRegularFile() && type != null && !isHidden(file.getFileName())) {
                        // Named by its place under the seeds folder: cheaper than resolving every path against the project.
                        Path name = shownDir.resolve(file.getParent().equals(root) ? file.getFileName() : root.relativize(file));
                        // Read through the link, as source() and the watcher name it: the cache keeps this
                        // path to read the body again, and the link may be pointed elsewhere later.
                        Path path = root == seedsDir ? file : seedsDir.resolve(root.relativize(file));
                        found.add(new SeedSource(path, name, type, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(display(seedsDir, displayRoot)), "cannot list the seeds folder: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new SiteGenException(SourcePosition.of(display(seedsDir, displayRoot)),
                    "no seeds found: the folder holds no .txt dumps or .md page models");
        }
        // Sorted by name, as the order of pages and of slug collisions must not depend on the file system.
        found.sort(Comparator.comparing(SeedSource::displayName));
        return found;
    }

    /**
     * About how many seeds {@link #find} would list, counting no further than {@code limit}: enough
     * to tell a large site from a small one. Names are enough for files; only entries that are not
     * named like seeds are looked at, to find sub-folders. A folder that cannot be read counts
     * none; the build itself reports it.
     */
    public static int countUpTo(Path seedsDir, int limit) {
        return countUpTo(seedsDir.toFile(), limit);
    }

    private static int countUpTo(File dir, int limit) {
        if (limit <= 0) {
            return 0; // nothing to count towards: not even listing the folder
        }
        // File.list hands back bare names: no Path per entry, which a cold JVM makes slow to build.
        String[] names = dir.list();
        int count = 0;
        for (int i = 0; names != null && i < names.length && count < limit; i++) {
            String name = names[i];
            if (isHidden(name)) {
                continue;
            }
            if (type(name) != null) {
                count++;
            } else {
                File entry = new File(dir, name);
                // Links to folders are not followed, as find() does not follow them.
                if (Files.isDirectory(entry.toPath(), LinkOption.NOFOLLOW_LINKS)) {
                    count += countUpTo(entry, limit - count);
                }
            }
        }
        return count;
    }

    /**
     * The seed at {@code file}, as {@link #find} would list it, when {@code file} is a seed: a
     * readable .txt or .md file in the seeds folder, outside hidden folders.
     */
    public static Optional<SeedSource> source(Path seedsDir, Path displayRoot, Path file) {
        Path dir = seedsDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        SeedFile.Type type = type(abs);
        if (type == null || !abs.startsWith(dir) || abs.equals(dir)) {
            return Optional.empty();
        }
        for (Path part : dir.relativize(abs)) {
            if (isHidden(part)) {
                return Optional.empty();
            }
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            Path name = display(seedsDir, displayRoot).resolve(dir.relativize(abs));
            return Optional.of(new SeedSource(abs, name, type, attrs));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A seed read, or the problem that kept it from being read. */
    public record Read(SeedFile seed, Diagnostic problem) {
    }

    /** Reads one seed; an unreadable dump only loses its own page, an unreadable page model is an error. */
    public static Read read(SeedSource source) {
        try {
            return new Read(new SeedFile(source.path(), source.name(), source.type(),
                    TextNormalizer.normalize(decode(source.path(), source.name()))), null);
        } catch (ContentException e) {
            return new Read(null, source.type() == SeedFile.Type.DUMP ? Diagnostic.warning(e.position().orElse(null), e.getMessage())
                    : Diagnostic.of(e));
        }
    }

    static SeedFile.Type type(Path file) {
        return type(file.getFileName().toString());
    }

    private static SeedFile.Type type(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return SeedFile.Type.DUMP;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return SeedFile.Type.PAGE_MODEL;
        }
        return null;
    }

    private static boolean isHidden(Path name) {
        return name != null && isHidden(name.toString());
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static String decode(Path file, Path name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(name), "cannot read: " + e.getMessage(), e);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ContentException(SourcePosition.of(name), "is a binary file, not text; skipped");
            }
        }
        // String's own decoding is far cheaper than a CharsetDecoder (no intermediate buffer), but
        // replaces malformed input with U+FFFD instead of reporting it: text holding U+FFFD, rare in
        // real seeds, is decoded again the strict way to tell which it was.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(SourcePosition.of(name), "is not UTF-8 text; save it as UTF-8");
        }
    }

    /** {@code path} relative to {@code root} when it lies inside it, for messages. */
    public static Path display(Path path, Path root) {
        Path abs = path.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs) : abs;
    }
}
