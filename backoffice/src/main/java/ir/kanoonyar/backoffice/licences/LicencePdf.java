package ir.kanoonyar.backoffice.licences;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable licence: one A4 page in Persian with a QR code to the public verification page.
 *
 * <p>OpenPDF writes text without Arabic-script shaping, so the page is drawn with Java2D instead:
 * {@link TextLayout} runs the bidi algorithm and shapes the Persian letters with Vazirmatn's own
 * tables, and OpenPDF's shapes-mode {@code Graphics2D} writes the shaped glyphs into the PDF as
 * vector outlines. The text is therefore sharp at any size but not selectable.
 */
@Component
public class LicencePdf {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private static final Pattern LATIN_RUN = Pattern.compile("[0-9A-Za-z][\\x21-\\x7E]*[0-9A-Za-z]");
    private static final Font REGULAR = font("Vazirmatn-Regular.ttf");
    private static final Font BOLD = font("Vazirmatn-Bold.ttf");
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private final MessageSource messages;

    public LicencePdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(LicenceView licence, String verifyUrl) {
        Rectangle a4 = PageSize.A4;
        float width = a4.getWidth();
        float height = a4.getHeight();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(a4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("licence.pdf.title") + " " + licence.number());
        document.addCreator("Kanoonyar");
        document.open();
        Graphics2D g = writer.getDirectContent().createGraphicsShapes(width, height);
        try {
            draw(g, licence, verifyUrl, width, height);
        } finally {
            g.dispose();
        }
        document.close();
        return out.toByteArray();
    }

    private void draw(Graphics2D g, LicenceView licence, String verifyUrl, float width, float height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        float margin = 48;
        float right = width - margin - 20;
        float left = margin + 20;

        // A double frame.
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Rectangle2D.Float(margin - 14, margin - 14, width - 2 * margin + 28, height - 2 * margin + 28));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Float(margin - 8, margin - 8, width - 2 * margin + 16, height - 2 * margin + 16));

        g.setColor(ACCENT);
        float y = centred(g, text("licence.pdf.title"), BOLD.deriveFont(22f), width / 2, 120);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Float(left + 40, y + 16, right - 40, y + 16));

        g.setColor(INK);
        Font body = REGULAR.deriveFont(15f);
        Font strong = BOLD.deriveFont(17f);
        float lineWidth = right - left;
        y = 200;
        y = paragraph(g, text("licence.pdf.kanoon", licence.kanoonName()), strong, right, y, lineWidth) + 14;
        y = paragraph(g, text("licence.pdf.mosque", licence.mosqueName()), body, right, y, lineWidth) + 14;
        y = paragraph(g, text("licence.pdf.region", licence.countyName(), licence.provinceName()), body, right, y,
                lineWidth) + 14;
        if (!licence.managerName().isBlank()) {
            y = paragraph(g, text("licence.pdf.manager", licence.managerName()), body, right, y, lineWidth) + 14;
        }
        y = paragraph(g, text("licence.pdf.number", licence.number()), strong, right, y, lineWidth) + 14;
        y = paragraph(g, text("licence.pdf.issued", licence.issuedOn().formatLong()), body, right, y, lineWidth) + 14;
        paragraph(g, text("licence.pdf.valid-until", licence.validUntil().formatLong()), body, right, y, lineWidth);

        // The QR code at the bottom left, its caption to its right (the reader meets the caption first).
        float side = 150;
        float qrTop = height - margin - 40 - side;
        QrCode.of(verifyUrl).draw(g, left, qrTop, side);
        g.setColor(INK);
        paragraph(g, text("licence.pdf.qr-caption"), REGULAR.deriveFont(12f), right, qrTop + 50,
                right - left - side - 30);
        Font url = REGULAR.deriveFont(8f);
        TextLayout urlLayout = new TextLayout(verifyUrl, url, g.getFontRenderContext());
        urlLayout.draw(g, left + (side - urlLayout.getAdvance()) / 2, qrTop + side + 12);
    }

    /** Right-aligned right-to-left lines, wrapped to {@code wrapWidth}; returns the last baseline. */
    private static float paragraph(Graphics2D g, String text, Font font, float right, float top, float wrapWidth) {
        float y = top;
        for (TextLayout line : lines(g, text, font, wrapWidth)) {
            y += line.getAscent();
            line.draw(g, right - line.getAdvance(), y);
            y += line.getDescent() + line.getLeading();
        }
        return y;
    }

    private static float centred(Graphics2D g, String text, Font font, float centre, float top) {
        float y = top;
        for (TextLayout line : lines(g, text, font, Float.MAX_VALUE)) {
            y += line.getAscent();
            line.draw(g, centre - line.getAdvance() / 2, y);
            y += line.getDescent() + line.getLeading();
        }
        return y;
    }

    /** Laid out right to left: bidi reordering and Arabic-script shaping happen here. */
    static List<TextLayout> lines(Graphics2D g, String text, Font font, float wrapWidth) {
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        attributed.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        // Latin runs such as the licence number read left to right as a whole: without an embedding,
        // the bidi algorithm would flip "00-1405-000123" to "000123-1405-00" in a right-to-left line.
        Matcher latin = LATIN_RUN.matcher(text);
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

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, PERSIAN);
    }

    private static Font font(String file) {
        try (InputStream in = LicencePdf.class.getResourceAsStream("/fonts/" + file)) {
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
