package ir.kanoonyar.db.member;

import java.time.Instant;

import ir.kanoonyar.db.person.Gender;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One member of a kanoon's roster (V42). birthYear is a Jalali year; phone 09XXXXXXXXX or null. */
@Entity
public class KanoonMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long kanoonId;
    private String firstName;
    private String lastName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private int birthYear;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private String phone;
    private String nationalCode;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected KanoonMember() {
    }

    public KanoonMember(Long kanoonId, MemberDetails details, Instant at) {
        this.kanoonId = kanoonId;
        this.createdAt = at;
        change(details, at);
    }

    public final void change(MemberDetails details, Instant at) {
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.gender = details.gender();
        this.birthYear = details.birthYear();
        this.role = details.role();
        this.phone = details.phone();
        this.nationalCode = details.nationalCode();
        this.updatedAt = at;
    }

    public MemberDetails details() {
        return new MemberDetails(firstName, lastName, gender, birthYear, role, phone, nationalCode);
    }

    public Long getId() {
        return id;
    }

    public Long getKanoonId() {
        return kanoonId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Gender getGender() {
        return gender;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public MemberRole getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
