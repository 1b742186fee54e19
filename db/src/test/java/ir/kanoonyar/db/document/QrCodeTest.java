package ir.kanoonyar.db.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import ir.kanoonyar.testsupport.QrCodes;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theDrawnCodeReadsBackAsTheVerifyUrl() throws Exception {
        String url = "https://kanoonyar.example/verify/00-1405-000123";
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        QrCode.of(url).draw(g, 0, 0, 300);
        g.dispose();

        assertThat(QrCodes.decode(image)).isEqualTo(url);
    }
}
