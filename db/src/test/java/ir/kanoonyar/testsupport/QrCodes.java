package ir.kanoonyar.testsupport;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Reads a QR code back out of a rendered page, as a phone's camera would. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The text of the QR code somewhere in the image; throws if there is none. */
    public static String decode(BufferedImage image) throws NotFoundException {
        return new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
