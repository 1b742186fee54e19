package ir.kanoonyar.backoffice.security;

/**
 * The staff member the current web request acts for. Implemented by the security layer from the
 * authenticated principal; pages and actions ask it and check everything against its scope.
 */
public interface CurrentStaff {

    /**
     * The scope of the signed-in staff member.
     *
     * @throws org.springframework.web.server.ResponseStatusException (401) if nobody is signed in
     */
    StaffScope get();
}
