package dev.sitegen.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of checking a built site.
 *
 * @param problems      every problem found, sorted by file, line, column, kind and message
 * @param pages         HTML files checked
 * @param links         link and resource references examined (in pages, the sitemap and feeds)
 * @param externalLinks of those, references to other sites, which are recognised but never fetched
 * @param htmlWarnings  warnings of the HTML checker; not problems, so only counted
 */
public record CheckReport(List<CheckProblem> problems, int pages, int links, int externalLinks, int htmlWarnings) {

    public CheckReport {
        List<CheckProblem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        problems = List.copyOf(sorted);
        if (pages < 0 || links < 0 || externalLinks < 0 || htmlWarnings < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The report as shown to a user: problems grouped by file, then one summary line such as
     * {@code checked 214 pages, 5,120 links: 0 errors}. Lines end with {@code \n}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < problems.size()) {
            String file = problems.get(i).file();
            int end = i;
            int width = 0;
            while (end < problems.size() && problems.get(end).file().equals(file)) {
                width = Math.max(width, problems.get(end).position().length());
                end++;
            }
            sb.append(file).append('\n');
            for (CheckProblem p : problems.subList(i, end)) {
                sb.append("  ");
                if (width > 0) {
                    sb.append(pad(p.position(), width)).append("  ");
                }
                sb.append(pad(p.kind().name().toLowerCase(Locale.ROOT), 7)).append("  ")
                        .append(p.message()).append('\n');
            }
            sb.append('\n');
            i = end;
        }
        return sb.append(summary()).append('\n').toString();
    }

    /** {@code checked 214 pages, 5,120 links: 0 errors}, plus the HTML warning count when there are any. */
    public String summary() {
        String s = "checked " + count(pages, "page") + ", " + count(links, "link") + ": "
                + count(problems.size(), "error");
        return htmlWarnings == 0 ? s : s + " (" + count(htmlWarnings, "HTML warning") + " not shown)";
    }

    private static String count(int n, String noun) {
        // Locale.ROOT: the same digits and separators on every machine.
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
