package dev.sitegen.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of a small XML file (sitemap, feed) with where it starts.
 *
 * @param namespace  namespace URI, empty when none
 * @param name       local name
 * @param attributes attributes without a namespace, by local name
 * @param text       the element's own text, trimmed
 * @param line       line of the start tag, 0 when unknown
 * @param column     column of the start tag, 0 when unknown
 * @param children   child elements in document order
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, String text,
                  int line, int column, List<XmlElement> children) {

    XmlElement {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    boolean is(String namespace, String name) {
        return this.namespace.equals(namespace) && this.name.equals(name);
    }

    List<XmlElement> children(String namespace, String name) {
        return children.stream().filter(c -> c.is(namespace, name)).toList();
    }

    Optional<XmlElement> child(String namespace, String name) {
        return children.stream().filter(c -> c.is(namespace, name)).findFirst();
    }

    String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** {@code {http://www.w3.org/2005/Atom}feed} or {@code feed}, for messages. */
    String qualifiedName() {
        return namespace.isEmpty() ? name : "{" + namespace + "}" + name;
    }
}
