package ir.kanoonyar.backoffice.members;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.member.KanoonMember;
import ir.kanoonyar.db.member.KanoonMemberRepository;
import ir.kanoonyar.db.member.MemberMessages;
import ir.kanoonyar.db.member.RosterFigures;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A kanoon's members (issue 10 item 3), for the staff of its region only: the counts, the age and
 * gender breakdown, the licence's minimum (the guideline version in force), and the roster with
 * phones. Another region's kanoon, or an id that is not one, is "not found" (404), so nobody outside
 * learns even that it has members.
 * Each showing is in the audit log ({@link #AUDIT}), since it shows members' phone numbers.
 */
@Controller
class KanoonMembersController {

    /** The audit kind of a roster shown with its phones: who read whose phone numbers is on record. */
    static final String AUDIT = "MEMBER_PHONES_VIEWED";

    private final CurrentStaff current;
    private final KanoonRepository kanoons;
    private final MosqueRepository mosques;
    private final KanoonMemberRepository members;
    private final RosterFigures figures;
    private final GuidelineVersionRepository guidelines;
    private final Clock clock;
    private final AuditEntryRepository audit;
    private final MemberMessages memberMessages;
    private final MessageSource messages;

    KanoonMembersController(CurrentStaff current, KanoonRepository kanoons, MosqueRepository mosques,
                            KanoonMemberRepository members, RosterFigures figures,
                            GuidelineVersionRepository guidelines, Clock clock, AuditEntryRepository audit,
                            MemberMessages memberMessages, MessageSource messages) {
        this.current = current;
        this.kanoons = kanoons;
        this.mosques = mosques;
        this.members = members;
        this.figures = figures;
        this.guidelines = guidelines;
        this.clock = clock;
        this.audit = audit;
        this.memberMessages = memberMessages;
        this.messages = messages;
    }

    /** One member as staff read it: Persian digits, words for gender and role. */
    record MemberRow(String name, String gender, String role, String birthYear, String phone, String nationalCode) {
    }

    @GetMapping("/kanoons/{id}/members")
    String members(@PathVariable String id, Model model, HttpServletRequest request) {
        StaffScope scope = current.get();
        Kanoon kanoon = parse(id).flatMap(kanoons::findById)
                .filter(k -> scope.covers(k.getProvinceId(), k.getCountyId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Mosque mosque = mosques.findById(kanoon.getMosqueId()).orElse(null);
        boolean rural = mosque != null && mosque.isRural();
        RosterFigures.Figures counted = figures.of(kanoon.getId());
        // The guideline in force is the one rule for the minimum, as for a renewal's checklist: a
        // version the national admin publishes changes the page the day it takes effect.
        Optional<Integer> minimum = guidelines.findInForceAt(clock.instant())
                .map(g -> rural ? g.getMinMembersRural() : g.getMinMembersUrban());
        List<MemberRow> rows = members.findByKanoonId(kanoon.getId()).stream()
                .sorted(Comparator.comparing(KanoonMember::getLastName).thenComparing(KanoonMember::getFirstName))
                .map(this::row).toList();
        // Every showing of the phones is recorded, the empty roster's too: the log says who looked.
        audit.save(new AuditEntry(clock.instant(), scope.username(), AUDIT, "/kanoons/" + kanoon.getId() + "/members",
                kanoon.getName() + " (" + rows.size() + ")", request.getRemoteAddr()));
        model.addAttribute("staff", scope);
        model.addAttribute("kanoon", kanoon);
        model.addAttribute("mosqueName", mosque == null ? "" : mosque.getName());
        model.addAttribute("total", digits(counted.total()));
        model.addAttribute("male", digits(counted.male()));
        model.addAttribute("female", digits(counted.female()));
        model.addAttribute("coaches", digits(counted.coaches()));
        model.addAttribute("board", digits(counted.board()));
        model.addAttribute("young", digits(counted.young()));
        model.addAttribute("bands", counted.ages().stream().map(b -> new String[] {
                b.to() == null ? text("members.band.from", digits(b.from()))
                        : text("members.band.range", digits(b.from()), digits(b.to())),
                digits(b.count())}).toList());
        model.addAttribute("minimum", minimum.map(m -> rural ? text("members.minimum.village", digits(m))
                : text("members.minimum.city", digits(m))).orElse(text("members.minimum.none")));
        model.addAttribute("meetsMinimum", minimum.map(m -> counted.total() >= m).orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("crumbs", List.of(new Crumb(text("licences.nav"), "/licences"), new Crumb(kanoon.getName(),
                null)));
        return "members/kanoon";
    }

    /** A crumb after the layout's own trail, as fragments/layout.html reads it. */
    record Crumb(String label, String href) {
    }

    private MemberRow row(KanoonMember m) {
        String none = text("members.none");
        return new MemberRow(m.getFirstName() + " " + m.getLastName(), memberMessages.gender(m.getGender()),
                memberMessages.role(m.getRole()), digits(m.getBirthYear()),
                m.getPhone() == null ? none : PersianText.toPersianDigits(m.getPhone()),
                m.getNationalCode() == null ? none : PersianText.toPersianDigits(m.getNationalCode()));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String digits(long n) {
        return PersianText.toPersianDigits(Long.toString(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
