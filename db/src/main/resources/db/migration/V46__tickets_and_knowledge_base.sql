-- Tickets between the chat and the back-office, and the knowledge base the bot answers from (issue 11,
-- items 1 and 2). A ticket belongs to a person and to the county (and province) of their kanoon or
-- registration; staff of that county answer it, or the province once it is passed up (level).
CREATE TABLE ticket (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    province_id        BIGINT        NOT NULL,
    county_id          BIGINT,
    category           VARCHAR(32)   NOT NULL,
    state              VARCHAR(24)   NOT NULL,
    level              VARCHAR(16)   NOT NULL,
    assigned_staff_id  BIGINT,
    subject            VARCHAR(200)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    waiting_since      DATETIME(6)   NOT NULL,
    first_response_at  DATETIME(6),
    resolved_at        DATETIME(6),
    rating             INT,
    rating_comment     VARCHAR(500),
    rated_at           DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_ticket_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_ticket_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_ticket_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_ticket_staff FOREIGN KEY (assigned_staff_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ticket_queue ON ticket (province_id, county_id, state, waiting_since);
CREATE INDEX ix_ticket_person ON ticket (person_id, created_at);

-- One thread per ticket: who wrote what and when. A person's photo or document is an attachment
-- (attachment, attachment_content); a staff answer is delivered through the outbox row it names, so
-- the thread can show that it was not delivered. An internal note is never sent.
CREATE TABLE ticket_message (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_id          BIGINT        NOT NULL,
    author_person_id   BIGINT,
    author_staff_id    BIGINT,
    author_name        VARCHAR(200)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    body               VARCHAR(4000) NOT NULL,
    attachment_id      BIGINT,
    internal_note      BOOLEAN       NOT NULL DEFAULT FALSE,
    outbox_message_id  BIGINT,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_message_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ticket_message_thread ON ticket_message (ticket_id, created_at);

-- Short answers written by national (province_id NULL) and provincial staff. offered: how often the
-- bot offered it for a question; opened: how often a person read it.
CREATE TABLE kb_answer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id    BIGINT,
    title          VARCHAR(200)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    tags           VARCHAR(500)  NOT NULL,
    attachment_id  BIGINT,
    offered        INT           NOT NULL DEFAULT 0,
    opened         INT           NOT NULL DEFAULT 0,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_kb_answer_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_kb_answer_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Questions the knowledge base had no answer for, so staff know what to write next.
CREATE TABLE kb_miss (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id  BIGINT,
    question     VARCHAR(1000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_kb_miss_time ON kb_miss (province_id, created_at);

-- Canned replies staff pick from when answering: national (province_id NULL) or of one province.
CREATE TABLE ticket_canned_reply (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id  BIGINT,
    title        VARCHAR(100)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
