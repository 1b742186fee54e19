package ir.kanoonyar.backoffice.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theDrawnCodeReadsBackAsTheVerifyUrl() throws Exception {
        String url = "https://kanoonyar.example/verify/00-1405-000123";
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        QrCode.of(url).draw(g, 0, 0, 300);
        g.dispose();

        assertThat(decode(image)).isEqualTo(url);
    }

    static String decode(BufferedImage image) throws Exception {
        return new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
