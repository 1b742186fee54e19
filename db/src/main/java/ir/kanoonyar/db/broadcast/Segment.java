package ir.kanoonyar.db.broadcast;

import java.util.Objects;

import ir.kanoonyar.db.kanoon.KanoonAudience;

/**
 * Who a broadcast reaches. A person belongs to a region through their registration or a kanoon they
 * manage (or, for a signer, a request they signed for).
 *
 * @param provinceId null for the whole country
 * @param countyId   null for the whole province; its province is {@code provinceId}
 * @param audience   null for any; otherwise only managers of a brothers' or sisters' kanoon
 * @param area       null for any; otherwise only managers of an urban or a rural kanoon
 */
public record Segment(Long provinceId, Long countyId, SegmentRole role, KanoonAudience audience, KanoonArea area) {

    public Segment {
        Objects.requireNonNull(role, "role");
        if (countyId != null && provinceId == null) {
            throw new IllegalArgumentException("a county segment needs its province");
        }
    }

    /** Whether only kanoon managers can match (a kanoon type is asked for). */
    public boolean needsKanoon() {
        return audience != null || area != null;
    }
}
