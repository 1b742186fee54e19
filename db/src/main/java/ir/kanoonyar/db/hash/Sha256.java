package ir.kanoonyar.db.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, the one way the domain hashes: the content hash stored with an attachment
 * or a lesson's media (and checked when a legacy file is imported), the link between timeline events,
 * and the fingerprint in the timeline key's name. One place, so every hash is spelled the same.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The 64 hex digits of the bytes' SHA-256. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** The 64 hex digits of the SHA-256 of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // The Java SE specification requires every runtime to provide SHA-256.
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
