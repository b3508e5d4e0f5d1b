package dev.sitegen.diag;

/** The input is wrong (a seed, front matter, a template, the configuration): the user must fix a file. */
public class ContentException extends SiteGenException {

    public ContentException(SourcePosition position, String message) {
        super(position, message);
    }

    public ContentException(SourcePosition position, String message, Throwable cause) {
        super(position, message, cause);
    }
}
