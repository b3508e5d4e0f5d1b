package dev.sitegen.check;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates HTML pages with the Nu Html Checker in-process, the way its own command-line client drives
 * {@link SimpleDocumentValidator}: the schema is read from the copy inside the validator jar, so nothing
 * goes over the network.
 *
 * <p>Setting up takes about half a second (it compiles the RELAX NG schema), so make one per thread and
 * reuse it for many pages. Not thread-safe.
 */
final class HtmlValidator {

    /** The schema vnu uses by default; the URL is only a key into the jar's local entity cache. */
    private static final String SCHEMA_URL = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /**
     * Sets up the schema, validator and parsers.
     *
     * @throws IllegalStateException when the validator jar cannot set itself up
     */
    HtmlValidator() {
        silenceLog4j();
        // No log4j set-up of its own, no URL logging, no language detection (slow, and only gives warnings).
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(SCHEMA_URL, new FailingHandler());
            // Streaming (noStream = false) as vnu's CLI does: errors then carry their line and column.
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker: " + e.getMessage(), e);
        }
    }

    /** The errors the checker reports for one page, and how many warnings it gave. */
    record Result(List<CheckProblem> errors, int warnings) {
        Result {
            errors = List.copyOf(errors);
        }
    }

    /** Validates {@code content} (UTF-8 HTML) and reports it as {@code file}. */
    Result validate(String file, byte[] content) {
        collector.start(file);
        InputSource input = new InputSource(new ByteArrayInputStream(content));
        input.setSystemId(file);
        try {
            validator.checkHtmlInputSource(input);
        } catch (SAXException e) {
            collector.add(0, 0, "the HTML checker stopped: " + e.getMessage());
        } catch (IOException e) {
            // The input is in memory, so this is not a file problem but a bug.
            throw new UncheckedIOException("HTML checker failed on " + file, e);
        }
        return collector.finish();
    }

    /**
     * vnu logs through log4j 1.x at debug level; unconfigured, log4j prints a warning on stderr. Only the
     * validator's own loggers are turned off, so a host application's log4j set-up is left alone.
     */
    private static void silenceLog4j() {
        org.apache.log4j.Logger.getLogger("nu.validator").setLevel(org.apache.log4j.Level.OFF);
    }

    /** Collects the messages of the page being checked. */
    private static final class Collector implements ErrorHandler {
        private String file = "";
        private List<CheckProblem> errors = new ArrayList<>();
        private int warnings;

        void start(String file) {
            this.file = file;
            this.errors = new ArrayList<>();
            this.warnings = 0;
        }

        Result finish() {
            return new Result(errors, warnings);
        }

        void add(int line, int column, String message) {
            errors.add(new CheckProblem(CheckProblem.Kind.HTML, file, Math.max(line, 0), Math.max(column, 0),
                    message == null ? "(no message)" : message));
        }

        @Override
        public void warning(SAXParseException e) {
            warnings++;
        }

        @Override
        public void error(SAXParseException e) {
            add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }
    }

    /** The schema ships inside the jar, so any error reading it means a broken installation. */
    private static final class FailingHandler implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Schema warnings do not affect checking.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
