package dev.sitegen.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a built site.
 *
 * @param kind    what was checked
 * @param file    the file, relative to the site directory, with forward slashes
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong, readable without a stack trace
 */
public record CheckProblem(Kind kind, String file, int line, int column, String message)
        implements Comparable<CheckProblem> {

    /** Which check found the problem. */
    public enum Kind { LINK, ANCHOR, HTML, SITEMAP, FEED }

    private static final Comparator<CheckProblem> ORDER = Comparator
            .comparing(CheckProblem::file)
            .thenComparingInt(CheckProblem::line)
            .thenComparingInt(CheckProblem::column)
            .thenComparing(CheckProblem::kind)
            .thenComparing(CheckProblem::message);

    public CheckProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** {@code 12:5}, {@code 12} or empty when the position is unknown. */
    public String position() {
        if (line == 0) {
            return "";
        }
        return column == 0 ? Integer.toString(line) : line + ":" + column;
    }

    @Override
    public int compareTo(CheckProblem o) {
        return ORDER.compare(this, o);
    }

    /** {@code articles/a/index.html:12:5: link: ...}, the form editors and CI logs make clickable. */
    @Override
    public String toString() {
        String pos = position();
        return file + (pos.isEmpty() ? "" : ":" + pos) + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
