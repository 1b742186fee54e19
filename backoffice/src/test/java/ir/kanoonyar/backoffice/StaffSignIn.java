package ir.kanoonyar.backoffice;

import java.util.function.IntSupplier;

import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;

/**
 * Tests only: signs a test's own staff accounts in over real HTTP. The accounts are made when a
 * test first signs in, not before each test, because the production-shape contract's own tests must
 * find no account; making them again is harmless (a username already taken is left as it is).
 */
public final class StaffSignIn {

    private final IntSupplier port;
    private final String password;
    private final Runnable makeAccounts;

    /**
     * @param port         the server's port, read when signing in (Spring injects it after the test is built)
     * @param password     the password every account of the test has
     * @param makeAccounts saves the test's accounts, e.g. with {@link #saveUnlessTaken}
     */
    public StaffSignIn(IntSupplier port, String password, Runnable makeAccounts) {
        this.port = port;
        this.password = password;
        this.makeAccounts = makeAccounts;
    }

    /** A browser signed in as {@code username}, which the login form sent to the dashboard. */
    public StaffBrowser as(String username) throws Exception {
        makeAccounts.run();
        StaffBrowser browser = new StaffBrowser(port.getAsInt());
        String landing = browser.signIn(username, password).headers().firstValue("Location").orElse("");
        if (!landing.endsWith("/")) {
            throw new AssertionError(username + " was not signed in: sent to '" + landing + "'");
        }
        return browser;
    }

    /** Saves each account whose username is free: the tests share one database and make their accounts lazily. */
    public static void saveUnlessTaken(StaffAccountRepository repository, StaffAccount... accounts) {
        for (StaffAccount account : accounts) {
            if (repository.findByUsername(account.getUsername()).isEmpty()) {
                repository.save(account);
            }
        }
    }
}
