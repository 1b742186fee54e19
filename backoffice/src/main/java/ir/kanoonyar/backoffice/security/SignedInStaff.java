package ir.kanoonyar.backoffice.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The staff member signed in on this request, from Spring Security's context. */
@Component
class SignedInStaff implements CurrentStaff {

    @Override
    public StaffScope get() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getPrincipal() instanceof StaffPrincipal staff) {
            return staff.scope();
        }
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
}
