package ir.kanoonyar.db.request;

import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code timeline_key} table: the public key of every key id that signed an event. The running
 * key is written at start (and again before a signature if the row went missing), so that by the
 * time an event names a key id, the verifier finds its public key.
 */
@Component
public class TimelineKeys implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final TimelineKey current;
    private final Clock clock;

    public TimelineKeys(JdbcTemplate jdbc, TimelineKey current, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.clock = clock;
    }

    /** At start, once the migrations ran: refuses to start if the key id already names another key. */
    @Override
    public void afterSingletonsInstantiated() {
        ensureRegistered();
    }

    /** Writes the running key's public key unless there; one primary-key read when it is. */
    void ensureRegistered() {
        List<String> stored = jdbc.queryForList("SELECT public_key FROM timeline_key WHERE key_id = ?",
                String.class, current.keyId());
        if (stored.isEmpty()) {
            try {
                jdbc.update("INSERT INTO timeline_key (key_id, algorithm, public_key, first_used_at) VALUES (?, ?, ?, ?)",
                        current.keyId(), TimelineKey.ALGORITHM, current.publicKeyBase64(),
                        Timestamp.from(clock.instant()));
                return;
            } catch (DuplicateKeyException writtenByAnotherInstance) {
                stored = jdbc.queryForList("SELECT public_key FROM timeline_key WHERE key_id = ?",
                        String.class, current.keyId());
            }
        }
        if (!stored.get(0).equals(current.publicKeyBase64())) {
            // Signing on would make every event signed under this id unverifiable, old or new.
            throw new IllegalStateException("The timeline key id " + current.keyId() + " already belongs to"
                    + " another public key in timeline_key: give the new key a new "
                    + TimelineKeySource.KEY_ID + " (or leave it unset to name the key by its fingerprint)");
        }
    }

    /** Every key id's public key; a row that cannot be read is left out (its events show an unknown key). */
    public Map<String, PublicKey> publicKeys() {
        Map<String, PublicKey> keys = new HashMap<>();
        jdbc.query("SELECT key_id, public_key FROM timeline_key", rs -> {
            PublicKey key = TimelineSignature.publicKey(rs.getString(2));
            if (key != null) {
                keys.put(rs.getString(1), key);
            }
        });
        return keys;
    }

    public TimelineKey current() {
        return current;
    }
}
