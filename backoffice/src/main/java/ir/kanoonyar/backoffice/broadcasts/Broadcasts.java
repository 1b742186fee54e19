package ir.kanoonyar.backoffice.broadcasts;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.broadcast.Broadcast;
import ir.kanoonyar.db.broadcast.BroadcastAudience;
import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import ir.kanoonyar.db.broadcast.BroadcastMedia;
import ir.kanoonyar.db.broadcast.BroadcastMediaStore;
import ir.kanoonyar.db.broadcast.BroadcastProgress;
import ir.kanoonyar.db.broadcast.BroadcastRepository;
import ir.kanoonyar.db.broadcast.BroadcastStatus;
import ir.kanoonyar.db.broadcast.KanoonArea;
import ir.kanoonyar.db.broadcast.Segment;
import ir.kanoonyar.db.broadcast.SegmentRole;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Broadcasts as staff see them: composed for a segment inside their scope (national: anywhere;
 * province: their province and its counties; county: their county), and only theirs to watch and
 * move. A broadcast outside the scope is "not found".
 */
@Service
class Broadcasts {

    private static final int LIST_SIZE = 50;

    private final BroadcastRepository broadcasts;
    private final BroadcastAudience audience;
    private final BroadcastDelivery delivery;
    private final BroadcastMediaStore media;
    private final ScheduledBroadcasts scheduled;
    private final BroadcastRowMoveJob rowMoves;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final Clock clock;

    Broadcasts(BroadcastRepository broadcasts, BroadcastAudience audience, BroadcastDelivery delivery,
               BroadcastMediaStore media, ScheduledBroadcasts scheduled, BroadcastRowMoveJob rowMoves,
               ProvinceRepository provinces,
               CountyRepository counties, Clock clock) {
        this.broadcasts = broadcasts;
        this.audience = audience;
        this.delivery = delivery;
        this.media = media;
        this.scheduled = scheduled;
        this.rowMoves = rowMoves;
        this.provinces = provinces;
        this.counties = counties;
        this.clock = clock;
    }

    /**
     * The segment the form asks for, inside the staff member's scope.
     *
     * @throws BroadcastProblem.Refused OUT_OF_SCOPE for a province or county outside it (or unknown)
     */
    @Transactional(readOnly = true)
    Segment segment(StaffScope scope, BroadcastForm form) {
        SegmentRole role = parse(SegmentRole.class, form.getRole());
        if (role == null) {
            role = SegmentRole.EVERYONE;
        }
        KanoonAudience kanoonAudience = parse(KanoonAudience.class, form.getAudience());
        KanoonArea area = parse(KanoonArea.class, form.getArea());
        Long provinceId = form.getProvince();
        Long countyId = form.getCounty();
        switch (scope.role()) {
            case NATIONAL_ADMIN -> {
                if (provinceId != null && !provinces.existsById(provinceId)) {
                    throw new BroadcastProblem.Refused(BroadcastProblem.OUT_OF_SCOPE);
                }
            }
            case PROVINCE_STAFF -> {
                if (provinceId != null && !provinceId.equals(scope.provinceId())) {
                    throw new BroadcastProblem.Refused(BroadcastProblem.OUT_OF_SCOPE);
                }
                provinceId = scope.provinceId();
            }
            case COUNTY_STAFF -> {
                if ((provinceId != null && !provinceId.equals(scope.provinceId()))
                        || (countyId != null && !countyId.equals(scope.countyId()))) {
                    throw new BroadcastProblem.Refused(BroadcastProblem.OUT_OF_SCOPE);
                }
                provinceId = scope.provinceId();
                countyId = scope.countyId();
            }
        }
        if (countyId != null) {
            County county = counties.findById(countyId)
                    .orElseThrow(() -> new BroadcastProblem.Refused(BroadcastProblem.OUT_OF_SCOPE));
            Long countyProvince = county.getProvince().getId();
            if (!scope.covers(countyProvince, countyId)) {
                throw new BroadcastProblem.Refused(BroadcastProblem.OUT_OF_SCOPE);
            }
            if (provinceId != null && !provinceId.equals(countyProvince)) {
                throw new BroadcastProblem.Refused(BroadcastProblem.COUNTY_NOT_IN_PROVINCE);
            }
            provinceId = countyProvince;
        }
        return new Segment(provinceId, countyId, role, kanoonAudience, area);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> new BroadcastProblem.Refused(BroadcastProblem.ROLE));
    }

    @Transactional(readOnly = true)
    BroadcastAudience.Reach count(StaffScope scope, BroadcastForm form) {
        return audience.count(segment(scope, form));
    }

    /**
     * Saves the broadcast (and its file) and sends it now (its recipients enqueued in this transaction)
     * or schedules it.
     *
     * @param file null when there is none
     * @return the broadcast's id
     */
    @Transactional
    long create(StaffScope scope, BroadcastForm form, BroadcastFile file) {
        Segment segment = segment(scope, form);
        String text = form.getText() == null ? "" : form.getText().strip();
        if (file == null && text.isEmpty()) {
            throw new BroadcastProblem.Refused(BroadcastProblem.TEXT_EMPTY);
        }
        if (file == null && text.length() > Broadcast.MAX_TEXT) {
            throw new BroadcastProblem.Refused(BroadcastProblem.TEXT_TOO_LONG);
        }
        if (file != null && text.length() > Broadcast.MAX_CAPTION) {
            throw new BroadcastProblem.Refused(BroadcastProblem.CAPTION_TOO_LONG);
        }
        Instant now = clock.instant();
        Instant at = null;
        if ("later".equals(form.getWhen())) {
            at = TehranTime.parse(form.getDate(), form.getTime())
                    .orElseThrow(() -> new BroadcastProblem.Refused(BroadcastProblem.WHEN));
            if (!at.isAfter(now)) {
                throw new BroadcastProblem.Refused(BroadcastProblem.PAST);
            }
        }
        if (audience.count(segment).chats() == 0) {
            throw new BroadcastProblem.Refused(BroadcastProblem.NOBODY);
        }
        Long mediaId = file == null ? null
                : media.save(file.kind(), file.fileName(), file.contentType(), file.bytes()).id();
        Broadcast broadcast = broadcasts.saveAndFlush(new Broadcast(scope.username(), segment, text, mediaId, now));
        if (at != null) {
            broadcast.schedule(at);
            scheduled.schedule(broadcast.getId(), at);
        } else {
            delivery.enqueue(broadcast.getId());
        }
        return broadcast.getId();
    }

    /** The latest broadcasts of the staff member's region. */
    @Transactional(readOnly = true)
    List<BroadcastRow> list(StaffScope scope) {
        PageRequest page = PageRequest.of(0, LIST_SIZE);
        List<Broadcast> found = switch (scope.role()) {
            case NATIONAL_ADMIN -> broadcasts.findAllByOrderByIdDesc(page);
            case PROVINCE_STAFF -> broadcasts.findByProvinceIdOrderByIdDesc(scope.provinceId(), page);
            case COUNTY_STAFF -> broadcasts.findByCountyIdOrderByIdDesc(scope.countyId(), page);
        };
        return found.stream().map(b -> new BroadcastRow(b.getId(), TehranTime.format(b.getCreatedAt()), region(b),
                b.getSegmentRole().name(), b.getStatus().name(),
                b.getRecipients() == null ? "" : PersianText.toPersianDigits(String.valueOf(b.getRecipients())),
                b.getText().length() > 80 ? b.getText().substring(0, 80) + "…" : b.getText(),
                TehranTime.format(b.getScheduledAt()))).toList();
    }

    /** The region's name: the county, the province, or empty for the whole country. */
    String region(Broadcast broadcast) {
        if (broadcast.getCountyId() != null) {
            return counties.findById(broadcast.getCountyId()).map(County::getName).orElse("");
        }
        if (broadcast.getProvinceId() != null) {
            return provinces.findById(broadcast.getProvinceId()).map(p -> p.getName()).orElse("");
        }
        return "";
    }

    /** @throws ResponseStatusException 404 when there is no such broadcast in the staff member's region */
    @Transactional(readOnly = true)
    Broadcast find(StaffScope scope, long id) {
        return broadcasts.findById(id)
                // A nationwide broadcast (no province) is covered by the national scope only.
                .filter(b -> scope.covers(b.getProvinceId(), b.getCountyId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    BroadcastMedia media(Broadcast broadcast) {
        return broadcast.getMediaId() == null ? null : media.find(broadcast.getMediaId()).orElse(null);
    }

    BroadcastProgress progress(StaffScope scope, long id) {
        find(scope, id);
        return delivery.progress(id);
    }

    /**
     * Pause, resume and cancel return at once: the status and a one-shot trigger of the job that moves
     * the broadcast's waiting rows behind ({@link BroadcastRowMoveJob}) commit together, so no status
     * change is ever left without its move.
     */
    @Transactional
    void pause(StaffScope scope, long id) {
        find(scope, id);
        move(() -> delivery.pause(id));
        rowMoves.start();
    }

    @Transactional
    void resume(StaffScope scope, long id) {
        find(scope, id);
        move(() -> delivery.resume(id));
        rowMoves.start();
    }

    @Transactional
    void cancel(StaffScope scope, long id) {
        Broadcast broadcast = find(scope, id);
        boolean wasScheduled = broadcast.getStatus() == BroadcastStatus.SCHEDULED;
        move(() -> delivery.cancel(id));
        if (wasScheduled) {
            scheduled.unschedule(id);
        }
        rowMoves.start();
    }

    private static void move(Runnable move) {
        try {
            move.run();
        } catch (IllegalStateException e) {
            throw new BroadcastProblem.Refused(BroadcastProblem.MOVE);
        }
    }
}
