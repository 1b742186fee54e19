package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The upload limit against the server's max_allowed_packet, as the start-up warning judges it. */
class AttachmentLimitCheckTest {

    private static final long TEN_MB = 10_485_760;
    private static final long MARIADB_DEFAULT = 16_777_216;

    @Test
    void theDefaultLimitFitsMariaDbsDefaultPacket() {
        assertThat(AttachmentLimitCheck.fitsNot(TEN_MB, MARIADB_DEFAULT)).isFalse();
    }

    @Test
    void aLimitAsLargeAsThePacketDoesNotFit() {
        assertThat(AttachmentLimitCheck.fitsNot(MARIADB_DEFAULT, MARIADB_DEFAULT)).isTrue();
        assertThat(AttachmentLimitCheck.fitsNot(MARIADB_DEFAULT - 1024, MARIADB_DEFAULT)).isTrue();
    }
}
