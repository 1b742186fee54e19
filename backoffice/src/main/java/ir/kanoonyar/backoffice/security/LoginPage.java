package ir.kanoonyar.backoffice.security;

import java.time.Instant;

/**
 * Where a refused sign-in is sent. No session exists before login (none is made for anonymous
 * visitors), so what the login page says travels in its address; the lock's end is only shown, it
 * grants nothing, so a hand-edited one harms nobody.
 */
public final class LoginPage {

    private LoginPage() {
    }

    /** The login page telling that the account is locked until that time. */
    public static String lockedUntil(Instant until) {
        return "/login?locked=" + until.getEpochSecond();
    }

    /** The login page telling that this address tried too often. */
    static String throttled() {
        return "/login?throttled";
    }
}
