/**
 * Extraction: turns one raw page dump (.txt) into structured fields.
 *
 * <p>Public API: {@link dev.sitegen.extract.DumpExtractor#extract(String)} gives an
 * {@link dev.sitegen.extract.Extraction}; {@link dev.sitegen.extract.CorpusProfile} holds line
 * repetition across all dumps; {@link dev.sitegen.extract.ExtractionJson} writes the fixed-key JSON.
 * Everything else is package-private, one job per class: screening input, normalising and
 * re-joining lines, recognising each line (byline, dates, relative time, copyright, caption
 * credit, chrome), then reading title, header, body, footer and related teasers in context.
 *
 * <p>The method combines structure (position, the repeated title, the layout of a teaser block),
 * line statistics in the manner of jusText and boilerpipe (length, stop-word density, closing
 * punctuation, neighbouring lines) and repetition across the corpus. Phrase lists under
 * {@code src/main/resources/dev/sitegen/extract/} only add known chrome on top.
 */
package dev.sitegen.extract;
