package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChromeDetectorTest {

    private static boolean chrome(String line) {
        return ChromeDetector.isChrome(line, LineStats.of(line));
    }

    @Test
    void widgetsAndBadgesAreChrome() {
        assertTrue(chrome("Advertisement"));
        assertTrue(chrome("ADVERTISEMENT"));
        assertTrue(chrome("Share this article"));
        assertTrue(chrome("Listen to this article"));
        assertTrue(chrome("4 min read"));
        assertTrue(chrome("Story continues below advertisement"));
        assertTrue(chrome("Facebook Twitter LinkedIn Email"));
        assertTrue(chrome("Listen · 4 min"));
        assertTrue(chrome("Advertisement · Scroll to continue"));
    }

    @Test
    void promoLinesAreChrome() {
        assertTrue(chrome("Read more: EU and Japan launch talks on defence industry ties"));
        assertTrue(chrome("RELATED: How Australia's social media ban for teens will work"));
    }

    @Test
    void breadcrumbsAreChrome() {
        assertTrue(chrome("Home > World > Asia"));
        assertTrue(chrome("Home | World | Asia-Pacific | Australia"));
    }

    @Test
    void callsToActionAddressingTheReaderAreChrome() {
        assertTrue(chrome("Ready to dive into the world of global news and events? Download our app today from your "
                + "preferred app store and start exploring."));
        assertTrue(chrome("Explore what Daily8 AI can do for you:"));
        assertTrue(chrome("Get the best stories from across the continent delivered to your inbox every morning."));
        assertTrue(chrome("By subscribing, you agree to our Privacy Policy and Terms of Use."));
        assertTrue(chrome("We respect your privacy."));
    }

    @Test
    void wireCreditTailsAreChrome() {
        assertTrue(chrome("Reporting by Yukiko Toyoda in Tokyo; Editing by Kim Coghill"));
        assertTrue(chrome("==Kyodo"));
    }

    @Test
    void newsAboutAppsAndNewslettersIsNotChrome() {
        assertFalse(chrome("The app was launched in May."));
        assertFalse(chrome("Critics say the law could violate the constitutional right to privacy."));
        assertFalse(chrome("\"Download the app if you want to see how bad it is,\" the minister said."));
        assertFalse(chrome("Regulators said users could download the app again from Friday after the fix."));
    }

    @Test
    void headlinesAreNotChrome() {
        assertFalse(chrome("U.S. and Chinese officials meet in London for pivotal trade talks"));
        assertFalse(chrome("POSITIVE CONCLUSION"));
    }
}
