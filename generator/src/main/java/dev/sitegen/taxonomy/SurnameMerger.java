package dev.sitegen.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups an article's entity mentions by canonical name and folds short references into the full
 * name: "Lutnick" into Howard Lutnick, "Xi" into Xi Jinping (family name first), "Trump's" into Donald
 * Trump; and, for organisations, "Webb" into James Webb Space Telescope, "the Socialists" into
 * Socialist Party. A short name that fits two entities stays as it is, unless one is mentioned more.
 */
final class SurnameMerger {

    private final TermNormalizer normalizer;
    private final Inflector inflector;

    SurnameMerger(TermNormalizer normalizer, Inflector inflector) {
        this.normalizer = normalizer;
        this.inflector = inflector;
    }

    List<EntityGroup> merge(List<EntityMention> mentions) {
        Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>(); // the same name recurs; normalise it once
        for (EntityMention m : mentions) {
            String name = names.computeIfAbsent(m.name(), normalizer::displayName);
            if (!name.isEmpty()) {
                String how = name.equals(m.name()) ? "" : "alias of " + name;
                byKey.computeIfAbsent(Keys.fold(name), k -> new ArrayList<>())
                        .add(how.isEmpty() ? m : m.withName(name, m.kind(), how));
            }
        }
        List<EntityGroup> groups = new ArrayList<>();
        for (List<EntityMention> list : byKey.values()) {
            EntityKind kind = kindOf(list);
            boolean quotedOnly = true;
            for (EntityMention m : list) {
                quotedOnly &= m.quoted();
            }
            if (!quotedOnly || kind == EntityKind.COUNTRY || kind == EntityKind.PLACE || kind == EntityKind.ORGANISATION) {
                groups.add(EntityGroup.of(list.get(0).name(), kind, list)); // quoted-only unknown names are not evidence
            }
        }
        return mergeIntoLongerNames(mergeShortNames(groups, people(groups), ""));
    }

    /** Short names that are part of exactly one longer non-person name in the same article. */
    private List<EntityGroup> mergeIntoLongerNames(List<EntityGroup> groups) {
        Map<String, List<EntityGroup>> byWord = new TreeMap<>();
        for (EntityGroup g : groups) {
            if (g.words() >= 2 && (g.kind() == EntityKind.OTHER || g.kind() == EntityKind.ORGANISATION)) {
                for (String w : Keys.fold(g.name()).split(" ")) {
                    if (w.length() > 2) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
                    }
                }
            }
        }
        Map<String, EntityGroup> byName = new LinkedHashMap<>();
        groups.forEach(g -> byName.put(Keys.fold(g.name()), g));
        for (EntityGroup g : groups) {
            if (g.kind() != EntityKind.OTHER) {
                continue;
            }
            String word = Keys.fold(g.name());
            List<EntityGroup> candidates = g.words() == 1 ? byWord.getOrDefault(word, byWord.get(inflector.singular(word)))
                    : containing(groups, g); // "Golden State" in "Golden State Warriors"
            EntityGroup target = pick(candidates);
            if (target != null && byName.containsKey(word)) {
                move(byName, g, target, target.kind(), "merged into " + target.name());
            }
        }
        return sorted(byName);
    }

    private static List<EntityGroup> containing(List<EntityGroup> groups, EntityGroup part) {
        String inner = " " + Keys.fold(part.name()) + " ";
        List<EntityGroup> found = new ArrayList<>();
        for (EntityGroup g : groups) {
            if (g.words() > part.words() && (g.kind() == EntityKind.OTHER || g.kind() == EntityKind.ORGANISATION)
                    && g.name().length() > part.name().length() && (" " + Keys.fold(g.name()) + " ").contains(inner)) {
                found.add(g);
            }
        }
        return found;
    }

    /** Multi-word people in these groups, by first and by last word. */
    static Map<String, List<EntityGroup>> people(List<EntityGroup> groups) {
        Map<String, List<EntityGroup>> index = new TreeMap<>();
        for (EntityGroup g : groups) {
            if (g.kind() == EntityKind.PERSON && g.words() >= 2) {
                index.computeIfAbsent("last:" + g.lastWord(), k -> new ArrayList<>()).add(g);
                index.computeIfAbsent("first:" + g.firstWord(), k -> new ArrayList<>()).add(g);
            }
        }
        return index;
    }

    /**
     * Folds one-word names into the person they refer to. {@code people} may come from this article or,
     * for names the article never spells out, from the whole site ({@code scope} says which).
     */
    List<EntityGroup> mergeShortNames(List<EntityGroup> groups, Map<String, List<EntityGroup>> people, String scope) {
        Map<String, EntityGroup> byName = new LinkedHashMap<>();
        for (EntityGroup g : groups) {
            byName.put(Keys.fold(g.name()), g);
        }
        for (EntityGroup g : groups) {
            if (g.words() != 1 || !mergeable(g, scope) || !byName.containsKey(Keys.fold(g.name()))) {
                continue;
            }
            EntityGroup target = pick(people.get("last:" + g.lastWord()));
            if (target == null && scope.isEmpty()) {
                target = pick(people.get("first:" + g.firstWord()));
            }
            if (target == null) {
                continue;
            }
            move(byName, g, target, EntityKind.PERSON, "merged into " + target.name() + scope);
        }
        return sorted(byName);
    }

    private static void move(Map<String, EntityGroup> byName, EntityGroup from, EntityGroup target, EntityKind kind,
            String how) {
        List<EntityMention> moved = new ArrayList<>();
        EntityGroup existing = byName.get(Keys.fold(target.name()));
        if (existing != null) {
            moved.addAll(existing.mentions());
        }
        for (EntityMention m : from.mentions()) {
            moved.add(m.withName(target.name(), kind, how));
        }
        moved.sort(Comparator.comparingInt(EntityMention::position));
        byName.remove(Keys.fold(from.name()));
        byName.put(Keys.fold(target.name()), EntityGroup.of(target.name(), kind, moved));
    }

    private static List<EntityGroup> sorted(Map<String, EntityGroup> byName) {
        List<EntityGroup> merged = new ArrayList<>(byName.values());
        merged.sort(Comparator.comparingInt(EntityGroup::position).thenComparing(EntityGroup::name));
        return merged;
    }

    /**
     * Unknown words and people can be short names. In the article itself a place may be too, if written
     * as its own name ("Washington" for Denzel Washington); across the site it never is.
     */
    private static boolean mergeable(EntityGroup g, String scope) {
        if (g.kind() == EntityKind.OTHER || g.kind() == EntityKind.PERSON) {
            return true;
        }
        if (!scope.isEmpty() || !g.kind().isKnownPlace()) {
            return false;
        }
        for (EntityMention m : g.mentions()) {
            if (!m.surface().equals(g.name())) {
                return false;
            }
        }
        return true;
    }

    /** The only candidate, or the one mentioned most if that is clear; null when ambiguous. */
    private static EntityGroup pick(List<EntityGroup> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        candidates.forEach(c -> names.add(c.name()));
        if (names.size() == 1) {
            return candidates.get(0);
        }
        List<EntityGroup> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((EntityGroup c) -> -c.mentions().size()).thenComparing(EntityGroup::name));
        return sorted.get(0).mentions().size() > sorted.get(1).mentions().size() ? sorted.get(0) : null;
    }

    private static EntityKind kindOf(List<EntityMention> mentions) {
        EntityKind best = EntityKind.OTHER;
        for (EntityMention m : mentions) {
            if (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.PLACE || m.kind() == EntityKind.ORGANISATION) {
                return m.kind();
            }
            if (m.kind() == EntityKind.PERSON) {
                best = EntityKind.PERSON;
            }
        }
        return best;
    }
}
