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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;

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
        return render(templateName, model, TextBuffer::toString);
    }

    /**
     * The page as UTF-8, encoded straight from the buffer it was rendered into: a String in
     * between would be one more copy of every page.
     */
    public byte[] renderUtf8(String templateName, Map<String, Object> model) {
        return render(templateName, model, TextBuffer::utf8);
    }

    private <T> T render(String templateName, Map<String, Object> model, Function<TextBuffer, T> result) {
        Template template = template(templateName);
        TextBuffer shared = buffers.get();
        // A render started from inside another (a model built while rendering) gets its own buffer.
        TextBuffer out = shared.busy ? new TextBuffer() : shared;
        out.clear();
        out.busy = true;
        try {
            template.process(model, out);
            return result.apply(out);
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
    }

    /**
     * Where one thread renders, reused from page to page: a fresh writer per page would allocate
     * and regrow its buffer every time, which on a large site is gigabytes of garbage and a
     * heap that grows to hold it.
     */
    private static final class TextBuffer extends Writer {
        private static final int KEEP = 1 << 20;
        private StringBuilder text = new StringBuilder(32 * 1024);
        private char[] chars = new char[0];
        private byte[] bytes = new byte[0];
        // Replaces a lone surrogate with '?', as String.getBytes does.
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private boolean busy;

        void clear() {
            if (text.capacity() > KEEP) {
                text = new StringBuilder(32 * 1024); // one huge page should not pin its buffer
            }
            if (chars.length > KEEP) {
                chars = new char[0];
                bytes = new byte[0];
            }
            text.setLength(0);
        }

        byte[] utf8() {
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
                bytes = new byte[3 * chars.length]; // UTF-8 takes at most 3 bytes per char
            }
            text.getChars(0, n, chars, 0);
            ByteBuffer out = ByteBuffer.wrap(bytes);
            utf8.reset();
            utf8.encode(CharBuffer.wrap(chars, 0, n), out, true);
            utf8.flush(out);
            return Arrays.copyOf(bytes, out.position());
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
