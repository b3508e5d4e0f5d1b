package dev.sitegen.render.view;

/** A page with no data of its own beyond its head: search, 404. */
public record PlainView(Meta meta) {
}
