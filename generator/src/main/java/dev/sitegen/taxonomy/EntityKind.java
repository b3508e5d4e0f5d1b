package dev.sitegen.taxonomy;

/** What a named entity is, as far as the word lists and the text tell. */
enum EntityKind {
    COUNTRY, PLACE, ORGANISATION, PERSON, OTHER;

    boolean isKnownPlace() {
        return this == COUNTRY || this == PLACE;
    }

    static EntityKind of(WordLists.KnownKind kind) {
        return switch (kind) {
            case COUNTRY -> COUNTRY;
            case PLACE -> PLACE;
            case ORGANISATION -> ORGANISATION;
        };
    }
}
