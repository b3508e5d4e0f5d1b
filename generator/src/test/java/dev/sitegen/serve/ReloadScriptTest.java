package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {

    @Test
    void scriptGoesBeforeTheLastClosingBodyTag() {
        String html = "<html><body><p>&lt;/body&gt; in text</p></BODY></html>";
        String out = ReloadScript.inject(html, "t-1", Optional.empty());
        int script = out.indexOf("<script data-site-gen-live>");
        assertTrue(script > 0, out);
        assertEquals(script + ReloadScript.script("t-1").length(), out.indexOf("</BODY>"), out);
        assertTrue(out.startsWith("<html><body><p>&lt;/body&gt; in text</p>"), out);
    }

    @Test
    void htmlWithoutBodyTagGetsTheScriptAtTheEnd() {
        String out = ReloadScript.inject("<p>fragment</p>", "t-1", Optional.empty());
        assertTrue(out.startsWith("<p>fragment</p><script"), out);
    }

    @Test
    void scriptReloadsOnlyForAnotherBuildsToken() {
        String script = ReloadScript.script("abc-7");
        assertTrue(script.contains("const built = \"abc-7\""), script);
        assertTrue(script.contains("new EventSource(\"/__site-gen/live\")"), script);
        assertTrue(script.contains("e.data !== built"), script);
    }

    @Test
    void tokenCannotBreakOutOfTheScript() {
        String script = ReloadScript.script("\"</script><b>");
        assertFalse(script.contains("</script><b>"), script);
    }

    @Test
    void errorIsShownEscapedAndOnlyWhenThereIsOne() {
        String clean = ReloadScript.inject("<body></body>", "t", Optional.empty());
        assertFalse(clean.contains(ReloadScript.ERROR_ID));

        String shown = ReloadScript.inject("<body></body>", "t",
                Optional.of("seeds/a.md:3: title '<img src=x onerror=alert(1)>' & \"more\""));
        assertTrue(shown.contains("id=\"site-gen-error\""), shown);
        assertTrue(shown.contains("seeds/a.md:3: title &#39;&lt;img src=x onerror=alert(1)&gt;&#39; &amp; &quot;more&quot;"),
                shown);
        assertFalse(shown.contains("<img"), shown);
    }

    @Test
    void errorPageIsAWholeDocumentWithTheErrorAndTheScript() {
        String page = ReloadScript.errorPage("t", "seeds/a.md:1: empty");
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("seeds/a.md:1: empty"));
        assertTrue(page.contains("data-site-gen-live"));
    }
}
