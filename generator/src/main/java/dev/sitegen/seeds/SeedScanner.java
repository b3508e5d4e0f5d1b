package dev.sitegen.seeds;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.markdown.TextNormalizer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
     * @param seedsDir    the folder to read
     * @param displayRoot the folder names are shown relative to (the project root), so messages say
     *                    {@code seeds/a.md:3} rather than an absolute path
     */
    public static Scan scan(Path seedsDir, Path displayRoot) {
        return scan(seedsDir, displayRoot, Runnable::run);
    }

    /** As {@link #scan(Path, Path)}, reading the files on {@code executor} (reading is most of a large site's start). */
    public static Scan scan(Path seedsDir, Path displayRoot, java.util.concurrent.Executor executor) {
        if (!Files.isDirectory(seedsDir)) {
            throw new SiteGenException(SourcePosition.of(display(seedsDir, displayRoot)),
                    "the seeds folder does not exist: create it and put .txt dumps or .md page models in it");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(seedsDir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !isHidden(seedsDir.relativize(p)))
                    .filter(p -> type(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(display(seedsDir, displayRoot)), "cannot list the seeds folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new SiteGenException(SourcePosition.of(display(seedsDir, displayRoot)),
                    "no seeds found: the folder holds no .txt dumps or .md page models");
        }
        List<java.util.concurrent.CompletableFuture<Read>> reads = new ArrayList<>(files.size());
        for (Path file : files) {
            reads.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> read(file, displayRoot), executor));
        }
        List<SeedFile> seeds = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (var read : reads) {
            Read r;
            try {
                r = read.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            if (r.seed() != null) {
                seeds.add(r.seed());
            } else {
                problems.add(r.problem());
            }
        }
        return new Scan(seeds, problems);
    }

    /** A seed read, or the problem that kept it from being read. */
    private record Read(SeedFile seed, Diagnostic problem) {
    }

    private static Read read(Path file, Path displayRoot) {
        Path name = display(file, displayRoot);
        SeedFile.Type type = type(file);
        try {
            return new Read(new SeedFile(file, name, type, TextNormalizer.normalize(decode(file, name))), null);
        } catch (ContentException e) {
            // An unreadable dump only loses its own page; an unreadable page model is an error.
            return new Read(null, type == SeedFile.Type.DUMP ? Diagnostic.warning(e.position().orElse(null), e.getMessage())
                    : Diagnostic.of(e));
        }
    }

    static SeedFile.Type type(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return SeedFile.Type.DUMP;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return SeedFile.Type.PAGE_MODEL;
        }
        return null;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
