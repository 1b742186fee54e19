package ir.kanoonyar.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests only: people the bot can reach, written straight to the tables (a person, a chat, and what
 * makes them a manager, an applicant or a signer), for tests of segments and broadcasts.
 */
public final class PeopleWithChats {

    /** Chat ids no other test uses: large and growing from the start time. */
    private static final AtomicLong CHAT_IDS = new AtomicLong(9_000_000_000L + (System.currentTimeMillis() % 1_000_000_000L) * 10);

    private final JdbcTemplate jdbc;

    public PeopleWithChats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new chat id, unique in this run. */
    public static long chatId() {
        return CHAT_IDS.incrementAndGet();
    }

    public long countyId(String code) {
        return jdbc.queryForObject("SELECT id FROM county WHERE code = ?", Long.class, code);
    }

    public long provinceOfCounty(long countyId) {
        return jdbc.queryForObject("SELECT province_id FROM county WHERE id = ?", Long.class, countyId);
    }

    /** A registered person of a county; returns their id. */
    public long person(long countyId, String firstName) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO person (national_code, first_name, last_name, province_id, county_id, registered_at,"
                        + " created_at) VALUES (?, ?, 'آزمون', ?, ?, ?, ?)", RandomPeople.nationalCode(), firstName,
                provinceOfCounty(countyId), countyId, now, now);
        return jdbc.queryForObject("SELECT MAX(id) FROM person", Long.class);
    }

    /** A chat of the person on a channel; returns its chat id. */
    public long chat(long personId, String channel, boolean blocked) {
        long chatId = chatId();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO person_chat (person_id, channel, chat_id, blocked_at, created_at) VALUES (?, ?, ?, ?, ?)",
                personId, channel, chatId, blocked ? now : null, now);
        return chatId;
    }

    /** The person manages a new kanoon (ACTIVE) in a county. */
    public void manages(long personId, long countyId, String audience, boolean rural) {
        Timestamp now = Timestamp.from(Instant.now());
        long provinceId = provinceOfCounty(countyId);
        jdbc.update("INSERT INTO mosque (name, province_id, county_id, rural, created_at) VALUES (?, ?, ?, ?, ?)",
                "مسجد آزمون " + personId, provinceId, countyId, rural, now);
        long mosqueId = jdbc.queryForObject("SELECT MAX(id) FROM mosque", Long.class);
        jdbc.update("INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)", "کانون آزمون " + personId, mosqueId,
                provinceId, countyId, audience, personId, now);
    }

    /** The person has submitted a request in their county. */
    public void submitted(long personId, long countyId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id,"
                        + " assignee_level, submitted_at, created_at, updated_at)"
                        + " VALUES (?, 'SERVICE_REQUEST', 'COUNTY_REVIEW', ?, ?, ?, 'COUNTY', ?, ?, ?)",
                "T" + RandomPeople.digits(11), personId, provinceOfCounty(countyId), countyId, now, now, now);
    }
}
