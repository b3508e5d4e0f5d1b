package dev.sitegen;

import dev.sitegen.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build did: files written by kind, the warnings gathered on the way, and how long it took.
 *
 * @param filesByKind e.g. article=1, brief=3, tag=13, feed=20
 * @param seeds       how many seed files were read
 * @param changedFiles files whose content differs from the previous site (all, for a first build)
 */
public record BuildReport(Path outputDir, int seeds, Map<String, Integer> filesByKind, int changedFiles,
                          List<Diagnostic> warnings, Duration elapsed) {

    public BuildReport {
        filesByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(filesByKind));
        warnings = List.copyOf(warnings);
    }

    public int files() {
        return filesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for a rebuild while serving: "Built 104 files (2 changed) from 1 seed in 310 ms". */
    public String rebuildLine() {
        return "Built " + files() + " files (" + changedFiles + " changed) from " + seeds + (seeds == 1 ? " seed" : " seeds")
                + " in " + elapsed.toMillis() + " ms";
    }

    /** The closing summary the CLI prints and the plugin logs, one line per fact. */
    public List<String> summaryLines() {
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<String, Integer> e : filesByKind.entrySet()) {
            if (!kinds.isEmpty()) {
                kinds.append(", ");
            }
            kinds.append(e.getValue()).append(' ').append(e.getKey());
        }
        String time = elapsed.toMillis() < 10_000 ? elapsed.toMillis() + " ms"
                : String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
        return List.of(
                "Read " + seeds + (seeds == 1 ? " seed" : " seeds") + "; built " + files() + " files (" + changedFiles
                        + " changed) in " + outputDir + " in " + time,
                "  " + kinds,
                warningsHeading());
    }

    /** "No warnings.", "1 warning:", "3 warnings:": the line above the warnings. */
    public String warningsHeading() {
        return warnings.isEmpty() ? "No warnings." : warnings.size() + (warnings.size() == 1 ? " warning:" : " warnings:");
    }
}
