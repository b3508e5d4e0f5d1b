package dev.sitegen.render;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Owns the one Freemarker {@link Configuration} of a build. Templates are looked up first in the
 * user's templates folder, then in the built-in theme, so a user overrides one file at a time.
 * {@code .ftlh} files are HTML-escaped automatically: seed text can never become markup.
 */
public final class TemplateEngine {

    /** Where the built-in theme sits on the class path (the repository's templates/ folder). */
    public static final String THEME_ROOT = "/dev/sitegen/theme";

    private final Configuration cfg;
    private final ThreadLocal<TextBuffer> buffers = ThreadLocal.withInitial(TextBuffer::new);
    private final Optional<Path> userDir;

    public TemplateEngine(Optional<Path> userTemplates) {
        this.userDir = userTemplates;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader(userTemplates));
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        this.cfg = c;
    }

    private static TemplateLoader loader(Optional<Path> userTemplates) {
        ClassTemplateLoader theme = new ClassTemplateLoader(TemplateEngine.class, THEME_ROOT);
        if (userTemplates.isEmpty()) {
            return theme;
        }
        Path dir = userTemplates.get();
        if (!Files.isDirectory(dir)) {
            throw new SiteGenException(SourcePosition.of(dir), "the templates folder does not exist");
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(dir.toFile()), theme});
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(dir), "cannot read the templates folder: " + e.getMessage(), e);
        }
    }

    /** Loads every named template up front, so a syntax error stops the build before any output. */
    public void preload(Iterable<String> names) {
        for (String name : names) {
            template(name);
        }
    }

    public String render(String templateName, Map<String, Object> model) {
        Template template = template(templateName);
        TextBuffer shared = buffers.get();
        // A render started from inside another (a model built while rendering) gets its own buffer.
        TextBuffer out = shared.busy ? new TextBuffer() : shared;
        out.clear();
        out.busy = true;
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            // The error may lie in a template this one imports or includes (layout.ftlh): name that file.
            if (e.getCause() instanceof ParseException parse) {
                throw new ContentException(position(sourceName(parse.getTemplateName(), templateName),
                        parse.getLineNumber(), parse.getColumnNumber()),
                        "template syntax error: " + firstLine(parse.getEditorMessage()), e);
            }
            throw new ContentException(position(sourceName(e.getTemplateSourceName(), templateName), e.getLineNumber(),
                    e.getColumnNumber()), "template error: " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new SiteGenException(null, "cannot render " + templateName + ": " + e.getMessage(), e);
        } finally {
            out.busy = false;
        }
        return out.toString();
    }

    /**
     * Where one thread renders, reused from page to page: a fresh writer per page would allocate
     * and regrow its buffer every time, which on a large site is gigabytes of garbage and a
     * heap that grows to hold it.
     */
    private static final class TextBuffer extends Writer {
        private static final int KEEP = 1 << 20;
        private StringBuilder text = new StringBuilder(32 * 1024);
        private boolean busy;

        void clear() {
            if (text.capacity() > KEEP) {
                text = new StringBuilder(32 * 1024); // one huge page should not pin its buffer
            }
            text.setLength(0);
        }

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence csq) {
            text.append(csq);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private Template template(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (ParseException e) {
            throw new ContentException(position(name, e.getLineNumber(), e.getColumnNumber()),
                    "template syntax error: " + firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new ContentException(position(name, 0, 0), "template not found or unreadable: " + e.getMessage(), e);
        }
    }

    private static String sourceName(String failing, String rendered) {
        return failing == null || failing.isEmpty() ? rendered : failing;
    }

    /** Names the user's file when it overrides the theme's, else the theme's path in templates/. */
    private SourcePosition position(String name, Integer line, Integer column) {
        Path file = userDir.map(d -> d.resolve(name)).filter(Files::isRegularFile).orElse(Path.of("templates", name));
        return new SourcePosition(file, line == null ? 0 : Math.max(0, line), column == null ? 0 : Math.max(0, column));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
