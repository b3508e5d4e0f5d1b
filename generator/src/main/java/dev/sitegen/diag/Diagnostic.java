package dev.sitegen.diag;

import java.util.Objects;

/** A warning or error about one input, gathered during a build and reported at its end. */
public record Diagnostic(Severity severity, SourcePosition position, String message) implements Comparable<Diagnostic> {

    public enum Severity { WARNING, ERROR }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    public static Diagnostic of(SiteGenException e) {
        return new Diagnostic(Severity.ERROR, e.position().orElse(null), e.getMessage());
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = String.valueOf(position).compareTo(String.valueOf(o.position));
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return position == null ? message : position + ": " + message;
    }
}
