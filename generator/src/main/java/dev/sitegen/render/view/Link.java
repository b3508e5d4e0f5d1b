package dev.sitegen.render.view;

/** A labelled internal link; {@code url} already carries the base path. */
public record Link(String title, String url) {
}
