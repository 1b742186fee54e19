-- The photo of a kanoon's installed sign, sent by its manager in the bot (issue 10 item 5), and the
-- county staff's answer: WAITING, then CONFIRMED against the checklist or FIX_ASKED with a reason.
-- "Sign confirmed" is the kanoon's latest CONFIRMED row and its decided_at.
CREATE TABLE sign_photo (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    kanoon_id          BIGINT       NOT NULL,
    attachment_id      BIGINT       NOT NULL,
    sent_by_person_id  BIGINT       NOT NULL,
    sent_at            DATETIME(6)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    decided_by         VARCHAR(100),
    decided_at         DATETIME(6),
    fix_reason         VARCHAR(500),
    CONSTRAINT fk_sign_photo_kanoon FOREIGN KEY (kanoon_id) REFERENCES kanoon (id),
    CONSTRAINT fk_sign_photo_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id),
    CONSTRAINT fk_sign_photo_person FOREIGN KEY (sent_by_person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_sign_photo_kanoon_status ON sign_photo (kanoon_id, status);
CREATE INDEX ix_sign_photo_status ON sign_photo (status, sent_at);
