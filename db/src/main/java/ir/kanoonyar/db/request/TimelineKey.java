package ir.kanoonyar.db.request;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

import ir.kanoonyar.db.hash.Sha256;

/**
 * The server's Ed25519 key that signs timeline events, with its key id. The private key never leaves
 * the app; the public key is written to {@code timeline_key} so the verifier, or anyone offline, can
 * check signatures made with it after the key has been rotated.
 */
public final class TimelineKey {

    static final String ALGORITHM = "Ed25519";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String keyId;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private TimelineKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {
        this.keyId = keyId;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A new random key, named by its fingerprint. */
    public static TimelineKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new TimelineKey(fingerprint(pair.getPublic()), pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime has Ed25519", e);
        }
    }

    /**
     * A key given as base64 PKCS#8 (what {@code openssl genpkey -algorithm ed25519 -outform DER}
     * writes). With a blank key id the key is named by its fingerprint.
     *
     * @throws IllegalArgumentException with a message naming what is wrong, never the key itself
     */
    public static TimelineKey fromPkcs8(String keyId, String base64) {
        PrivateKey privateKey;
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("it is not a base64 PKCS#8 Ed25519 private key");
        }
        PublicKey publicKey = publicKeyOf((EdECPrivateKey) privateKey);
        String id = keyId == null || keyId.isBlank() ? fingerprint(publicKey) : keyId.strip();
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the key id must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return new TimelineKey(id, privateKey, publicKey);
    }

    /**
     * The JDK has no call that derives an Ed25519 public key from the private one, but its generator
     * takes the private key's 32 bytes from the random source it is given: hand it these bytes.
     */
    private static PublicKey publicKeyOf(EdECPrivateKey privateKey) {
        byte[] seed = privateKey.getBytes().orElseThrow(() -> new IllegalArgumentException("no key bytes"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime has Ed25519", e);
        }
    }

    /** "ed25519-" and the first 16 hex digits of the public key's SHA-256. */
    static String fingerprint(PublicKey publicKey) {
        return "ed25519-" + Sha256.hex(publicKey.getEncoded()).substring(0, 16);
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as base64 X.509, as {@code timeline_key} keeps it. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The private key as base64 PKCS#8, for the embedded default's key file. */
    String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    /** Signs an event's hash under this key id; base64. */
    String sign(String eventHash) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(TimelineSignature.payload(keyId, eventHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with an Ed25519 key failed", e);
        }
    }

    @Override
    public String toString() {
        return "TimelineKey[" + keyId + "]"; // never the private key
    }
}
