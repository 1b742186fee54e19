package ir.kanoonyar.db.staff;

import java.time.Duration;
import java.time.Instant;

import ir.kanoonyar.db.person.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A back-office account. Its scope is the whole country (NATIONAL_ADMIN), a province
 * (PROVINCE_STAFF) or a county (COUNTY_STAFF); it sees and acts on nothing outside it.
 */
@Entity
public class StaffAccount {

    /** The shortest password a staff account may have (set at creation or when changed). */
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    private Long provinceId;
    private Long countyId;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;

    @Enumerated(EnumType.STRING)
    private Channel chatChannel;

    private Long chatId;

    /** The secret of the one-time link that ties a bot chat to this account; null once used. */
    private String chatLinkToken;
    private Instant chatLinkExpiresAt;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected StaffAccount() {
    }

    private StaffAccount(String username, String passwordHash, String displayName, StaffRole role, Long provinceId,
                         Long countyId, String createdBy, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.provinceId = provinceId;
        this.countyId = countyId;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static StaffAccount national(String username, String passwordHash, String displayName, String createdBy,
                                        Instant at) {
        return new StaffAccount(username, passwordHash, displayName, StaffRole.NATIONAL_ADMIN, null, null,
                createdBy, at);
    }

    public static StaffAccount province(String username, String passwordHash, String displayName, long provinceId,
                                        String createdBy, Instant at) {
        return new StaffAccount(username, passwordHash, displayName, StaffRole.PROVINCE_STAFF, provinceId, null,
                createdBy, at);
    }

    public static StaffAccount county(String username, String passwordHash, String displayName, long provinceId,
                                      long countyId, String createdBy, Instant at) {
        return new StaffAccount(username, passwordHash, displayName, StaffRole.COUNTY_STAFF, provinceId, countyId,
                createdBy, at);
    }

    /**
     * Counts a failed login; after {@code maxFailures} in a row the account locks for {@code lockFor}.
     * Attempts while locked count for nothing: otherwise a few posts every lock period would keep any
     * known account locked for ever.
     */
    public void loginFailed(int maxFailures, Duration lockFor, Instant at) {
        if (isLockedAt(at)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = at.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /**
     * A new name, role or place, set by the national admin. Province staff have a province, county
     * staff a county and its province.
     */
    public void reassign(String displayName, StaffRole role, Long provinceId, Long countyId) {
        if (role == StaffRole.NATIONAL_ADMIN || provinceId == null || (role == StaffRole.COUNTY_STAFF) != (countyId != null)) {
            throw new IllegalArgumentException("A staff account is province staff with a province or county staff with a county");
        }
        this.displayName = displayName;
        this.role = role;
        this.provinceId = provinceId;
        this.countyId = countyId;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void linkChat(Channel channel, long chatId) {
        this.chatChannel = channel;
        this.chatId = chatId;
        this.chatLinkToken = null;
        this.chatLinkExpiresAt = null;
    }

    /** A fresh one-time link secret, replacing any earlier one. */
    public void offerChatLink(String token, Instant expiresAt) {
        this.chatLinkToken = token;
        this.chatLinkExpiresAt = expiresAt;
    }

    public boolean chatLinkValidAt(String token, Instant at) {
        return chatLinkToken != null && chatLinkToken.equals(token) && chatLinkExpiresAt != null
                && at.isBefore(chatLinkExpiresAt);
    }

    public String getChatLinkToken() {
        return chatLinkToken;
    }

    public Instant getChatLinkExpiresAt() {
        return chatLinkExpiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public StaffRole getRole() {
        return role;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Channel getChatChannel() {
        return chatChannel;
    }

    public Long getChatId() {
        return chatId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
