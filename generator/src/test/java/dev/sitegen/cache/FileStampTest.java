package dev.sitegen.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileStampTest {

    private static final long READ = 1_750_000_000_000_000L; // microseconds since the epoch, a whole second

    private static boolean trusted(long modified) {
        return new FileStamp.Clock(READ).stamp(10, modified, 7).matches(10, modified, 7);
    }

    @Test
    void aTimeWithAFractionOfASecondIsTrustedOnceATenthOfASecondOlderThanTheRead() {
        assertTrue(trusted(READ - 100_001));
        assertFalse(trusted(READ - 99_999), "within the tick of a fine file system");
        assertFalse(trusted(READ - 1), "written as it was read");
        assertFalse(trusted(READ + 250_000), "written after the read started");
    }

    @Test
    void aWholeSecondTimeMayComeFromACoarseFileSystemAndIsTrustedOnlyTwoSecondsBeforeTheRead() {
        assertFalse(trusted(READ - 1_000_000));
        assertFalse(trusted(READ - 2_000_000));
        assertTrue(trusted(READ - 3_000_000));
    }

    @Test
    void anyOtherSizeTimeOrFileDoesNotMatch() {
        FileStamp stamp = new FileStamp.Clock(READ).stamp(10, READ - 5_000_123, 7);
        assertTrue(stamp.matches(10, READ - 5_000_123, 7));
        assertFalse(stamp.matches(11, READ - 5_000_123, 7));
        assertFalse(stamp.matches(10, READ - 5_000_124, 7));
        assertFalse(stamp.matches(10, READ - 5_000_123, 8));
    }
}
