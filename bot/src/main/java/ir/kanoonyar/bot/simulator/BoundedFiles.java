package ir.kanoonyar.bot.simulator;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Files kept in memory up to a total size: adding one that does not fit removes the oldest until it
 * does. One larger than the whole budget is not kept at all. Thread-safe.
 *
 * @param <K> the key files are found by
 * @param <V> the file
 */
final class BoundedFiles<K, V> {

    private final long maxBytes;
    private final ToLongFunction<V> sizeOf;
    /** In insertion order, so the first is the oldest. */
    private final LinkedHashMap<K, V> files = new LinkedHashMap<>();
    private long bytes;

    BoundedFiles(long maxBytes, ToLongFunction<V> sizeOf) {
        this.maxBytes = maxBytes;
        this.sizeOf = sizeOf;
    }

    /** Keeps the file, dropping the oldest ones as needed; false when it alone exceeds the budget. */
    synchronized boolean put(K key, V file) {
        long size = sizeOf.applyAsLong(file);
        if (size > maxBytes) {
            return false;
        }
        remove(key);
        Iterator<Map.Entry<K, V>> oldest = files.entrySet().iterator();
        while (bytes + size > maxBytes && oldest.hasNext()) {
            bytes -= sizeOf.applyAsLong(oldest.next().getValue());
            oldest.remove();
        }
        files.put(key, file);
        bytes += size;
        return true;
    }

    synchronized V get(K key) {
        return files.get(key);
    }

    synchronized void remove(K key) {
        V gone = files.remove(key);
        if (gone != null) {
            bytes -= sizeOf.applyAsLong(gone);
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int count() {
        return files.size();
    }
}
