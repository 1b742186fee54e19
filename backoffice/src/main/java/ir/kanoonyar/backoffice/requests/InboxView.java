package ir.kanoonyar.backoffice.requests;

import java.util.Arrays;

/**
 * The lists a staff member can open in the inbox, all within their region. A search ignores the view
 * and looks in every submitted request of the region, since whoever types a tracking code wants that
 * request wherever it is now.
 */
public enum InboxView {
    /** At this staff member's step: what they have to decide. */
    WAITING,
    /** Every submitted request of the region, whatever its status. */
    ALL,
    /** Requests this staff member forwarded, approved, rejected or returned. */
    DECIDED,
    /** Sent back and waiting for the applicant to fix them. */
    RETURNED,
    /** Withdrawn by the applicant after submitting. */
    WITHDRAWN;

    /** The view named in the address; anything else (a typo, a forged value) is the default view. */
    public static InboxView parse(String text) {
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElse(WAITING);
    }
}
