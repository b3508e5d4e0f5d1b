package dev.sitegen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

    private static SiteConfig withBaseUrl(String baseUrl) {
        return SiteConfig.builder().baseUrl(baseUrl).build();
    }

    @Test
    void addsTrailingSlashToProjectUrl() {
        assertEquals("https://x.github.io/repo/", withBaseUrl("https://x.github.io/repo").baseUrl());
    }

    @Test
    void basePathOfProjectUrlIsTheRepositoryPath() {
        assertEquals("/repo/", withBaseUrl("https://x.github.io/repo").basePath());
    }

    @Test
    void basePathOfDomainRootIsSlash() {
        assertEquals("/", withBaseUrl("https://example.org").basePath());
    }

    @Test
    void absoluteBaseUrlIsKeptForLinksInFeeds() {
        assertEquals(Optional.of("https://x.github.io/repo/"), withBaseUrl("https://x.github.io/repo").absoluteBaseUrl());
    }

    @Test
    void pathOnlyBaseUrlGetsTrailingSlashAndNoAbsoluteUrl() {
        SiteConfig config = withBaseUrl("/repo");
        assertEquals("/repo/", config.basePath());
        assertEquals(Optional.empty(), config.absoluteBaseUrl());
    }

    @Test
    void blankBaseUrlMeansDomainRoot() {
        assertEquals("/", withBaseUrl("  ").baseUrl());
    }

    @Test
    void rejectsFtpBaseUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withBaseUrl("ftp://x.org/repo/"));
        assertTrue(e.getMessage().contains("must be an http(s) URL"), e.getMessage());
    }

    @Test
    void rejectsBaseUrlWithoutScheme() {
        assertThrows(IllegalArgumentException.class, () -> withBaseUrl("x.github.io/repo"));
    }

    @Test
    void rejectsBaseUrlWithQueryString() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withBaseUrl("https://x.github.io/repo/?ref=a"));
        assertTrue(e.getMessage().contains("must not have a query"), e.getMessage());
    }

    @Test
    void rejectsBaseUrlWithFragment() {
        assertThrows(IllegalArgumentException.class, () -> withBaseUrl("https://x.github.io/repo/#top"));
    }

    @Test
    void rejectsPageSizeBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteConfig.builder().pageSize(0).build());
        assertTrue(e.getMessage().contains("pageSize"), e.getMessage());
    }

    @Test
    void rejectsBlankTitle() {
        assertThrows(IllegalArgumentException.class, () -> SiteConfig.builder().title(" ").build());
    }

    @Test
    void toBuilderGivesAnEqualConfig() {
        SiteConfig config = SiteConfig.builder().projectDir(Path.of("p")).seedsDir(Path.of("p/in"))
                .outputDir(Path.of("p/out")).templatesDir(Path.of("p/t")).baseUrl("https://x.org/r/").title("T")
                .language("de").pageSize(3).homeSize(4).timeZone(ZoneId.of("Asia/Tokyo")).cname("news.x.org")
                .threads(2).cacheDir(Path.of("p/cache")).build();
        assertEquals(config, config.toBuilder().build());
    }

    @Test
    void stopTagsPrintInOneOrderWhateverOrderTheyWereGivenIn() {
        // The settings' text is part of every output's fingerprint: it must not vary from run to run.
        TaxonomySettings a = new TaxonomySettings(2, 15, true, java.util.Map.of(), java.util.Map.of(),
                new java.util.LinkedHashSet<>(List.of("zeta", "alpha", "mid")));
        TaxonomySettings b = new TaxonomySettings(2, 15, true, java.util.Map.of(), java.util.Map.of(),
                new java.util.LinkedHashSet<>(List.of("mid", "zeta", "alpha")));
        assertEquals(a.toString(), b.toString());
        assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(a.stopTags()));
    }
}
