package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The current staff member for the request pages: nothing is ever shown without a scope. */
@Component
class Staff {

    private final CurrentStaff current;

    Staff(CurrentStaff current) {
        this.current = current;
    }

    StaffScope scope() {
        StaffScope scope = current.get();
        if (scope == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return scope;
    }
}
