package dev.sitegen;

/** Hears how a build is going, e.g. to draw a progress line. Called from the building thread only. */
public interface BuildListener {

    BuildListener NONE = new BuildListener() {
    };

    /** A new phase begins: "reading seeds", "indexing", "writing". */
    default void phase(String name) {
    }

    /** {@code done} of {@code total} files of the current phase are finished. */
    default void progress(int done, int total) {
    }
}
