package dev.sitegen.check;

import java.util.List;

/**
 * What one check found: its problems and how many references it examined.
 *
 * @param problems      problems found
 * @param links         references examined, internal and external
 * @param externalLinks of those, references to other sites (not fetched)
 */
record LinkCount(List<CheckProblem> problems, int links, int externalLinks) {

    LinkCount {
        problems = List.copyOf(problems);
    }
}
