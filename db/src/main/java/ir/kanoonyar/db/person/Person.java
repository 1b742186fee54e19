package ir.kanoonyar.db.person;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Anyone the bot knows: applicants and managers, imams and heads of trustees. The profile fills in
 * as the person registers; national code and mobile are stored normalised (see the persian package).
 */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nationalCode;
    private String firstName;
    private String lastName;
    private String mobile;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    private Education education;

    private String address;
    private Long provinceId;
    private Long countyId;
    private Instant registeredAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Fills the profile of a manager registration (ثبت مدیر). */
    public void register(Profile profile, Instant at) {
        this.nationalCode = profile.nationalCode();
        this.firstName = profile.firstName();
        this.lastName = profile.lastName();
        this.mobile = profile.mobile();
        this.birthDate = profile.birthDate();
        this.gender = profile.gender();
        this.education = profile.education();
        this.address = profile.address();
        this.provinceId = profile.provinceId();
        this.countyId = profile.countyId();
        this.registeredAt = at;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public boolean isRegistered() {
        return registeredAt != null;
    }

    public String fullName() {
        if (firstName == null && lastName == null) {
            return "";
        }
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    public Long getId() {
        return id;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getMobile() {
        return mobile;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public Education getEducation() {
        return education;
    }

    public String getAddress() {
        return address;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** The answers of a manager registration, already validated and normalised. */
    public record Profile(String nationalCode, String firstName, String lastName, String mobile,
                          LocalDate birthDate, Gender gender, Education education, String address,
                          Long provinceId, Long countyId) {
    }
}
