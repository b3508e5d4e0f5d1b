package dev.sitegen.taxonomy;

import java.util.List;

/**
 * All mentions of one entity in one article, under its canonical name.
 *
 * @param position token index of the first mention
 */
record EntityGroup(String name, EntityKind kind, List<EntityMention> mentions, int position) {

    EntityGroup {
        mentions = List.copyOf(mentions);
    }

    static EntityGroup of(String name, EntityKind kind, List<EntityMention> mentions) {
        int position = Integer.MAX_VALUE;
        for (EntityMention m : mentions) {
            position = Math.min(position, m.position());
        }
        return new EntityGroup(name, kind, mentions, position);
    }

    int words() {
        return Keys.wordCount(name);
    }

    String firstWord() {
        return Keys.fold(name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')));
    }

    String lastWord() {
        return Keys.fold(name.substring(name.lastIndexOf(' ') + 1));
    }
}
