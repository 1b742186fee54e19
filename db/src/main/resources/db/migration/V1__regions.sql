-- Provinces and counties. Codes are the Statistical Centre of Iran's (county code = province code + 2 digits).
-- Rows are loaded by the Java migration V2__Load_regions from regions/provinces-counties.csv.
CREATE TABLE province (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(2)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT uk_province_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE county (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT       NOT NULL,
    code        VARCHAR(4)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT uk_county_code UNIQUE (code),
    CONSTRAINT fk_county_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
