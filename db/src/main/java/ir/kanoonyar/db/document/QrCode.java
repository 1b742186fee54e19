package ir.kanoonyar.db.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code (ZXing), drawn as filled squares so that it stays sharp in a PDF. */
public final class QrCode {

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** The code of a text, one bit per module, with ZXing's four-module quiet zone. */
    public static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    public boolean isDark(int x, int y) {
        return modules.get(x, y);
    }

    /** Draws it in a square of {@code side} units with its top left corner at (x, y). */
    public void draw(Graphics2D g, double x, double y, double side) {
        double module = side / size();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, y, side, side));
        g.setColor(Color.BLACK);
        for (int row = 0; row < size(); row++) {
            for (int col = 0; col < size(); col++) {
                if (modules.get(col, row)) {
                    // A hair wider than the module, so neighbours leave no seams when rasterised.
                    g.fill(new Rectangle2D.Double(x + col * module, y + row * module, module + 0.05, module + 0.05));
                }
            }
        }
    }
}
