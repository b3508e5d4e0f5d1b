package dev.sitegen.cli;

import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.SiteGenException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * Turns failures into one clear message and an exit code. Problems with the user's files are
 * shown without a stack trace; only a bug in site-gen itself shows one.
 */
final class Failures {

    private Failures() {
    }

    static int guard(PrintStream err, Callable<Integer> command) {
        try {
            return command.call();
        } catch (BuildFailedException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (SiteGenException e) {
            err.println("error: " + e.describe());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("internal error (please report it):");
            e.printStackTrace(err);
            return 3;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
