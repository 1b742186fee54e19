package ir.kanoonyar.db.training;

import static ir.kanoonyar.db.document.PersianPage.BOLD;
import static ir.kanoonyar.db.document.PersianPage.REGULAR;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.lowagie.text.PageSize;
import ir.kanoonyar.db.document.PersianPage;
import ir.kanoonyar.db.document.QrCode;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import org.springframework.stereotype.Component;

/**
 * A certificate as a printable A4 landscape PDF and as a PNG image for the chat, drawn the same way:
 * name, course, score, the Jalali date of issue, the verification code and the page that checks it, as
 * an address and as a QR code.
 * <p>
 * As the licence, the page is a {@link PersianPage} (Java2D, because OpenPDF does not shape Persian),
 * drawn onto OpenPDF's {@code Graphics2D} for the PDF and onto a {@link BufferedImage} for the PNG.
 * Texts come from {@code i18n/certificate.properties}.
 */
@Component
public class CertificateDocuments {

    /** Base name of the texts: {@code i18n/certificate.properties}. */
    public static final String BUNDLE = "i18n.certificate";

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");
    /** A4 landscape; codes and addresses read left to right as a whole inside the right-to-left lines. */
    private static final PersianPage PAGE = new PersianPage(PageSize.A4.rotate(),
            Pattern.compile("[0-9A-Za-z][\\x21-\\x7E]*[0-9A-Za-z/]"));
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);
    private static final Color GOLD = new Color(0xb8, 0x8a, 0x1e);
    /** The PNG's pixels per PDF point: 842 × 595 points become 1684 × 1190 pixels. */
    private static final int IMAGE_SCALE = 2;
    /** The QR code's side in points: 2.9 cm, readable from a printout or a phone screen. */
    private static final float QR_SIDE = 82;

    private final ResourceBundle bundle;

    public CertificateDocuments() {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, CertificateDocuments.class.getClassLoader());
    }

    /**
     * @param verifyUrl the public page of this certificate, {@code {public-url}/verify/certificate/{code}}
     */
    public byte[] pdf(Certificate certificate, String verifyUrl) {
        return PAGE.pdf(text("certificate.title") + " " + certificate.getCode(),
                g -> draw(g, certificate, verifyUrl, PAGE.width(), PAGE.height()));
    }

    /** The same page as a PNG, for the chat. */
    public byte[] png(Certificate certificate, String verifyUrl) {
        BufferedImage image = new BufferedImage(Math.round(PAGE.width() * IMAGE_SCALE),
                Math.round(PAGE.height() * IMAGE_SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(IMAGE_SCALE, IMAGE_SCALE);
            draw(g, certificate, verifyUrl, PAGE.width(), PAGE.height());
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
        float y = PAGE.centred(g, text("certificate.title"), BOLD.deriveFont(30f), centre, 88, wrap);
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Float(centre - 160, y + 14, centre + 160, y + 14));
        g.setColor(INK);
        y = PAGE.centred(g, text("certificate.issuer"), REGULAR.deriveFont(13f), centre, y + 26, wrap);

        y = PAGE.centred(g, c.getPersonName(), BOLD.deriveFont(26f), centre, y + 42, wrap);
        String score = PersianText.toPersianDigits(Integer.toString(c.getScorePercent()));
        y = PAGE.centred(g, text("certificate.statement", c.getPersonName(), c.getCourseTitle(), score),
                REGULAR.deriveFont(17f), centre, y + 22, wrap);
        y = PAGE.centred(g, text("certificate.date", JalaliDate.of(c.getIssuedAt(), JalaliDate.TEHRAN).formatLong()),
                REGULAR.deriveFont(15f), centre, y + 26, wrap);
        g.setColor(ACCENT);
        y = PAGE.centred(g, text("certificate.code", TrackingCode.display(c.getCode())), BOLD.deriveFont(18f), centre,
                y + 18, wrap);
        if (!c.isValid()) {
            g.setColor(Color.RED.darker());
            y = PAGE.centred(g, text("certificate.revoked"), BOLD.deriveFont(18f), centre, y + 12, wrap);
        }
        g.setColor(INK);
        y = PAGE.centred(g, text("certificate.verify"), REGULAR.deriveFont(12f), centre, Math.max(y + 24, height - 120),
                wrap);
        PAGE.centred(g, verifyUrl, REGULAR.deriveFont(12f), centre, y + 4, wrap);
        // In the bottom left corner, inside the frame, clear of the centred lines: whoever holds a printed
        // certificate checks it with a phone's camera instead of typing the address.
        QrCode.of(verifyUrl).draw(g, margin + 16, height - margin - 16 - QR_SIDE, QR_SIDE);
    }

    private String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, PERSIAN).format(args);
    }
}
