package ir.kanoonyar.db.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import ir.kanoonyar.testsupport.QrCodes;
import org.junit.jupiter.api.Test;

class IdentityKitTest {

    static final String VERIFY = "https://kanoonyar.example/verify/00-1405-123456789";
    /** A half-space (U+200C) inside the name: «هنری‌ریحانه» must stay as typed. */
    static final KanoonIdentity KANOON = new KanoonIdentity(7, "کانون فرهنگی هنری ریحانه‌های مسجد", "امام حسن مجتبی",
            "اراک", "مرکزی", "00-1405-123456789", VERIFY);

    private final IdentityKit kit = new IdentityKit();

    /** The seeded version 1, as V44 writes it. */
    static IdentityTemplate standard() {
        return new IdentityTemplate(1, null, null, null, List.of(
                new Design(Piece.SIGN, 1500, 500, "#0b6e4f", "#ffffff"),
                new Design(Piece.BANNER, 3000, 800, "#1f2a44", "#ffffff"),
                new Design(Piece.LETTERHEAD, 210, 297, "#ffffff", "#1f2a44")), List.of(
                new Placement(Piece.SIGN, Element.LOGO, 1330, 250, 300),
                new Placement(Piece.SIGN, Element.NAME, 720, 150, 90),
                new Placement(Piece.SIGN, Element.MOSQUE, 720, 270, 55),
                new Placement(Piece.SIGN, Element.CITY, 720, 360, 40),
                new Placement(Piece.SIGN, Element.LICENCE, 720, 440, 30),
                new Placement(Piece.SIGN, Element.QR, 150, 250, 220),
                new Placement(Piece.BANNER, Element.LOGO, 2750, 400, 450),
                new Placement(Piece.BANNER, Element.NAME, 1500, 250, 140),
                new Placement(Piece.BANNER, Element.MOSQUE, 1500, 430, 80),
                new Placement(Piece.BANNER, Element.CITY, 1500, 560, 60),
                new Placement(Piece.BANNER, Element.LICENCE, 1500, 680, 40),
                new Placement(Piece.BANNER, Element.QR, 250, 400, 380),
                new Placement(Piece.LETTERHEAD, Element.LOGO, 185, 22, 26),
                new Placement(Piece.LETTERHEAD, Element.NAME, 105, 16, 7),
                new Placement(Piece.LETTERHEAD, Element.MOSQUE, 105, 26, 5),
                new Placement(Piece.LETTERHEAD, Element.CITY, 105, 34, 4),
                new Placement(Piece.LETTERHEAD, Element.LICENCE, 105, 285, 4),
                new Placement(Piece.LETTERHEAD, Element.QR, 22, 275, 26)), "system", Instant.EPOCH);
    }

    @Test
    void theSignPreviewsQrCodeOpensTheLicenceCheck() throws Exception {
        for (Piece piece : Piece.values()) {
            byte[] png = kit.png(standard(), piece, KANOON);
            assertThat(QrCodes.decode(ImageIO.read(new ByteArrayInputStream(png)))).as(piece.name()).isEqualTo(VERIFY);
        }
    }

    @Test
    void theSignPdfIsOnePageAtTheRealSizeWithThePersianTextInIt() throws Exception {
        byte[] pdf = kit.pdf(standard(), Piece.SIGN, KANOON);

        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            // 1500 x 500 mm in points.
            assertThat(reader.getPageSize(1).getWidth()).isCloseTo(4251.97f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(reader.getPageSize(1).getHeight()).isCloseTo(1417.32f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("کانون فرهنگی هنری ریحانه\u200cهای مسجد", "مسجد امام حسن مجتبی", "اراک، مرکزی",
                    "شمارهٔ مجوز: ۰۰-۱۴۰۵-۱۲۳۴۵۶۷۸۹");
        } finally {
            reader.close();
        }
    }

    @Test
    void printedThePdfsQrCodeStillReads() throws Exception {
        assumeThat(new File("/usr/bin/pdftoppm")).as("poppler-utils installed").exists();
        Path dir = Path.of("target", "identity-kit");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sign.pdf"), kit.pdf(standard(), Piece.SIGN, KANOON));
        Files.write(dir.resolve("sign-preview.png"), kit.png(standard(), Piece.SIGN, KANOON));
        Files.write(dir.resolve("letterhead-preview.png"), kit.png(standard(), Piece.LETTERHEAD, KANOON));
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "20", "-singlefile",
                dir.resolve("sign.pdf").toString(), dir.resolve("sign").toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(QrCodes.decode(ImageIO.read(dir.resolve("sign.png").toFile()))).isEqualTo(VERIFY);
    }
}
