package ir.kanoonyar.db.region;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A county (شهرستان) of a province; a county office's staff are scoped to one. */
@Entity
public class County {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private Province province;

    private String code;

    private String name;

    protected County() {
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
