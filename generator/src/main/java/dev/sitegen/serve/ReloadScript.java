package dev.sitegen.serve;

import java.util.Optional;

/**
 * Adds live reload, and the build error if there is one, to HTML as it is served. Only responses
 * change: the files of the built site never hold any of this.
 */
final class ReloadScript {

    /** The server-sent-events stream that announces builds. */
    static final String ENDPOINT = "/__site-gen/live";

    /** The id of the error box, for tests and user styles. */
    static final String ERROR_ID = "site-gen-error";

    private static final String CLOSING_BODY = "</body>";

    private ReloadScript() {
    }

    /** {@code html} with the reload script, and the error box when the build failed, before its last {@code </body>}. */
    static String inject(String html, String token, Optional<String> error) {
        String addition = error.map(ReloadScript::errorBox).orElse("") + script(token);
        int at = lastIndexOfIgnoreCase(html, CLOSING_BODY);
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    /** A whole page for when a failed build left nothing to show at an address. */
    static String errorPage(String token, String error) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Build failed · site-gen</title>\n</head>\n<body>\n"
                + inject("", token, Optional.of(error)) + "</body>\n</html>\n";
    }

    /**
     * Reloads the page when the stream announces a build other than the one the page came from.
     * Comparing tokens (rather than reloading on any event) also catches a build that finished
     * between serving the page and opening the stream, and a restarted server.
     */
    static String script(String token) {
        return "<script data-site-gen-live>(() => {"
                + "const built = \"" + jsString(token) + "\";"
                + "const source = new EventSource(\"" + ENDPOINT + "\");"
                + "source.addEventListener(\"build\", e => { if (e.data !== built) { source.close(); location.reload(); } });"
                + "})();</script>\n";
    }

    private static String errorBox(String error) {
        return "<div id=\"" + ERROR_ID + "\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;z-index:2147483647;"
                + "max-height:70vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#2b0d0e;color:#ffe5e5;"
                + "border-bottom:4px solid #e5484d;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
                + "text-align:left\">"
                + "<strong>site-gen: the build failed.</strong> Fix the file and save; this page reloads by itself."
                + "<pre style=\"margin:.75rem 0 0;white-space:pre-wrap;font:inherit\">" + escapeHtml(error) + "</pre></div>\n";
    }

    static String escapeHtml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Tokens are plain ASCII; escaping keeps the script safe whatever they hold. */
    private static String jsString(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static int lastIndexOfIgnoreCase(String text, String needle) {
        for (int i = text.length() - needle.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
