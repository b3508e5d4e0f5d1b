package dev.sitegen.extract;

import java.util.Optional;

/** Rejects input that cannot hold an article: nothing, only whitespace, or binary data. */
final class InputScreen {

    /** Above this share of control or replacement characters the "text" is really binary. */
    private static final double MAX_BINARY_SHARE = 0.05;

    private InputScreen() {
    }

    /** Why the text is unusable, or empty when it is worth reading. */
    static Optional<String> rejectReason(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("empty dump: the file has no text");
        }
        int odd = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\uFEFF') {
                continue;
            }
            if (c == 0 || Character.isISOControl(c) || c == '\uFFFD'
                    || Character.getType(c) == Character.UNASSIGNED) {
                odd++;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
            }
        }
        if (visible == 0 && odd == 0) {
            return Optional.of("empty dump: the file holds only whitespace");
        }
        if (text.indexOf('\0') >= 0 || odd > MAX_BINARY_SHARE * (odd + visible)) {
            return Optional.of("not a text dump: the file looks like binary data (%d of %d characters are control or invalid characters)"
                    .formatted(odd, odd + visible));
        }
        return Optional.empty();
    }
}
