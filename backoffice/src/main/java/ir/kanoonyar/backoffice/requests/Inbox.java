package ir.kanoonyar.backoffice.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.TimelineEventType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's lists: what waits at a staff member's step, everything of their region, what they
 * decided, what was returned or withdrawn, and a search across all of them. Every query starts with
 * the scope condition (county or province), which is also the leading part of the indexes it uses
 * (ix_request_inbox_* for the waiting view, ix_request_region_* of V29 and the sort indexes of V35 for
 * the others), and nothing the address says can widen it.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    /** The timeline events by which a reviewer decides: "decided by me" looks for these with their name. */
    static final List<String> DECISION_EVENTS = List.of(TimelineEventType.FORWARDED.name(),
            TimelineEventType.APPROVED.name(), TimelineEventType.REJECTED.name(), TimelineEventType.RETURNED.name());

    /**
     * The kanoon and the mosque: the request's own mosque, else its kanoon's. Two joins on the primary
     * key; one join on COALESCE(r.mosque_id, k.mosque_id) could use no index and read every mosque per row.
     */
    private static final String PLACES = " LEFT JOIN kanoon k ON k.id = r.kanoon_id"
            + " LEFT JOIN mosque m ON m.id = r.mosque_id LEFT JOIN mosque km ON km.id = k.mosque_id";
    private static final String LISTED_JOINS = " JOIN person p ON p.id = r.applicant_person_id"
            + " LEFT JOIN county c ON c.id = r.county_id" + PLACES
            + " LEFT JOIN timeline_event t ON t.request_id = r.id AND t.seq = r.timeline_length";
    private static final String COLUMNS = "SELECT r.id, r.tracking_code, r.type, r.status, r.due_at, c.name,"
            + " p.first_name, p.last_name, p.national_code, r.escalated_at, k.name, COALESCE(m.name, km.name),"
            + " r.submitted_at,"
            + " t.event_type, t.occurred_at, r.version";

    private static final NameMatches.Condition NO_SEARCH = new NameMatches.Condition("", List.of());

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NameMatches names;
    private final RegionCounts regionCounts;
    private final int countLimit;

    public Inbox(JdbcTemplate jdbc, Clock clock, NameMatches names, RegionCounts regionCounts,
                 @Value("${kanoonyar.inbox-counts.limit:5000}") int countLimit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.names = names;
        this.regionCounts = regionCounts;
        this.countLimit = Math.max(1, countLimit);
    }

    /** The status that waits at this staff member's step: the national admin watches the provinces' step. */
    static RequestStatus statusFor(StaffScope scope) {
        RequestStatus status = scope.inboxStatus();
        return status == null ? RequestStatus.PROVINCE_REVIEW : status;
    }

    /** What waits at a staff member's step, as their unfiltered inbox lists it: all, overdue, escalated. */
    public record Waiting(int pending, int overdue, int escalated) {
    }

    /** The counts of the inbox without filters, for the morning digest: the same scope as the page. */
    public Waiting waiting(StaffScope scope, Instant now) {
        Where all = where(scope, new InboxQuery(null, null, false, false, null, null), now, false, NO_SEARCH);
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(now));
        args.addAll(all.args);
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.due_at < ? THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN r.escalated_at IS NOT NULL THEN 1 ELSE 0 END), 0)"
                        + " FROM request r" + all.sql,
                (rs, i) -> new Waiting(rs.getInt(1), rs.getInt(2), rs.getInt(3)), args.toArray());
    }

    public InboxPage page(StaffScope scope, InboxQuery query) {
        Instant now = clock.instant();

        NameMatches.Condition search = search(query.search());
        Where counted = where(scope, query, now, false, search);
        // Up to the limit the counts are exact and live; past it they would read the whole region on
        // every page, so the total stops at the limit and the type and step counts are kept a while.
        // One query reads both the total up to the limit and the counts per type and step within it
        // (it was two, each reading the same rows: a search's two took 85 % of the database's time).
        List<TypeAndStep> upToLimit = countByTypeAndStepUpTo(counted, countLimit);
        long inView = upToLimit.stream().mapToLong(TypeAndStep::count).sum();
        Map<RequestType, Long> counts;
        Map<RequestStatus, Long> steps;
        Instant countedAt = null;
        long total;
        boolean capped;
        if (inView <= countLimit) {
            counts = new EnumMap<>(RequestType.class);
            steps = new EnumMap<>(RequestStatus.class);
            long matching = 0;
            for (TypeAndStep group : upToLimit) {
                counts.merge(group.type(), group.count(), Long::sum);
                steps.merge(group.step(), group.count(), Long::sum);
                if ((query.type() == null || query.type() == group.type())
                        && (query.step() == null || query.step() == group.step())) {
                    matching += group.count();
                }
            }
            total = matching;
            capped = false;
        } else {
            if (query.searching()) {
                // A search matching more than the limit: no counts per type and step rather than a slow page.
                counts = new EnumMap<>(RequestType.class);
                steps = new EnumMap<>(RequestStatus.class);
            } else {
                RegionCounts.Counted kept = regionCounts.get(countsKey(scope, query), now,
                        () -> countByTypeAndStep(counted, now));
                counts = kept.types();
                steps = kept.steps();
                countedAt = kept.at();
            }
            total = query.type() == null && query.step() == null ? inView
                    : countUpTo(where(scope, query.withoutKeyset(), now, true, search), countLimit);
            capped = total > countLimit;
            total = Math.min(total, countLimit);
        }
        // Past the limit only the pages within it are offered: a page never reads more than the limit's rows.
        int pages = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());

        Where listed = where(scope, query, now, true, search);
        List<Object> args = new ArrayList<>(listed.args);
        String direction = query.descending() ? " DESC" : "";
        String order = " ORDER BY " + query.sort().column() + direction + ", r.id" + direction;
        int pageNumber;
        boolean walking = query.keyset() && query.after() != null;
        if (walking) {
            // Deep in the waiting view: the keyset, whose cost does not grow with the depth.
            pageNumber = (int) (rowsUpTo(scope, query, now, query.after()) / query.pageSize()) + 1;
            args.add(query.pageSize() + 1);
            order += " LIMIT ?";
        } else {
            pageNumber = Math.min(query.pageNumber(), pages);
            args.add(query.pageSize() + 1);
            args.add((long) (pageNumber - 1) * query.pageSize());
            order += " LIMIT ? OFFSET ?";
        }
        List<InboxRow> rows = jdbc.query(listing(query, listed.sql, order), (rs, i) -> row(rs, now),
                args.toArray());
        boolean more = rows.size() > query.pageSize();
        if (more) {
            rows = rows.subList(0, query.pageSize());
        }
        String next = null;
        if (query.keyset() && more) {
            InboxRow last = rows.get(rows.size() - 1);
            next = new InboxQuery.Cursor(last.dueAt(), last.id()).format();
        }
        // The counts and the rows are two reads: the pages follow what the rows found.
        if (!capped) {
            pages = more ? Math.max(pages, pageNumber + 1) : pageNumber;
        }
        return new InboxPage(List.copyOf(rows), counts, steps, total, capped, countedAt, next, pageNumber, pages);
    }

    /** How many requests the view holds with every filter, counted up to {@code limit} + 1 at most. */
    public long countUpTo(StaffScope scope, InboxQuery query, long limit) {
        return countUpTo(where(scope, query.withoutKeyset(), clock.instant(), true, search(query.search())), limit);
    }

    /** The most requests a page counts, as staff read it after «بیش از». */
    public int countLimit() {
        return countLimit;
    }

    /** How long counts per type and step past the limit are kept. */
    public Duration countsFreshFor() {
        return regionCounts.freshFor();
    }

    /** Counts up to limit + 1 rows through a LIMIT subquery: stops reading there, however large the region. */
    private long countUpTo(Where where, long limit) {
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit + 1);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM request r" + where.sql + " LIMIT ?) up_to",
                Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private record TypeAndStep(RequestType type, RequestStatus step, long count) {
    }

    /** The counts per type and step of the first limit + 1 rows: all of them when there are no more. */
    private List<TypeAndStep> countByTypeAndStepUpTo(Where where, long limit) {
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit + 1);
        return jdbc.query("SELECT up_to.type, up_to.status, COUNT(*) FROM (SELECT r.type, r.status FROM request r"
                        + where.sql + " LIMIT ?) up_to GROUP BY up_to.type, up_to.status",
                (rs, i) -> new TypeAndStep(RequestType.valueOf(rs.getString(1)), RequestStatus.valueOf(rs.getString(2)),
                        rs.getLong(3)), args.toArray());
    }

    private RegionCounts.Counted countByTypeAndStep(Where where, Instant now) {
        Map<RequestType, Long> counts = new EnumMap<>(RequestType.class);
        Map<RequestStatus, Long> steps = new EnumMap<>(RequestStatus.class);
        jdbc.query("SELECT r.type, r.status, COUNT(*) FROM request r" + where.sql + " GROUP BY r.type, r.status",
                rs -> {
                    long n = rs.getLong(3);
                    counts.merge(RequestType.valueOf(rs.getString(1)), n, Long::sum);
                    steps.merge(RequestStatus.valueOf(rs.getString(2)), n, Long::sum);
                }, where.args.toArray());
        return new RegionCounts.Counted(counts, steps, now);
    }

    private static RegionCounts.Key countsKey(StaffScope scope, InboxQuery query) {
        return new RegionCounts.Key(scope.role(), scope.provinceId(), scope.countyId(), query.view(),
                query.view() == InboxView.DECIDED ? scope.username() : null, query.countyId(), query.overdue(),
                query.escalated());
    }

    /** Up to {@code limit} rows of the whole view in its order, for the export: never past the scope. */
    public List<InboxRow> all(StaffScope scope, InboxQuery query, int limit) {
        Instant now = clock.instant();
        Where listed = where(scope, query.withoutKeyset(), now, true, search(query.search()));
        List<Object> args = new ArrayList<>(listed.args);
        args.add(limit);
        String direction = query.descending() ? " DESC" : "";
        return jdbc.query(listing(query, listed.sql, " ORDER BY " + query.sort().column() + direction + ", r.id"
                + direction + " LIMIT ?"), (rs, i) -> row(rs, now), args.toArray());
    }

    /**
     * The listing's SQL for a where clause and an order with its limit. When both need only the request's
     * own columns, the page's ids are picked first from the region's index alone (a sort of index entries,
     * no row read), and only those rows are read and joined: at a province's tens of thousands of
     * requests, sorting whole rows to keep fifty took seconds on a cold buffer pool.
     */
    private static String listing(InboxQuery query, String where, String orderAndLimit) {
        if (!query.sort().column().startsWith("r.")) {
            return COLUMNS + " FROM request r" + LISTED_JOINS + where + orderAndLimit;
        }
        String order = orderAndLimit.substring(0, orderAndLimit.indexOf(" LIMIT"));
        return COLUMNS + " FROM (SELECT r.id FROM request r" + where + orderAndLimit + ") pick"
                + " JOIN request r ON r.id = pick.id" + LISTED_JOINS + order;
    }

    /** How many rows of the view come up to and including the cursor: where a keyset page stands. */
    private long rowsUpTo(StaffScope scope, InboxQuery query, Instant now, InboxQuery.Cursor cursor) {
        Where before = where(scope, query.withoutKeyset(), now, true, NO_SEARCH);
        List<Object> args = new ArrayList<>(before.args);
        Timestamp due = Timestamp.from(cursor.dueAt());
        args.add(due);
        args.add(due);
        args.add(cursor.id());
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM request r" + before.sql
                + " AND (r.due_at < ? OR (r.due_at = ? AND r.id <= ?))", Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static InboxRow row(ResultSet rs, Instant now) throws SQLException {
        Timestamp due = rs.getTimestamp(5);
        Instant dueAt = due == null ? null : due.toInstant();
        String code = rs.getString(2);
        String name = ((rs.getString(7) == null ? "" : rs.getString(7)) + " "
                + (rs.getString(8) == null ? "" : rs.getString(8))).trim();
        String place = rs.getString(11) != null ? rs.getString(11) : rs.getString(12) != null ? rs.getString(12) : "";
        Timestamp submitted = rs.getTimestamp(13);
        Timestamp lastAt = rs.getTimestamp(15);
        TimelineEventType last = rs.getString(14) == null ? null : TimelineEventType.valueOf(rs.getString(14));
        RequestStatus status = RequestStatus.valueOf(rs.getString(4));
        boolean dueCounts = dueAt != null && status.isUnderReview();
        return new InboxRow(rs.getLong(1), code, RequestType.valueOf(rs.getString(3)), status, dueAt,
                rs.getString(6), name, rs.getString(9), dueCounts && dueAt.isBefore(now), rs.getTimestamp(10) != null,
                TrackingCode.isValid(code) ? PersianText.toPersianDigits(TrackingCode.display(code))
                        : PersianText.toPersianDigits(code),
                dueAt == null ? "" : JalaliDate.of(dueAt, JalaliDate.TEHRAN).formatLong(), place,
                submitted == null ? "" : JalaliDate.of(submitted.toInstant(), JalaliDate.TEHRAN).format(),
                last, lastAt == null ? "" : JalaliDate.of(lastAt.toInstant(), JalaliDate.TEHRAN).format(),
                dueCounts ? timeLeft(now, dueAt) : "", rs.getLong(16));
    }

    /** «۳ روز مانده», «۵ ساعت مانده», «۲ روز دیرکرد»: whole days, hours under a day. */
    static String timeLeft(Instant now, Instant due) {
        Duration left = Duration.between(now, due);
        Duration size = left.abs();
        String amount = size.toDays() >= 1 ? size.toDays() + " روز" : Math.max(1, size.toHours()) + " ساعت";
        return PersianText.toPersianDigits(amount) + (left.isNegative() ? " دیرکرد" : " مانده");
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(StaffScope scope, InboxQuery query, Instant now, boolean forPage,
                        NameMatches.Condition search) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> args = new ArrayList<>();
        // The view; a search looks in every submitted request of the region instead.
        InboxView view = query.searching() ? InboxView.ALL : query.view();
        switch (view) {
            case WAITING -> {
                sql.append("r.status = ?");
                args.add(statusFor(scope).name());
            }
            case ALL -> sql.append("r.submitted_at IS NOT NULL");
            case DECIDED -> {
                sql.append("r.submitted_at IS NOT NULL AND EXISTS (SELECT 1 FROM timeline_event d"
                        + " WHERE d.request_id = r.id AND d.actor = ? AND d.event_type IN (?, ?, ?, ?))");
                args.add(scope.username());
                args.addAll(DECISION_EVENTS);
            }
            case RETURNED -> {
                sql.append("r.status = ?");
                args.add(RequestStatus.RETURNED.name());
            }
            case WITHDRAWN -> {
                sql.append("r.status = ? AND r.submitted_at IS NOT NULL");
                args.add(RequestStatus.WITHDRAWN.name());
            }
        }
        // The scope: never left out, whatever the filters say.
        switch (scope.role()) {
            case COUNTY_STAFF -> {
                sql.append(" AND r.county_id = ?");
                args.add(scope.countyId());
            }
            case PROVINCE_STAFF -> {
                sql.append(" AND r.province_id = ?");
                args.add(scope.provinceId());
            }
            case NATIONAL_ADMIN -> {
            }
        }
        if (query.countyId() != null) {
            sql.append(" AND r.county_id = ?");
            args.add(query.countyId());
        }
        if (query.overdue()) {
            sql.append(" AND r.due_at < ?");
            args.add(Timestamp.from(now));
        }
        if (query.escalated()) {
            sql.append(" AND r.escalated_at IS NOT NULL");
        }
        sql.append(search.sql());
        args.addAll(search.args());
        if (forPage) {
            if (query.type() != null) {
                sql.append(" AND r.type = ?");
                args.add(query.type().name());
            }
            if (query.step() != null) {
                sql.append(" AND r.status = ?");
                args.add(query.step().name());
            }
            if (query.keyset() && query.after() != null) {
                Timestamp due = Timestamp.from(query.after().dueAt());
                sql.append(" AND (r.due_at > ? OR (r.due_at = ? AND r.id > ?))");
                args.add(due);
                args.add(due);
                args.add(query.after().id());
            }
        }
        return new Where(sql.toString(), args);
    }

    /** What was typed as ASCII digits when it is only digits (dashes and spaces aside), else null. */
    private static String digits(String typed) {
        String digits = TrackingCode.normalize(typed);
        return !digits.isEmpty() && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') ? digits : null;
    }

    /**
     * A tracking code or national code (digits in any script, dashes and spaces ignored), else part of
     * the applicant's name or of the kanoon's or mosque's name; once per page, since the counts and the
     * rows share it.
     */
    private NameMatches.Condition search(String typed) {
        if (typed == null || typed.isBlank()) {
            return NO_SEARCH;
        }
        String digits = digits(typed);
        if (digits == null) {
            return names.condition(typed);
        }
        String nationalCode = digits.length() >= 8 && digits.length() < 10
                ? "0".repeat(10 - digits.length()) + digits : digits;
        // The requests first, each by an index (the tracking code's unique key; the applicant's national
        // code, then their requests), once per page: the counts and the rows then read them by id.
        List<Long> ids = jdbc.queryForList("SELECT r.id FROM request r WHERE r.tracking_code = ?"
                + " UNION SELECT r.id FROM person np JOIN request r ON r.applicant_person_id = np.id"
                + " WHERE np.national_code = ?", Long.class, digits, nationalCode);
        if (ids.isEmpty()) {
            return new NameMatches.Condition(" AND 1 = 0", List.of());
        }
        return new NameMatches.Condition(" AND r.id IN (" + String.join(", ", Collections.nCopies(ids.size(),
                "?")) + ")", List.copyOf(ids));
    }
}
