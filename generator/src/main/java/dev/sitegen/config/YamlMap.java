package dev.sitegen.config;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SourcePosition;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers, so every error names file:line. Both the
 * configuration file and page front matter go through it. Values are read as strings: typing is
 * the caller's job, which keeps YAML's surprises (`no` as false, dates as Date) out of the model.
 */
public final class YamlMap {

    private final Path file;
    private final int lineOffset;
    private final Map<String, Node> values;
    private final Map<String, Integer> lines;
    private final int startLine;

    private YamlMap(Path file, int lineOffset, Map<String, Node> values, Map<String, Integer> lines, int startLine) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.values = values;
        this.lines = lines;
        this.startLine = startLine;
    }

    /**
     * Parses {@code text} as one YAML mapping.
     *
     * @param lineOffset lines before {@code text} in the file (front matter starts after its fence)
     */
    public static YamlMap parse(String text, Path file, int lineOffset) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ContentException(errorPosition(e, text, file, lineOffset), "invalid YAML: " + yamlProblem(e, text, lineOffset));
        } catch (YAMLException e) {
            throw new ContentException(SourcePosition.of(file, lineOffset + 1), "invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new YamlMap(file, lineOffset, Map.of(), Map.of(), lineOffset + 1);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ContentException(at(file, root, lineOffset), "expected 'key: value' lines, found " + describe(root));
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                throw new ContentException(at(file, keyNode, lineOffset), "a key must be plain text");
            }
            String key = scalar.getValue();
            int line = keyNode.getStartMark().getLine() + 1 + lineOffset;
            if (values.containsKey(key)) {
                throw new ContentException(SourcePosition.of(file, line),
                        "duplicate key '" + key + "' (first on line " + lines.get(key) + ")");
            }
            values.put(key, tuple.getValueNode());
            lines.put(key, line);
        }
        return new YamlMap(file, lineOffset, values, lines, root.getStartMark().getLine() + 1 + lineOffset);
    }

    public Path file() {
        return file;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Collection<String> keys() {
        return values.keySet();
    }

    /** The position of {@code key}, or of the mapping itself when the key is absent. */
    public SourcePosition position(String key) {
        Integer line = lines.get(key);
        return SourcePosition.of(file, line == null ? startLine : line);
    }

    /** Fails on the first key not in {@code known}, listing the keys that are. */
    public void requireKnownKeys(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new ContentException(position(key),
                        "unknown key '" + key + "'; known keys: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A scalar value, stripped; empty when absent or null. */
    public Optional<String> string(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        throw new ContentException(position(key), "'" + key + "' must be a single value, found " + describe(node));
    }

    /** A list of scalars; a single scalar counts as a one-item list. Empty when absent. */
    public List<String> stringList(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue().strip();
            return v.isEmpty() ? List.of() : List.of(v);
        }
        if (node instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw new ContentException(at(file, item, lineOffset),
                            "'" + key + "' must be a list of values, found " + describe(item) + " in it");
                }
                if (!s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                }
            }
            return out;
        }
        throw new ContentException(position(key), "'" + key + "' must be a list, found " + describe(node));
    }

    /** A list of nested mappings (e.g. {@code related}); empty when absent. */
    public List<YamlMap> mapList(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new ContentException(position(key), "'" + key + "' must be a list, found " + describe(node));
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(nested(key, item));
        }
        return out;
    }

    /** A nested mapping (e.g. {@code topics}); empty when absent. */
    public YamlMap map(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return new YamlMap(file, lineOffset, Map.of(), Map.of(), position(key).line());
        }
        return nested(key, node);
    }

    private YamlMap nested(String key, Node node) {
        if (!(node instanceof MappingNode)) {
            throw new ContentException(at(file, node, lineOffset),
                    "'" + key + "' must hold 'key: value' entries, found " + describe(node));
        }
        // Re-reading through parse() would lose the offsets; build directly from the node instead.
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
                throw new ContentException(at(file, tuple.getKeyNode(), lineOffset), "a key must be plain text");
            }
            int line = scalar.getStartMark().getLine() + 1 + lineOffset;
            if (values.containsKey(scalar.getValue())) {
                throw new ContentException(SourcePosition.of(file, line), "duplicate key '" + scalar.getValue() + "'");
            }
            values.put(scalar.getValue(), tuple.getValueNode());
            lines.put(scalar.getValue(), line);
        }
        return new YamlMap(file, lineOffset, values, lines, node.getStartMark().getLine() + 1 + lineOffset);
    }

    /**
     * Where a YAML error is: where the parser stopped, unless it stopped at the end of the text,
     * as it does for an unclosed bracket or quote (that place is the closing fence or the end of
     * the file, and the line to fix is where the unclosed part starts), or at a key without its
     * colon, which it notices a line later.
     */
    private static SourcePosition errorPosition(MarkedYAMLException e, String text, Path file, int lineOffset) {
        Mark problem = e.getProblemMark();
        Mark mark = (atEnd(e, text) || isKey(e)) && e.getContextMark() != null ? e.getContextMark() : problem;
        return mark == null ? SourcePosition.of(file, lineOffset + 1)
                : new SourcePosition(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    /** A key without its colon: the parser notices on a later line, the key's own line is the one to fix. */
    private static boolean isKey(MarkedYAMLException e) {
        return e.getContext() != null && e.getContext().contains("simple key");
    }

    private static boolean atEnd(MarkedYAMLException e, String text) {
        // Marks count code points, not the UTF-16 units of String.length().
        return e.getProblemMark() == null || e.getProblemMark().getIndex() >= text.codePointCount(0, text.length());
    }

    /**
     * SnakeYAML's problem; for an unclosed bracket, brace or quote, with where it opens (a block's
     * start, which SnakeYAML also names, says nothing the line of the error does not).
     */
    private static String yamlProblem(MarkedYAMLException e, String text, int lineOffset) {
        // Text after a fence is front matter; text from the first line is a whole file.
        String end = lineOffset > 0 ? "the end of the front matter" : "the end of the file";
        String problem = (e.getProblem() != null ? e.getProblem() : e.getMessage()).strip()
                .replace("<stream end>", end).replace("unexpected end of stream", "an unexpected " + end.substring(4));
        Mark context = e.getContextMark();
        String what = e.getContext() == null ? "" : e.getContext().strip();
        if (problem.startsWith("but ") && !what.isEmpty()) {
            return what + " " + problem; // SnakeYAML split one sentence: "expected a single document ... but found another"
        }
        boolean opener = what.contains("flow") || what.contains("quoted") || isKey(e);
        if (context == null || what.isEmpty() || !(opener || atEnd(e, text))) {
            return problem;
        }
        return problem + ", " + what + " that starts on line " + (context.getLine() + 1 + lineOffset)
                + ", column " + (context.getColumn() + 1);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private static SourcePosition at(Path file, Node node, int lineOffset) {
        return new SourcePosition(file, node.getStartMark().getLine() + 1 + lineOffset, node.getStartMark().getColumn() + 1);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
