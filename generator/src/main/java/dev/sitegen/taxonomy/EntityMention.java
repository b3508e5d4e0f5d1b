package dev.sitegen.taxonomy;

/**
 * One mention of a named entity in an article.
 *
 * @param name      canonical name ("United States" for "U.S."), or the words as written
 * @param kind      what it is
 * @param surface   the words as written, for evidence
 * @param paragraph where it is (0 = title)
 * @param position  token index, for ordering ties by first mention
 * @param weight    section weight, halved for qualifiers ("White House" in "White House adviser")
 *                  and for mentions inside quotations
 * @param role      the title or descriptor right before a person's name, or ""
 * @param roleBonus salience of that role: an office holder is central to the story
 * @param quoted    inside quotation marks
 * @param qualifier only qualifies someone's role
 * @param merged    "" or how the mention came to this name ("merged into Howard Lutnick")
 */
record EntityMention(String name, EntityKind kind, String surface, int paragraph, int position, double weight,
        String role, double roleBonus, boolean quoted, boolean qualifier, String merged) {

    EntityMention withName(String newName, EntityKind newKind, String how) {
        return new EntityMention(newName, newKind, surface, paragraph, position, weight, role, roleBonus, quoted,
                qualifier, how);
    }

    int words() {
        return Keys.wordCount(name);
    }
}
