package ir.kanoonyar.db.licence;

import static ir.kanoonyar.db.document.PersianPage.BOLD;
import static ir.kanoonyar.db.document.PersianPage.REGULAR;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import com.lowagie.text.PageSize;
import ir.kanoonyar.db.document.PersianPage;
import ir.kanoonyar.db.document.QrCode;
import org.springframework.stereotype.Component;

/**
 * The printable licence: one A4 page in Persian with a QR code to the public verification page.
 *
 * <p>A {@link PersianPage}: drawn with Java2D because OpenPDF does not shape Persian, so the text is
 * sharp at any size but not selectable. In db rather than the back-office because the bot sends the
 * same PDF to the manager on approval; texts from {@code i18n/licence.properties}.
 */
@Component
public class LicencePdf {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    /** A4 portrait; Latin runs such as the licence number read left to right as a whole. */
    private static final PersianPage PAGE = new PersianPage(PageSize.A4,
            Pattern.compile("[0-9A-Za-z][\\x21-\\x7E]*[0-9A-Za-z]"));
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private final ResourceBundle texts = ResourceBundle.getBundle("i18n.licence", Locale.ROOT,
            LicencePdf.class.getClassLoader());

    /** The file name the staff member and the manager see: {@code licence-00-1405-1234-5678.pdf}. */
    public static String fileName(String number) {
        return "licence-" + number + ".pdf";
    }

    public byte[] render(LicenceView licence, String verifyUrl) {
        return PAGE.pdf(text("licence.pdf.title") + " " + licence.number(),
                g -> draw(g, licence, verifyUrl, PAGE.width(), PAGE.height()));
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
        // One line however long: the title is never wrapped.
        float y = PAGE.centred(g, text("licence.pdf.title"), BOLD.deriveFont(22f), width / 2, 120,
                Float.MAX_VALUE);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Float(left + 40, y + 16, right - 40, y + 16));

        g.setColor(INK);
        Font body = REGULAR.deriveFont(15f);
        Font strong = BOLD.deriveFont(17f);
        float lineWidth = right - left;
        y = 200;
        y = PAGE.rightAligned(g, text("licence.pdf.kanoon", licence.kanoonName()), strong, right, y,
                lineWidth) + 14;
        y = PAGE.rightAligned(g, text("licence.pdf.mosque", licence.mosqueName()), body, right, y,
                lineWidth) + 14;
        y = PAGE.rightAligned(g, text("licence.pdf.region", licence.countyName(), licence.provinceName()), body,
                right, y, lineWidth) + 14;
        if (!licence.managerName().isBlank()) {
            y = PAGE.rightAligned(g, text("licence.pdf.manager", licence.managerName()), body, right, y,
                    lineWidth) + 14;
        }
        y = PAGE.rightAligned(g, text("licence.pdf.number", licence.number()), strong, right, y, lineWidth) + 14;
        y = PAGE.rightAligned(g, text("licence.pdf.issued", licence.issuedOn().formatLong()), body, right, y,
                lineWidth) + 14;
        y = PAGE.rightAligned(g, text("licence.pdf.valid-until", licence.validUntil().formatLong()), body, right, y,
                lineWidth) + 14;
        // A reprint of a stopped licence must not pass for a valid one.
        String stopped = switch (licence.status()) {
            case SUSPENDED -> "licence.pdf.suspended";
            case REVOKED -> "licence.pdf.revoked";
            default -> null;
        };
        if (stopped != null && licence.statusChangedOn() != null) {
            g.setColor(Color.RED.darker());
            PAGE.rightAligned(g, text(stopped, licence.statusChangedOn().formatLong()), strong, right, y, lineWidth);
        }

        // The QR code at the bottom left, its caption to its right (the reader meets the caption first).
        float side = 150;
        float qrTop = height - margin - 40 - side;
        QrCode.of(verifyUrl).draw(g, left, qrTop, side);
        g.setColor(INK);
        PAGE.rightAligned(g, text("licence.pdf.qr-caption"), REGULAR.deriveFont(12f), right, qrTop + 50,
                right - left - side - 30);
        Font url = REGULAR.deriveFont(8f);
        TextLayout urlLayout = new TextLayout(verifyUrl, url, g.getFontRenderContext());
        urlLayout.draw(g, left + (side - urlLayout.getAdvance()) / 2, qrTop + side + 12);
    }

    private String text(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, PERSIAN).format(args);
    }
}
