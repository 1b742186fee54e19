package ir.kanoonyar.backoffice.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketRepository;
import ir.kanoonyar.db.ticket.TicketSettings;
import ir.kanoonyar.db.ticket.TicketState;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff queue: the tickets of the staff member's region (county staff their county, province staff
 * their province, the national admin all; the filters only narrow that), longest waiting first, 25 a page.
 */
@Service
class TicketQueue {

    static final int PAGE_SIZE = 25;

    record Result(List<TicketRow> rows, long total, int page, boolean hasNext) {
    }

    private final TicketRepository tickets;
    private final PersonRepository persons;
    private final CountyRepository counties;
    private final StaffAccountRepository staff;
    private final TicketSettings settings;
    private final Clock clock;

    TicketQueue(TicketRepository tickets, PersonRepository persons, CountyRepository counties,
                StaffAccountRepository staff, TicketSettings settings, Clock clock) {
        this.tickets = tickets;
        this.persons = persons;
        this.counties = counties;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Result page(StaffScope scope, TicketQuery query) {
        Page<Ticket> page = tickets.findAll(filter(scope, query),
                PageRequest.of(query.page(), PAGE_SIZE, Sort.by("waitingSince").ascending().and(Sort.by("id"))));
        return new Result(rows(page.getContent()), page.getTotalElements(), query.page(), page.hasNext());
    }

    private Specification<Ticket> filter(StaffScope scope, TicketQuery query) {
        Instant now = clock.instant();
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            switch (scope.role()) {
                case COUNTY_STAFF -> where.add(cb.equal(root.get("countyId"), scope.countyId()));
                case PROVINCE_STAFF -> where.add(cb.equal(root.get("provinceId"), scope.provinceId()));
                case NATIONAL_ADMIN -> {
                }
            }
            if (TicketQuery.AWAITING.equals(query.state())) {
                where.add(root.get("state").in(TicketState.OPEN, TicketState.WAITING_FOR_STAFF));
            } else if (query.singleState() != null) {
                where.add(cb.equal(root.get("state"), query.singleState()));
            }
            if (query.category() != null) {
                where.add(cb.equal(root.get("category"), query.category()));
            }
            if (query.county() != null) {
                where.add(cb.equal(root.get("countyId"), query.county()));
            }
            if (query.hours() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("waitingSince"), now.minus(Duration.ofHours(query.hours()))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private List<TicketRow> rows(List<Ticket> page) {
        Map<Long, Person> people = persons.findAllById(page.stream().map(Ticket::getPersonId).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, County> places = counties.findAllById(page.stream().map(Ticket::getCountyId)
                .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(County::getId, Function.identity()));
        Map<Long, StaffAccount> assigned = staff.findAllById(page.stream().map(Ticket::getAssignedStaffId)
                .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(StaffAccount::getId, Function.identity()));
        Instant now = clock.instant();
        return page.stream().map(t -> {
            Person person = people.get(t.getPersonId());
            County county = t.getCountyId() == null ? null : places.get(t.getCountyId());
            StaffAccount holder = t.getAssignedStaffId() == null ? null : assigned.get(t.getAssignedStaffId());
            long hours = Duration.between(t.getWaitingSince(), now).toHours();
            boolean overdue = t.getFirstResponseAt() == null && t.getState().awaitsStaff()
                    && t.getCreatedAt().plus(settings.firstResponse()).isBefore(now);
            return new TicketRow(t.getId(), t.getSubject(), t.getCategory(), t.getState(), t.getLevel(),
                    person == null ? "" : person.fullName(), county == null ? "" : county.getName(),
                    holder == null ? "" : holder.getDisplayName(), JalaliDate.tehranDayAndTime(t.getWaitingSince()),
                    Math.max(0, hours), overdue);
        }).toList();
    }
}
