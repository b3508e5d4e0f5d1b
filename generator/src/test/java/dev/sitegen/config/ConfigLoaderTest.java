package dev.sitegen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve(ConfigLoader.DEFAULT_FILE_NAME), yaml);
    }

    private SiteConfig load(String yaml) throws IOException {
        return ConfigLoader.load(file(yaml), SiteConfig.builder()).build();
    }

    private ContentException loadFails(String yaml) throws IOException {
        Path f = file(yaml);
        return assertThrows(ContentException.class, () -> ConfigLoader.load(f, SiteConfig.builder()));
    }

    @Test
    void appliesSettingsFromFile() throws IOException {
        SiteConfig config = load("""
                title: Harbour News
                baseUrl: https://x.github.io/repo
                language: fr
                pageSize: 5
                timeZone: Asia/Tokyo
                """);
        assertEquals("Harbour News", config.title());
        assertEquals("https://x.github.io/repo/", config.baseUrl());
        assertEquals("fr", config.language());
        assertEquals(5, config.pageSize());
        assertEquals(ZoneId.of("Asia/Tokyo"), config.timeZone());
    }

    @Test
    void emptyFileKeepsDefaults() throws IOException {
        assertEquals(SiteConfig.builder().build(), load(""));
    }

    @Test
    void unknownKeyIsContentErrorNamingFileAndLine() throws IOException {
        ContentException e = loadFails("""
                title: Harbour News
                # a comment
                colour: blue
                """);
        Path f = dir.resolve("site-gen.yml");
        assertEquals(SourcePosition.of(f, 3), e.position().orElseThrow());
        assertEquals(f.toString().replace('\\', '/') + ":3: unknown key 'colour'; known keys: aliases, autoTags, baseUrl, "
                + "cname, homeSize, language, maxTags, maxTopics, pageSize, stopTags, timeZone, title, topics", e.describe());
    }

    @Test
    void pageSizeZeroNamesItsLine() throws IOException {
        ContentException e = loadFails("title: T\npageSize: 0\n");
        assertEquals(2, e.position().orElseThrow().line());
        assertEquals("'pageSize' must be at least 1, got 0", e.getMessage());
    }

    @Test
    void nonNumericPageSizeNamesItsLine() throws IOException {
        ContentException e = loadFails("title: T\n\npageSize: ten\n");
        assertEquals(3, e.position().orElseThrow().line());
        assertEquals("'pageSize' must be a whole number, got 'ten'", e.getMessage());
    }

    @Test
    void ftpBaseUrlNamesItsLine() throws IOException {
        ContentException e = loadFails("title: T\nbaseUrl: ftp://x.org/\n");
        assertEquals(2, e.position().orElseThrow().line());
        assertTrue(e.getMessage().contains("ftp://x.org/"), e.getMessage());
    }

    @Test
    void unknownTimeZoneNamesItsLine() throws IOException {
        ContentException e = loadFails("timeZone: Mars/Olympus\n");
        assertEquals(1, e.position().orElseThrow().line());
    }

    @Test
    void topicKeywordsMayBeOneCommaSeparatedString() throws IOException {
        SiteConfig config = load("""
                topics:
                  Trade: tariff, export control ,customs
                """);
        assertEquals(Map.of("Trade", List.of("tariff", "export control", "customs")), config.taxonomy().customTopics());
    }

    @Test
    void topicKeywordsMayBeAList() throws IOException {
        SiteConfig config = load("""
                topics:
                  Trade:
                    - tariff
                    - export control
                  Markets: [stock market, bond yields]
                """);
        assertEquals(List.of("tariff", "export control"), config.taxonomy().customTopics().get("Trade"));
        assertEquals(List.of("stock market", "bond yields"), config.taxonomy().customTopics().get("Markets"));
    }

    @Test
    void topicsKeepTheirConfiguredOrder() throws IOException {
        SiteConfig config = load("topics:\n  Zebra: z\n  Apple: a\n  Mango: m\n");
        assertEquals(List.of("Zebra", "Apple", "Mango"), List.copyOf(config.taxonomy().customTopics().keySet()));
    }

    @Test
    void topicWithoutKeywordsNamesItsLine() throws IOException {
        ContentException e = loadFails("title: T\ntopics:\n  Trade: ' , '\n");
        assertEquals(3, e.position().orElseThrow().line());
        assertEquals("topic 'Trade' needs at least one keyword", e.getMessage());
    }

    @Test
    void readsAliasesAndStopTags() throws IOException {
        SiteConfig config = load("""
                aliases:
                  POTUS: Donald Trump
                  PRC: China
                stopTags: [news, video]
                """);
        assertEquals(Map.of("POTUS", "Donald Trump", "PRC", "China"), config.taxonomy().aliases());
        assertEquals(Set.of("news", "video"), config.taxonomy().stopTags());
    }

    @Test
    void aliasWithoutNameNamesItsLine() throws IOException {
        ContentException e = loadFails("aliases:\n  POTUS:\n");
        assertEquals(2, e.position().orElseThrow().line());
    }

    @Test
    void invalidYamlNamesLineAndColumn() throws IOException {
        ContentException e = loadFails("title: T\ntopics: [a, b\npageSize: 3\n");
        SourcePosition at = e.position().orElseThrow();
        assertEquals(3, at.line());
        assertTrue(at.column() > 0, at.toString());
        assertTrue(e.getMessage().startsWith("invalid YAML: "), e.getMessage());
    }

    @Test
    void anUnclosedBracketAtTheEndOfTheFileNamesTheBracket() throws IOException {
        ContentException e = loadFails("title: T\ntopics: [a, b\n");
        assertEquals(2, e.position().orElseThrow().line());
        assertEquals(9, e.position().orElseThrow().column());
        assertTrue(e.getMessage().contains("but got the end of the file"), e.getMessage());
    }

    @Test
    void aSecondDocumentIsNamedInOneSentence() throws IOException {
        ContentException e = loadFails("a: 1\n---\nb: 2\n");
        assertEquals(2, e.position().orElseThrow().line());
        assertEquals("invalid YAML: expected a single document in the stream but found another document", e.getMessage());
    }

    @Test
    void duplicateKeyNamesBothLines() throws IOException {
        ContentException e = loadFails("title: A\npageSize: 3\ntitle: B\n");
        assertEquals(3, e.position().orElseThrow().line());
        assertEquals("duplicate key 'title' (first on line 1)", e.getMessage());
    }

    @Test
    void autoTagsMustBeTrueOrFalse() throws IOException {
        ContentException e = loadFails("autoTags: no\n");
        assertEquals("'autoTags' must be true or false, got 'no'", e.getMessage());
    }

    @Test
    void missingFileIsReportedAgainstItsName() {
        Path missing = dir.resolve("nope.yml");
        SiteGenException e = assertThrows(SiteGenException.class, () -> ConfigLoader.load(missing, SiteConfig.builder()));
        assertEquals(SourcePosition.of(missing), e.position().orElseThrow());
    }
}
