// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import dev.curate.core.doc.Document;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One document's text cut into words, lines and paragraphs, each computed on first use and then
 * shared by every rule that runs on the same document.
 *
 * <p>{@link #of(Document)} keeps the last analysis per thread and returns it again while the
 * same text instance (compared by identity, so the check costs nothing) and language come back:
 * filters in a chain each call {@code of(doc)} and the words are split once per document.
 *
 * <p>Not thread-safe; an instance belongs to the thread that made it.
 */
public final class AnalyzedText {
  private static final ThreadLocal<AnalyzedText> LAST = new ThreadLocal<>();

  private final String text;
  private final String lang;
  private int length = -1;
  private Tokens tokens;
  private List<String> words;
  private List<String> lines;
  private List<String> newlineLines;
  private List<String> newlineRunLines;
  private List<String> paragraphs;

  private AnalyzedText(String text, String lang) {
    this.text = Objects.requireNonNull(text, "text");
    this.lang = lang;
  }

  /** The analysis of {@code doc}, reused from this thread's last call when it is the same text. */
  public static AnalyzedText of(Document doc) {
    return of(doc.text(), doc.lang());
  }

  /** As {@link #of(Document)}, for a bare text. */
  public static AnalyzedText of(String text, String lang) {
    AnalyzedText last = LAST.get();
    if (last != null && last.text == text && Objects.equals(last.lang, lang)) return last;
    AnalyzedText fresh = new AnalyzedText(text, lang);
    LAST.set(fresh);
    return fresh;
  }

  public String text() {
    return text;
  }

  public String lang() {
    return lang;
  }

  /** Length in code points (Python's {@code len(text)}). */
  public int length() {
    if (length < 0) length = PyStr.length(text);
    return length;
  }

  /** {@link Words#tokens}: the words every rule counts, as spans with ids. */
  public Tokens tokens() {
    if (tokens == null) tokens = Words.tokens(text, lang);
    return tokens;
  }

  /** {@link #tokens()} as strings ({@link Words#split}). */
  public List<String> words() {
    if (words == null) words = Collections.unmodifiableList(tokens().asList());
    return words;
  }

  /** {@link Lines#splitLines}: Python {@code splitlines()}. */
  public List<String> lines() {
    if (lines == null) lines = Collections.unmodifiableList(Lines.splitLines(text));
    return lines;
  }

  /** {@link Lines#splitNewline}: {@code split("\n")}. */
  public List<String> newlineLines() {
    if (newlineLines == null) newlineLines = Collections.unmodifiableList(Lines.splitNewline(text));
    return newlineLines;
  }

  /** {@link Lines#splitNewlineRuns}: {@code re.split("\n+")}. */
  public List<String> newlineRunLines() {
    if (newlineRunLines == null) newlineRunLines = Collections.unmodifiableList(Lines.splitNewlineRuns(text));
    return newlineRunLines;
  }

  /** {@link Lines#paragraphs}: {@code re.split(r"\n{2,}", text.strip())}. */
  public List<String> paragraphs() {
    if (paragraphs == null) paragraphs = Collections.unmodifiableList(Lines.paragraphs(text));
    return paragraphs;
  }
}
