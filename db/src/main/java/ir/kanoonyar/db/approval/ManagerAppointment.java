package ir.kanoonyar.db.approval;

import java.time.Instant;

import ir.kanoonyar.db.deputy.Deputies;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.ApprovalHook;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An approved manager change makes the person it names (by national code) the kanoon's manager from the
 * approval's day (Tehran), whether the kanoon still had a manager or had lost one to a resignation, and
 * ends the kanoon's open deputy nomination: a deputy who took over is the manager now, and one named by
 * the manager who left was that manager's choice.
 */
@Component
public class ManagerAppointment implements ApprovalHook {

    private static final Logger log = LoggerFactory.getLogger(ManagerAppointment.class);

    private final KanoonRepository kanoons;
    private final PersonRepository persons;
    private final Deputies deputies;

    public ManagerAppointment(KanoonRepository kanoons, PersonRepository persons, Deputies deputies) {
        this.kanoons = kanoons;
        this.persons = persons;
        this.deputies = deputies;
    }

    @Override
    public void approved(Request request, Instant at) {
        if (request.getType() != RequestType.MANAGER_CHANGE || request.getKanoonId() == null) {
            return;
        }
        String nationalCode = request.getAnswers().get(FieldKeys.NEW_MANAGER_NATIONAL_CODE);
        var newManager = nationalCode == null ? null : persons.findByNationalCode(nationalCode).orElse(null);
        var kanoon = kanoons.findById(request.getKanoonId())
                .filter(k -> k.getStatus() == KanoonStatus.ACTIVE || k.getStatus() == KanoonStatus.NO_MANAGER);
        if (newManager == null || kanoon.isEmpty()) {
            // The form checks the code and the kanoon when filed; either gone since is for staff to see.
            log.warn("Approved manager change {} names no registered person or no open kanoon; nothing changed",
                    request.getTrackingCode());
            return;
        }
        kanoon.get().changeManager(newManager.getId(), JalaliDate.of(at, JalaliDate.TEHRAN).toLocalDate());
        deputies.endOnNewManager(kanoon.get().getId(), at);
    }
}
