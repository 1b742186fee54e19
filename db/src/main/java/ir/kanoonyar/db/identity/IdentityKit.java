package ir.kanoonyar.db.identity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import ir.kanoonyar.db.document.PersianPage;
import ir.kanoonyar.db.document.QrCode;
import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Component;

/**
 * Draws a piece of the kit for a kanoon from a template version: a one-page vector PDF at the piece's
 * real size, and a PNG preview. Both are drawn by the same Java2D code in millimetres, laid out by
 * {@link PersianPage} (bidi and Arabic-script shaping by {@code TextLayout}, half-spaces kept), so the
 * preview shows what will be printed. The PDF's glyphs are vector outlines; under them lies an
 * invisible text layer of the same words, so that the PDF can be searched and its text copied.
 */
@Component
public class IdentityKit {

    /** PDF points in a millimetre. */
    static final float POINTS_PER_MM = 72f / 25.4f;

    /** The longer side of a preview, in pixels. */
    static final int PREVIEW_PIXELS = 1600;

    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    /** The licence number (Persian digits and dashes) reads left to right as a whole. */
    private static final Pattern NUMBERS = Pattern.compile("[0-9\u06F0-\u06F9][0-9\u06F0-\u06F9-]*[0-9\u06F0-\u06F9]");

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.identity", Locale.ROOT,
            IdentityKit.class.getClassLoader());

    private static final BaseFont LAYER_FONT = layerFont();

    /** A text drawn on the piece, kept for the PDF's text layer: centre and baseline in millimetres. */
    private record Written(String text, float centreX, float baseline, float size) {
    }

    public byte[] pdf(IdentityTemplate template, Piece piece, KanoonIdentity kanoon) {
        Design design = template.design(piece);
        float width = design.getWidthMm() * POINTS_PER_MM;
        float height = design.getHeightMm() * POINTS_PER_MM;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("identity.title." + piece.name()) + " " + kanoon.kanoonName());
        document.addCreator("Kanoonyar");
        document.open();
        PdfContentByte content = writer.getDirectContent();
        Graphics2D g = content.createGraphicsShapes(width, height);
        List<Written> written;
        try {
            g.scale(POINTS_PER_MM, POINTS_PER_MM);
            written = draw(g, template, piece, kanoon);
        } finally {
            g.dispose();
        }
        content.beginText();
        content.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE);
        for (Written w : written) {
            content.setFontAndSize(LAYER_FONT, w.size() * POINTS_PER_MM);
            content.showTextAligned(PdfContentByte.ALIGN_CENTER, w.text(), w.centreX() * POINTS_PER_MM,
                    height - w.baseline() * POINTS_PER_MM, 0);
        }
        content.endText();
        document.close();
        return out.toByteArray();
    }

    public byte[] png(IdentityTemplate template, Piece piece, KanoonIdentity kanoon) {
        Design design = template.design(piece);
        double scale = (double) PREVIEW_PIXELS / Math.max(design.getWidthMm(), design.getHeightMm());
        BufferedImage image = new BufferedImage((int) Math.round(design.getWidthMm() * scale),
                (int) Math.round(design.getHeightMm() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.scale(scale, scale);
            draw(g, template, piece, kanoon);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The lines printed on a piece, in the order drawn: name, mosque, city, licence number. */
    public static List<String> lines(KanoonIdentity kanoon) {
        return List.of(kanoon.kanoonName(), text("identity.mosque", kanoon.mosqueName()),
                text("identity.city", kanoon.countyName(), kanoon.provinceName()),
                text("identity.licence", PersianText.toPersianDigits(kanoon.licenceNumber())));
    }

    /** Draws in millimetres from the top left corner; returns the texts drawn. */
    private List<Written> draw(Graphics2D g, IdentityTemplate template, Piece piece, KanoonIdentity kanoon) {
        Design design = template.design(piece);
        PersianPage page = new PersianPage(new Rectangle(design.getWidthMm(), design.getHeightMm()), NUMBERS);
        Color ink = Color.decode(design.getInk());
        g.setColor(Color.decode(design.getBackground()));
        g.fill(new Rectangle2D.Float(0, 0, design.getWidthMm(), design.getHeightMm()));

        Placement logo = template.placement(piece, Element.LOGO);
        drawLogo(g, template, logo, ink);

        Placement qr = template.placement(piece, Element.QR);
        double side = qr.getSizeMm();
        // Without antialiasing: blended edges leave light seams between the modules of a preview.
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        QrCode.of(kanoon.verifyUrl()).draw(g, qr.getXMm() - side / 2, qr.getYMm() - side / 2, side);
        if (antialiasing != null) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        }

        List<String> lines = lines(kanoon);
        Element[] elements = {Element.NAME, Element.MOSQUE, Element.CITY, Element.LICENCE};
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < elements.length; i++) {
            Placement p = template.placement(piece, elements[i]);
            float room = room(template, piece, p);
            Font font = fitted((elements[i] == Element.NAME ? PersianPage.BOLD : PersianPage.REGULAR)
                    .deriveFont((float) p.getSizeMm()), lines.get(i), room, g);
            LineMetrics metrics = font.getLineMetrics(lines.get(i), g.getFontRenderContext());
            float top = p.getYMm() - (metrics.getAscent() + metrics.getDescent()) / 2;
            g.setColor(ink);
            page.centred(g, lines.get(i), font, p.getXMm(), top, Float.MAX_VALUE);
            written.add(new Written(lines.get(i), p.getXMm(), top + metrics.getAscent(), font.getSize2D()));
        }
        return written;
    }

    /**
     * The width a text centred on its place may take: up to the page's edges and the logo and QR code
     * beside it (those whose boxes share its height), whichever is nearer, less a small margin.
     */
    private static float room(IdentityTemplate template, Piece piece, Placement text) {
        Design design = template.design(piece);
        float half = Math.min(text.getXMm(), design.getWidthMm() - text.getXMm());
        for (Element square : new Element[] {Element.LOGO, Element.QR}) {
            Placement box = template.placement(piece, square);
            float boxHalf = box.getSizeMm() / 2f;
            boolean beside = Math.abs(box.getYMm() - text.getYMm()) < boxHalf + text.getSizeMm() / 2f;
            float gap = Math.abs(box.getXMm() - text.getXMm()) - boxHalf;
            if (beside && gap > 0) {
                half = Math.min(half, gap);
            }
        }
        return Math.max(1f, 2 * half * 0.94f);
    }

    /** The font made smaller until the text fits its room on one line: a long name never runs into the logo. */
    private static Font fitted(Font font, String text, float room, Graphics2D g) {
        float advance = (float) font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        if (advance <= room) {
            return font;
        }
        return font.deriveFont(font.getSize2D() * room / advance);
    }

    private static void drawLogo(Graphics2D g, IdentityTemplate template, Placement p, Color ink) {
        double side = p.getSizeMm();
        double x = p.getXMm() - side / 2;
        double y = p.getYMm() - side / 2;
        BufferedImage image = template.getLogo().map(IdentityKit::image).orElse(null);
        if (image == null) {
            emblem(g, x, y, side, ink);
            return;
        }
        double fit = side / Math.max(image.getWidth(), image.getHeight());
        double w = image.getWidth() * fit;
        double h = image.getHeight() * fit;
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.translate(x + (side - w) / 2, y + (side - h) / 2);
            copy.scale(fit, fit);
            copy.drawImage(image, 0, 0, null);
        } finally {
            copy.dispose();
        }
    }

    /** The standard emblem when a version has no logo: an eight-pointed star in a ring. */
    private static void emblem(Graphics2D g, double x, double y, double side, Color ink) {
        double cx = x + side / 2;
        double cy = y + side / 2;
        double r = side / 2;
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) (side / 30)));
        g.draw(new Ellipse2D.Double(cx - r * 0.95, cy - r * 0.95, r * 1.9, r * 1.9));
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 16; i++) {
            double angle = Math.PI / 8 * i - Math.PI / 2;
            double radius = i % 2 == 0 ? r * 0.78 : r * 0.5;
            double px = cx + radius * Math.cos(angle);
            double py = cy + radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    static String text(String key, Object... args) {
        String pattern = TEXTS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, PERSIAN).format(args);
    }

    private static BaseFont layerFont() {
        try (InputStream in = IdentityKit.class.getResourceAsStream("/fonts/Vazirmatn-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Font Vazirmatn-Regular.ttf is missing from fonts/ (db module)");
            }
            return BaseFont.createFont("Vazirmatn-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
