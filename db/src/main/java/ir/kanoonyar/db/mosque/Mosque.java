package ir.kanoonyar.db.mosque;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A mosque that hosts (or asks to host) a kanoon. */
@Entity
public class Mosque {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private Long provinceId;
    private Long countyId;
    /** City or village (شهر / روستا). */
    private String locality;
    private boolean rural;
    private String address;
    private String postalCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Instant createdAt;

    @Version
    private long version;

    protected Mosque() {
    }

    public Mosque(String name, Long provinceId, Long countyId, String locality, boolean rural, Instant createdAt) {
        this.name = name;
        this.provinceId = provinceId;
        this.countyId = countyId;
        this.locality = locality;
        this.rural = rural;
        this.createdAt = createdAt;
    }

    public void locate(String address, String postalCode, BigDecimal latitude, BigDecimal longitude) {
        this.address = address;
        this.postalCode = postalCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public String getLocality() {
        return locality;
    }

    public boolean isRural() {
        return rural;
    }

    public String getAddress() {
        return address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
