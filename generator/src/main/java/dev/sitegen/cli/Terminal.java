package dev.sitegen.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Where a command prints: this process's own output, or that of a {@code site-gen} talking to the
 * build daemon, which prints what the daemon's build writes here.
 *
 * @param out         the report
 * @param err         warnings, errors and the progress line
 * @param interactive whether a person watches a terminal, who is shown a progress line
 * @param charset     what {@code out} and {@code err} encode text in, for writers over them
 */
record Terminal(PrintStream out, PrintStream err, boolean interactive, Charset charset) {

    static Terminal system() {
        // The charset picocli writes System.out in when it is given no writer of its own.
        return new Terminal(System.out, System.err, System.console() != null, Charset.defaultCharset());
    }
}
