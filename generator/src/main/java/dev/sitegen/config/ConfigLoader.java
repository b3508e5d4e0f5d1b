package dev.sitegen.config;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code site-gen.yml} file into a {@link SiteConfig.Builder}. Settings given on the command
 * line or as plugin parameters are applied afterwards by the caller, so they win over the file.
 */
public final class ConfigLoader {

    /** The file a project keeps its settings in, at its root. */
    public static final String DEFAULT_FILE_NAME = "site-gen.yml";

    static final Set<String> KEYS = Set.of("title", "baseUrl", "language", "pageSize", "homeSize", "timeZone",
            "cname", "maxTopics", "maxTags", "autoTags", "topics", "aliases", "stopTags");

    private ConfigLoader() {
    }

    /** Applies {@code file} to {@code builder}; the file must exist. */
    public static SiteConfig.Builder load(Path file, SiteConfig.Builder builder) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(file), "cannot read configuration: " + e.getMessage(), e);
        }
        YamlMap yaml = YamlMap.parse(text, file, 0);
        yaml.requireKnownKeys(KEYS);
        yaml.string("title").ifPresent(builder::title);
        yaml.string("baseUrl").ifPresent(v -> builder.baseUrl(checked(yaml, "baseUrl", () -> SiteConfig.normalizeBaseUrl(v))));
        yaml.string("language").ifPresent(builder::language);
        yaml.string("cname").ifPresent(builder::cname);
        yaml.string("pageSize").ifPresent(v -> builder.pageSize(positiveInt(yaml, "pageSize", v)));
        yaml.string("homeSize").ifPresent(v -> builder.homeSize(positiveInt(yaml, "homeSize", v)));
        yaml.string("timeZone").ifPresent(v -> builder.timeZone(checked(yaml, "timeZone", () -> zone(v))));

        TaxonomySettings d = TaxonomySettings.DEFAULTS;
        int maxTopics = yaml.string("maxTopics").map(v -> nonNegativeInt(yaml, "maxTopics", v)).orElse(d.maxTopics());
        int maxTags = yaml.string("maxTags").map(v -> nonNegativeInt(yaml, "maxTags", v)).orElse(d.maxTags());
        boolean autoTags = yaml.string("autoTags").map(v -> bool(yaml, "autoTags", v)).orElse(d.autoTags());
        Map<String, List<String>> topics = new LinkedHashMap<>();
        YamlMap topicMap = yaml.map("topics");
        for (String name : topicMap.keys()) {
            List<String> keywords = topicMap.stringList(name).stream()
                    .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (keywords.isEmpty()) {
                throw new ContentException(topicMap.position(name), "topic '" + name + "' needs at least one keyword");
            }
            topics.put(name, keywords);
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        YamlMap aliasMap = yaml.map("aliases");
        for (String alias : aliasMap.keys()) {
            aliases.put(alias, aliasMap.string(alias).orElseThrow(
                    () -> new ContentException(aliasMap.position(alias), "alias '" + alias + "' needs a name")));
        }
        Set<String> stopTags = new LinkedHashSet<>(yaml.stringList("stopTags"));
        builder.taxonomy(new TaxonomySettings(maxTopics, maxTags, autoTags, topics, aliases, stopTags));
        return builder;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T checked(YamlMap yaml, String key, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ContentException(yaml.position(key), e.getMessage());
        }
    }

    private static ZoneId zone(String v) {
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + v + "' is not a time zone such as UTC or Asia/Tokyo");
        }
    }

    private static int positiveInt(YamlMap yaml, String key, String v) {
        int n = nonNegativeInt(yaml, key, v);
        if (n < 1) {
            throw new ContentException(yaml.position(key), "'" + key + "' must be at least 1, got " + v);
        }
        return n;
    }

    private static int nonNegativeInt(YamlMap yaml, String key, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new ContentException(yaml.position(key), "'" + key + "' must be a whole number, got '" + v + "'");
    }

    private static boolean bool(YamlMap yaml, String key, String v) {
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ContentException(yaml.position(key), "'" + key + "' must be true or false, got '" + v + "'");
        };
    }
}
