package org.cornerstone.reports.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one document, and the split of a text into runs that each font can encode.
 *
 * <p>Latin text uses the standard 14 fonts (Helvetica, Courier): they need no embedding and keep
 * the file small. They only encode WinAnsi, so any other character (Polish, Greek, Chinese, ...) is
 * drawn with the first fallback font that has it, loaded from the classpath the first time it is
 * needed and subset into the PDF. If no font has the glyph, the character is printed as {@code
 * '?'}: a certificate must never fail because of a name.
 *
 * <p>The text layer (what search, copy, screen readers and archives read) names the characters
 * drawn. CJK fonts draw an ideograph and its Kangxi or CJK radical with one glyph (大 U+5927 and ⼤
 * U+2F24 in Noto Sans SC); the fallback fonts are therefore loaded <em>subset</em>, so that PDFBox
 * (3.0.8 or later, PDFBOX-6210) builds their ToUnicode map from the code points actually shown.
 * Embedding a whole font would build it from the font's cmap alone, where the lowest code point,
 * the radical, wins (and would add ~10 MB per certificate).
 *
 * <p>For an archival (PDF/A) document every font must be embedded, the standard 14 included: there
 * the primary fonts are subsets of Liberation Sans (metric-compatible with Helvetica), bold is
 * drawn by also stroking the glyph outlines and oblique by slanting the text matrix (see {@link
 * #emboldened} and {@link #slanted}); monospaced text uses the regular face.
 */
final class TextFonts {

  /**
   * Classpath paths of the fallback fonts, tried in order: Liberation Sans (SIL OFL, shipped inside
   * PDFBox; metric-compatible with Helvetica; Latin Extended, Greek, Cyrillic), then Noto Sans SC
   * (SIL OFL, shipped by {@code com.helger.font:ph-fonts-noto-sans-sc}; Chinese and more).
   */
  static final List<String> FALLBACK_FONT_RESOURCES =
      List.of(TextFonts.LIBERATION_SANS, "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf");

  /** Liberation Sans Regular, shipped inside PDFBox; the embedded primary font of PDF/A output. */
  static final String LIBERATION_SANS =
      "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final System.Logger LOG = System.getLogger(TextFonts.class.getName());

  /** One stretch of text drawn with one font. */
  record Run(PDFont font, String text) {}

  final PDFont regular;
  final PDFont bold;
  final PDFont oblique;
  final PDFont mono;
  private final boolean embedded;

  private final PDDocument document;
  private final List<String> fallbackResources;
  private final PDFont[] fallbacks;
  private final boolean[] fallbackTried;
  private final Map<PDFont, Map<Integer, Float>> widths = new IdentityHashMap<>();

  TextFonts(PDDocument document) {
    this(document, FALLBACK_FONT_RESOURCES, false);
  }

  /**
   * @param fallbackResources classpath paths of the fallback fonts (for tests: fewer or missing
   *     fallback fonts force '?' replacement)
   * @param embedded whether the primary fonts are embedded too (PDF/A) instead of the standard 14
   * @throws UncheckedIOException if {@code embedded} and Liberation Sans cannot be loaded
   */
  TextFonts(PDDocument document, List<String> fallbackResources, boolean embedded) {
    this.document = document;
    this.embedded = embedded;
    if (embedded) {
      // Three subsets of one face: the identities tell which style a run is drawn in.
      regular = load(document, LIBERATION_SANS);
      bold = load(document, LIBERATION_SANS);
      oblique = load(document, LIBERATION_SANS);
      mono = regular;
      fallbackResources =
          fallbackResources.stream().filter(r -> !r.equals(LIBERATION_SANS)).toList();
    } else {
      regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      oblique = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
      mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    }
    this.fallbackResources = List.copyOf(fallbackResources);
    this.fallbacks = new PDFont[fallbackResources.size()];
    this.fallbackTried = new boolean[fallbackResources.size()];
  }

  private static PDFont load(PDDocument document, String resource) {
    try (InputStream in = TextFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("Font " + resource + " is not on the classpath"));
      }
      return PDType0Font.load(document, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load font " + resource, e);
    }
  }

  /** Whether text in {@code primary} must be drawn bold by stroking (embedded fonts only). */
  boolean emboldened(PDFont primary) {
    return embedded && primary == bold;
  }

  /** Whether text in {@code primary} must be drawn slanted (embedded fonts only). */
  boolean slanted(PDFont primary) {
    return embedded && primary == oblique;
  }

  /**
   * Replaces line breaks and other control characters with spaces and drops invisible format
   * characters (bidi overrides, zero-width joiners): PDF text has no bidi algorithm, and an
   * override could make a printed id read differently from the stored one.
   */
  static String singleLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                sb.append(' ');
              } else if (Character.getType(cp) != Character.FORMAT) {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  /** Splits {@code text} (a single line) into runs of {@code primary}, fallback and '?'. */
  List<Run> runs(String text, PDFont primary) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    PDFont currentFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      PDFont font = fontFor(cp, primary);
      String chars = font == null ? "?" : new String(Character.toChars(cp));
      if (font == null) {
        font = primary;
      }
      if (font != currentFont && current.length() > 0) {
        runs.add(new Run(currentFont, current.toString()));
        current.setLength(0);
      }
      currentFont = font;
      current.append(chars);
    }
    if (current.length() > 0) {
      runs.add(new Run(currentFont, current.toString()));
    }
    return runs;
  }

  /** Width in points of {@code text} (a single line) as {@link #runs} would draw it. */
  float width(String text, PDFont primary, float size) {
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      units += unitWidth(cp, primary);
    }
    return units / 1000f * size;
  }

  /** Width in points of a single code point. */
  float width(int cp, PDFont primary, float size) {
    return unitWidth(cp, primary) / 1000f * size;
  }

  /** Shortens {@code text} with an ellipsis so that it fits in {@code maxWidth} points. */
  String fit(String text, PDFont primary, float size, float maxWidth) {
    String clean = singleLine(text);
    if (width(clean, primary, size) <= maxWidth) {
      return clean;
    }
    String ellipsis = "\u2026";
    float budget = maxWidth - width(ellipsis, primary, size);
    StringBuilder sb = new StringBuilder();
    float used = 0;
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      float w = width(cp, primary, size);
      if (used + w > budget) {
        break;
      }
      used += w;
      sb.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return sb.append(ellipsis).toString();
  }

  private float unitWidth(int cp, PDFont primary) {
    PDFont font = fontFor(cp, primary);
    int drawn = font == null ? '?' : cp;
    PDFont used = font == null ? primary : font;
    return widths
        .computeIfAbsent(used, f -> new HashMap<>())
        .computeIfAbsent(drawn, c -> measure(used, c));
  }

  private static float measure(PDFont font, int cp) {
    try {
      return font.getStringWidth(new String(Character.toChars(cp)));
    } catch (IOException | IllegalArgumentException e) {
      return 500f;
    }
  }

  /** The font that draws {@code cp}: primary, else a fallback, else {@code null} (print '?'). */
  private PDFont fontFor(int cp, PDFont primary) {
    if (canEncode(primary, cp)) {
      return primary;
    }
    for (int i = 0; i < fallbacks.length; i++) {
      PDFont alt = fallback(i);
      if (alt != null && canEncode(alt, cp)) {
        return alt;
      }
    }
    return null;
  }

  private final Map<PDFont, Map<Integer, Boolean>> encodable = new IdentityHashMap<>();

  private boolean canEncode(PDFont font, int cp) {
    return encodable
        .computeIfAbsent(font, f -> new HashMap<>())
        .computeIfAbsent(cp, c -> tryEncode(font, c));
  }

  private static boolean tryEncode(PDFont font, int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Loads fallback font {@code i} on first use: most certificates never need it. */
  private PDFont fallback(int i) {
    if (!fallbackTried[i]) {
      fallbackTried[i] = true;
      String resource = fallbackResources.get(i);
      try (InputStream in = TextFonts.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          LOG.log(
              System.Logger.Level.WARNING,
              "Font {0} is not on the classpath: characters only it has print as ''?''",
              resource);
        } else {
          // embedSubset = true: see the class comment on the text layer.
          fallbacks[i] = PDType0Font.load(document, in, true);
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Cannot load font " + resource, e);
      }
    }
    return fallbacks[i];
  }
}
