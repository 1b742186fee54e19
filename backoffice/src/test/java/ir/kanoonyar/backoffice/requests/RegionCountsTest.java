package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** The counts of a large view: taken once for colleagues asking at the same moment, kept a while, then taken again. */
class RegionCountsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    private static final RegionCounts.Key TEHRAN_ALL = new RegionCounts.Key(StaffRole.PROVINCE_STAFF, 24L, null,
            InboxView.ALL, null, null, false, false);

    @Test
    void colleaguesAskingWhileTheCountRunsWaitForThatOneCount() throws Exception {
        RegionCounts kept = new RegionCounts(Duration.ofSeconds(60));
        AtomicInteger counted = new AtomicInteger();
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService staff = Executors.newFixedThreadPool(5);
        try {
            List<Future<RegionCounts.Counted>> pages = new ArrayList<>();
            pages.add(staff.submit(() -> kept.get(TEHRAN_ALL, T0, () -> {
                counted.incrementAndGet();
                counting.countDown();
                await(release);
                return counts(35_910);
            })));
            assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 4; i++) {
                pages.add(staff.submit(() -> kept.get(TEHRAN_ALL, T0.plusSeconds(1), () -> {
                    counted.incrementAndGet();
                    return counts(1);
                })));
            }
            release.countDown();
            for (Future<RegionCounts.Counted> page : pages) {
                assertThat(page.get(10, TimeUnit.SECONDS).types()).containsEntry(RequestType.SERVICE_REQUEST, 35_910L);
            }
            assertThat(counted).hasValue(1);
        } finally {
            staff.shutdownNow();
        }
    }

    @Test
    void keptForTheirTimeThenTakenAgainAndAFailedCountIsNotKept() {
        RegionCounts kept = new RegionCounts(Duration.ofSeconds(60));
        kept.get(TEHRAN_ALL, T0, () -> counts(10));
        assertThat(kept.get(TEHRAN_ALL, T0.plusSeconds(59), () -> counts(11)).types())
                .containsEntry(RequestType.SERVICE_REQUEST, 10L);
        // Another region or view is its own.
        RegionCounts.Key county = new RegionCounts.Key(StaffRole.COUNTY_STAFF, 24L, 376L, InboxView.ALL, null, null,
                false, false);
        assertThat(kept.get(county, T0.plusSeconds(59), () -> counts(3)).types())
                .containsEntry(RequestType.SERVICE_REQUEST, 3L);
        assertThat(kept.get(TEHRAN_ALL, T0.plusSeconds(60), () -> counts(12)).types())
                .containsEntry(RequestType.SERVICE_REQUEST, 12L);

        assertThatThrownBy(() -> kept.get(TEHRAN_ALL, T0.plusSeconds(200), () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(kept.get(TEHRAN_ALL, T0.plusSeconds(201), () -> counts(13)).types())
                .containsEntry(RequestType.SERVICE_REQUEST, 13L);
    }

    private static RegionCounts.Counted counts(long services) {
        return new RegionCounts.Counted(Map.of(RequestType.SERVICE_REQUEST, services),
                Map.of(RequestStatus.COUNTY_REVIEW, services), T0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
