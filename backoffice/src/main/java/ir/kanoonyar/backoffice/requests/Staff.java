package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The current staff member for the request pages. Until the security layer provides a
 * {@link CurrentStaff}, nobody is signed in and every page answers 401: nothing is ever shown
 * without a scope.
 */
@Component
class Staff {

    private final ObjectProvider<CurrentStaff> current;

    Staff(ObjectProvider<CurrentStaff> current) {
        this.current = current;
    }

    StaffScope scope() {
        CurrentStaff staff = current.getIfAvailable();
        StaffScope scope = staff == null ? null : staff.get();
        if (scope == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return scope;
    }
}
