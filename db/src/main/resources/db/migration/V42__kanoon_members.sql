-- A kanoon's members roster (اعضا, issue 10): kept by its manager in the bot, one by one or from a
-- spreadsheet. birth_year is a Jalali year (e.g. 1390). role MEMBER, COACH or BOARD; gender MALE or
-- FEMALE. phone (09xxxxxxxxx) and national_code are optional and unique within their kanoon.
CREATE TABLE kanoon_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kanoon_id      BIGINT       NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    gender         VARCHAR(10)  NOT NULL,
    birth_year     INT          NOT NULL,
    role           VARCHAR(10)  NOT NULL,
    phone          VARCHAR(11),
    national_code  VARCHAR(10),
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_kanoon_member_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id),
    CONSTRAINT uk_kanoon_member_phone UNIQUE (kanoon_id, phone),
    CONSTRAINT uk_kanoon_member_national_code UNIQUE (kanoon_id, national_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_kanoon_member_name ON kanoon_member (kanoon_id, last_name, first_name);
