package ir.kanoonyar.db.request;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * What a timeline signature covers and how it is checked. The signed text names the key id as well
 * as the event's hash (which already covers the event and the chain before it), so a signature cannot
 * be passed off as another key's.
 */
final class TimelineSignature {

    private TimelineSignature() {
    }

    static String payload(String keyId, String eventHash) {
        return "kanoonyar-timeline-v1\u001F" + keyId + "\u001F" + eventHash;
    }

    /** @return false for a wrong signature and for one that is not even base64 */
    static boolean verifies(PublicKey key, String keyId, String eventHash, String signature) {
        try {
            Signature verifier = Signature.getInstance(TimelineKey.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload(keyId, eventHash).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** A public key as {@code timeline_key} keeps it (base64 X.509); null when it cannot be read. */
    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(TimelineKey.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }
}
