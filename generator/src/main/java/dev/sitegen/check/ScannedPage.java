package dev.sitegen.check;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the link checks need from one HTML page: the URLs it refers to and the fragment targets it offers.
 *
 * @param file       relative to the site directory, forward slashes
 * @param references every URL in a link or resource attribute, in document order
 * @param anchors    every {@code id} and {@code a[name]} value
 */
record ScannedPage(String file, List<Reference> references, Set<String> anchors) {

    ScannedPage {
        Objects.requireNonNull(file, "file");
        references = List.copyOf(references);
        anchors = Set.copyOf(anchors);
    }
}
