package ir.kanoonyar.db.training;

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
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import org.springframework.stereotype.Component;

/**
 * A certificate as a printable A4 landscape PDF and as a PNG image for the chat, drawn the same way:
 * name, course, score, the Jalali date of issue, the verification code and the page that checks it.
 * <p>
 * As the licence: OpenPDF writes text without Arabic-script shaping, so the page is drawn with Java2D
 * ({@link TextLayout} reorders right to left and shapes Persian letters with Vazirmatn's tables) onto
 * OpenPDF's shapes-mode {@code Graphics2D} for the PDF, and onto a {@link BufferedImage} for the PNG.
 * Texts come from {@code i18n/certificate.properties}.
 */
@Component
public class CertificateDocuments {

    /** Base name of the texts: {@code i18n/certificate.properties}. */
    public static final String BUNDLE = "i18n.certificate";

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");
    /** Codes and addresses read left to right as a whole inside the right-to-left lines. */
    private static final Pattern LATIN_RUN = Pattern.compile("[0-9A-Za-z][\\x21-\\x7E]*[0-9A-Za-z/]");
    private static final Font REGULAR = font("Vazirmatn-Regular.ttf");
    private static final Font BOLD = font("Vazirmatn-Bold.ttf");
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);
    private static final Color GOLD = new Color(0xb8, 0x8a, 0x1e);
    /** The PNG's pixels per PDF point: 842 × 595 points become 1684 × 1190 pixels. */
    private static final int IMAGE_SCALE = 2;

    private final ResourceBundle bundle;

    public CertificateDocuments() {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, CertificateDocuments.class.getClassLoader());
    }

    /**
     * @param verifyUrl the public page of this certificate, {@code {public-url}/verify/certificate/{code}}
     */
    public byte[] pdf(Certificate certificate, String verifyUrl) {
        Rectangle page = PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("certificate.title") + " " + certificate.getCode());
        document.addCreator("Kanoonyar");
        document.open();
        Graphics2D g = writer.getDirectContent().createGraphicsShapes(page.getWidth(), page.getHeight());
        try {
            draw(g, certificate, verifyUrl, page.getWidth(), page.getHeight());
        } finally {
            g.dispose();
        }
        document.close();
        return out.toByteArray();
    }

    /** The same page as a PNG, for the chat. */
    public byte[] png(Certificate certificate, String verifyUrl) {
        Rectangle page = PageSize.A4.rotate();
        BufferedImage image = new BufferedImage(Math.round(page.getWidth() * IMAGE_SCALE),
                Math.round(page.getHeight() * IMAGE_SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(IMAGE_SCALE, IMAGE_SCALE);
            draw(g, certificate, verifyUrl, page.getWidth(), page.getHeight());
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

    /** The file name people see: {@code certificate-1234-5678-9012.pdf}. */
    public static String fileName(Certificate certificate, String extension) {
        return "certificate-" + TrackingCode.display(certificate.getCode()) + "." + extension;
    }

    private void draw(Graphics2D g, Certificate c, String verifyUrl, float width, float height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        float margin = 36;
        float wrap = width - 2 * margin - 120;

        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Rectangle2D.Float(margin, margin, width - 2 * margin, height - 2 * margin));
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Float(margin + 8, margin + 8, width - 2 * margin - 16, height - 2 * margin - 16));

        float centre = width / 2;
        g.setColor(ACCENT);
        float y = centred(g, text("certificate.title"), BOLD.deriveFont(30f), centre, 88, wrap);
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Float(centre - 160, y + 14, centre + 160, y + 14));
        g.setColor(INK);
        y = centred(g, text("certificate.issuer"), REGULAR.deriveFont(13f), centre, y + 26, wrap);

        y = centred(g, c.getPersonName(), BOLD.deriveFont(26f), centre, y + 42, wrap);
        String score = PersianText.toPersianDigits(Integer.toString(c.getScorePercent()));
        y = centred(g, text("certificate.statement", c.getPersonName(), c.getCourseTitle(), score),
                REGULAR.deriveFont(17f), centre, y + 22, wrap);
        y = centred(g, text("certificate.date", JalaliDate.of(c.getIssuedAt(), JalaliDate.TEHRAN).formatLong()),
                REGULAR.deriveFont(15f), centre, y + 26, wrap);
        g.setColor(ACCENT);
        y = centred(g, text("certificate.code", TrackingCode.display(c.getCode())), BOLD.deriveFont(18f), centre,
                y + 18, wrap);
        if (!c.isValid()) {
            g.setColor(Color.RED.darker());
            y = centred(g, text("certificate.revoked"), BOLD.deriveFont(18f), centre, y + 12, wrap);
        }
        g.setColor(INK);
        y = centred(g, text("certificate.verify"), REGULAR.deriveFont(12f), centre, Math.max(y + 24, height - 120),
                wrap);
        centred(g, verifyUrl, REGULAR.deriveFont(12f), centre, y + 4, wrap);
    }

    private static float centred(Graphics2D g, String text, Font font, float centre, float top, float wrapWidth) {
        float y = top;
        for (TextLayout line : lines(g, text, font, wrapWidth)) {
            y += line.getAscent();
            line.draw(g, centre - line.getAdvance() / 2, y);
            y += line.getDescent() + line.getLeading();
        }
        return y;
    }

    /** Laid out right to left: bidi reordering and Arabic-script shaping happen here. */
    private static List<TextLayout> lines(Graphics2D g, String text, Font font, float wrapWidth) {
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        attributed.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
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
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, PERSIAN).format(args);
    }

    private static Font font(String file) {
        try (InputStream in = CertificateDocuments.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from fonts/");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + file + " is not a TrueType font", e);
        }
    }
}
