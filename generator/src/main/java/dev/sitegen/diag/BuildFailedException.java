package dev.sitegen.diag;

import java.util.List;

/**
 * One or more input files were wrong. Carries every problem found, so the user fixes them in one go
 * rather than one per build.
 */
public final class BuildFailedException extends SiteGenException {

    private final transient List<Diagnostic> errors;

    public BuildFailedException(List<Diagnostic> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }

    private static String summary(List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(", nothing was written:");
        for (Diagnostic d : errors) {
            sb.append("\n  ").append(d);
        }
        return sb.toString();
    }
}
