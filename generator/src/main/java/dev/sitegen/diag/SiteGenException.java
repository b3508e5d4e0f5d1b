package dev.sitegen.diag;

import java.util.Optional;

/**
 * Base of every error site-gen reports to a user. The message is meant to be shown as it is,
 * prefixed by the position when there is one; no stack trace is needed to understand it.
 */
public class SiteGenException extends RuntimeException {

    private final transient SourcePosition position;

    public SiteGenException(String message) {
        this(null, message, null);
    }

    public SiteGenException(SourcePosition position, String message) {
        this(position, message, null);
    }

    public SiteGenException(SourcePosition position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }

    /** The message as shown to a user: {@code seeds/a.md:3:1: date 'x' is not ISO-8601}. */
    public String describe() {
        return position == null ? getMessage() : position + ": " + getMessage();
    }
}
