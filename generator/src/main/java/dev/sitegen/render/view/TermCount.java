package dev.sitegen.render.view;

/** A term with the number of pages it holds. */
public record TermCount(String name, String url, int count) {
}
