package ir.kanoonyar.backoffice.publicchecks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A token bucket per source address for the public checks: an address has {@code limit} checks,
 * and gets them back one by one over the window. So a person checking a few licences never waits,
 * and nobody can walk through numbers or codes to list the kanoons or certificates there are.
 *
 * <p>Memory is bounded: at most {@code sources} buckets, the least recently used forgotten first. A
 * bucket unused for a whole window is full again, so forgetting it changes nothing; only a flood of
 * more addresses than that within one window could make one forgotten early. IPv6 clients are
 * counted per /64, which is what one subscriber gets, not per address, of which they have billions.
 */
@Component
class PublicCheckLimiter {

    private final double capacity;
    /** Checks given back per millisecond. */
    private final double refillPerMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    PublicCheckLimiter(PublicCheckSettings settings, Clock clock) {
        this.capacity = settings.limit();
        this.refillPerMilli = settings.limit() / (double) settings.window().toMillis();
        this.clock = clock;
        int sources = settings.sources();
        this.buckets = new LinkedHashMap<>(Math.min(sources, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > sources;
            }
        };
    }

    /**
     * Takes one check for this address.
     *
     * @return empty when the check may go ahead; else how long until the address has one again
     */
    synchronized Optional<Duration> take(String address) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(source(address), key -> new Bucket(capacity, now));
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * refillPerMilli);
        bucket.at = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / refillPerMilli)));
    }

    synchronized int remembered() {
        return buckets.size();
    }

    /** The key an address is counted under: IPv4 as it is, IPv6 by its first 64 bits. */
    static String source(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // An IPv6 literal: parsed without any name lookup.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
