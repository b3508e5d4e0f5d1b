package dev.sitegen.taxonomy;

import java.util.List;

/** All mentions of one entity in one article, under its canonical name. */
record EntityGroup(String name, EntityKind kind, List<EntityMention> mentions) {

    EntityGroup {
        mentions = List.copyOf(mentions);
    }

    int words() {
        return name.split(" ").length;
    }

    String firstWord() {
        return Keys.fold(name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')));
    }

    String lastWord() {
        return Keys.fold(name.substring(name.lastIndexOf(' ') + 1));
    }

    int position() {
        return mentions.stream().mapToInt(EntityMention::position).min().orElse(Integer.MAX_VALUE);
    }
}
