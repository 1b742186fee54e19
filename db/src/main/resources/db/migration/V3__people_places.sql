-- People, mosques, kanoons and their licences. Times are UTC (DATETIME(6)); dates people type are DATE.
CREATE TABLE person (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    national_code  VARCHAR(10),
    first_name     VARCHAR(100),
    last_name      VARCHAR(100),
    mobile         VARCHAR(11),
    birth_date     DATE,
    gender         VARCHAR(10),
    education      VARCHAR(20),
    address        VARCHAR(500),
    province_id    BIGINT,
    county_id      BIGINT,
    registered_at  DATETIME(6),
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_national_code UNIQUE (national_code),
    CONSTRAINT fk_person_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_person_county FOREIGN KEY (county_id) REFERENCES county (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_person_mobile ON person (mobile);

-- A person's chats: one per messenger. blocked_at is set when the messenger answers 403.
CREATE TABLE person_chat (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    chat_id     BIGINT      NOT NULL,
    blocked_at  DATETIME(6),
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_person_chat UNIQUE (channel, chat_id),
    CONSTRAINT fk_person_chat_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE mosque (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    province_id  BIGINT       NOT NULL,
    county_id    BIGINT       NOT NULL,
    locality     VARCHAR(200),
    rural        BOOLEAN      NOT NULL DEFAULT FALSE,
    address      VARCHAR(500),
    postal_code  VARCHAR(10),
    latitude     DECIMAL(9,6),
    longitude    DECIMAL(9,6),
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_mosque_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_mosque_county FOREIGN KEY (county_id) REFERENCES county (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_mosque_county_name ON mosque (county_id, name);

CREATE TABLE kanoon (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    mosque_id          BIGINT       NOT NULL,
    province_id        BIGINT       NOT NULL,
    county_id          BIGINT       NOT NULL,
    audience           VARCHAR(10)  NOT NULL,
    manager_person_id  BIGINT,
    status             VARCHAR(16)  NOT NULL,
    members            INT          NOT NULL DEFAULT 0,
    established_on     DATE,
    manager_since      DATE,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_kanoon_mosque FOREIGN KEY (mosque_id) REFERENCES mosque (id),
    CONSTRAINT fk_kanoon_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_kanoon_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_kanoon_manager FOREIGN KEY (manager_person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_kanoon_region_status ON kanoon (province_id, county_id, status);
CREATE INDEX ix_kanoon_manager ON kanoon (manager_person_id);

CREATE TABLE licence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    number        VARCHAR(32)  NOT NULL,
    kanoon_id     BIGINT       NOT NULL,
    request_id    BIGINT,
    issued_on     DATE         NOT NULL,
    valid_until   DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_licence_number UNIQUE (number),
    CONSTRAINT fk_licence_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_licence_valid_until ON licence (status, valid_until);
