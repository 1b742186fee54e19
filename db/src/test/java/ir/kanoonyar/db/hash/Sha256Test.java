package ir.kanoonyar.db.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hashes stored in the database keep their spelling: FIPS 180-2 test vectors, lower-case hex. */
class Sha256Test {

    @Test
    void hashesBytesAsLowerCaseHex() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesNothing() {
        assertThat(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hashesTextAsItsUtf8Bytes() {
        assertThat(Sha256.hex("کانون")).isEqualTo(Sha256.hex("کانون".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Sha256.hex("کانون".getBytes(StandardCharsets.UTF_16)));
    }
}
