package ir.kanoonyar.db.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A printable page of Persian text, drawn with Java2D: the licence and the training certificate.
 * <p>
 * OpenPDF writes text without Arabic-script shaping, so the page is drawn with Java2D instead:
 * {@link TextLayout} runs the bidi algorithm and shapes the Persian letters with Vazirmatn's own
 * tables, and OpenPDF's shapes-mode {@code Graphics2D} writes the shaped glyphs into the PDF as
 * vector outlines. The text is therefore sharp at any size but not selectable.
 */
public final class PersianPage {

    public static final Font REGULAR = font("Vazirmatn-Regular.ttf");
    public static final Font BOLD = font("Vazirmatn-Bold.ttf");

    private final Rectangle size;
    private final Pattern leftToRightRuns;

    /**
     * @param size            the page in PDF points, e.g. {@code PageSize.A4}
     * @param leftToRightRuns the Latin runs (codes, addresses) that read left to right as a whole inside
     *                        the right-to-left lines
     */
    public PersianPage(Rectangle size, Pattern leftToRightRuns) {
        this.size = size;
        this.leftToRightRuns = leftToRightRuns;
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }

    /** A one-page PDF with {@code drawing} drawn on it, in points from the top left corner. */
    public byte[] pdf(String title, Consumer<Graphics2D> drawing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(size, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Kanoonyar");
        document.open();
        Graphics2D g = writer.getDirectContent().createGraphicsShapes(width(), height());
        try {
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        document.close();
        return out.toByteArray();
    }

    /** Lines centred on {@code centre}, wrapped to {@code wrapWidth}; returns where the last line ends. */
    public float centred(Graphics2D g, String text, Font font, float centre, float top, float wrapWidth) {
        float y = top;
        for (TextLayout line : lines(g, text, font, wrapWidth)) {
            y += line.getAscent();
            line.draw(g, centre - line.getAdvance() / 2, y);
            y += line.getDescent() + line.getLeading();
        }
        return y;
    }

    /** Lines ending at {@code right}, wrapped to {@code wrapWidth}; returns where the last line ends. */
    public float rightAligned(Graphics2D g, String text, Font font, float right, float top, float wrapWidth) {
        float y = top;
        for (TextLayout line : lines(g, text, font, wrapWidth)) {
            y += line.getAscent();
            line.draw(g, right - line.getAdvance(), y);
            y += line.getDescent() + line.getLeading();
        }
        return y;
    }

    /** Laid out right to left: bidi reordering and Arabic-script shaping happen here. */
    private List<TextLayout> lines(Graphics2D g, String text, Font font, float wrapWidth) {
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        attributed.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        // Without an embedding, the bidi algorithm would flip "00-1405-000123" to "000123-1405-00"
        // in a right-to-left line.
        Matcher latin = leftToRightRuns.matcher(text);
        while (latin.find()) {
            attributed.addAttribute(TextAttribute.BIDI_EMBEDDING, 2, latin.start(), latin.end());
        }
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), g.getFontRenderContext());
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < text.length()) {
            lines.add(measurer.nextLayout(wrapWidth));
        }
        return lines;
    }

    private static Font font(String file) {
        try (InputStream in = PersianPage.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from fonts/ (db module)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + file + " is not a TrueType font", e);
        }
    }
}
