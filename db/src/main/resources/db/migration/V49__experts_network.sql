-- The network of provincial experts (issue 11 item 3).

-- What a staff member says of themself in the directory: their specialties (tags, one line each,
-- edited on their own account page) and whether they take consultations from other provinces.
CREATE TABLE expert_profile (
    staff_account_id     BIGINT        NOT NULL PRIMARY KEY,
    specialties          VARCHAR(600)  NOT NULL,
    takes_consultations  BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_expert_profile_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A question to experts of other provinces about a case. The case is named by a kind and an id (a
-- request today, a ticket later); the experts see only the question and the excerpt the asker wrote,
-- never the case itself. subject_province_id is the case's province, which the experts lie outside.
CREATE TABLE consultation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_kind         VARCHAR(16)   NOT NULL,
    subject_id           BIGINT        NOT NULL,
    subject_province_id  BIGINT,
    asker_account_id     BIGINT        NOT NULL,
    question             VARCHAR(2000) NOT NULL,
    excerpt              VARCHAR(4000) NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    last_message_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_consultation_asker FOREIGN KEY (asker_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_consultation_subject ON consultation (subject_kind, subject_id);
CREATE INDEX ix_consultation_asker ON consultation (asker_account_id, last_message_at);

CREATE TABLE consultation_expert (
    consultation_id      BIGINT        NOT NULL,
    expert_account_id    BIGINT        NOT NULL,
    PRIMARY KEY (consultation_id, expert_account_id),
    CONSTRAINT fk_consultation_expert_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_expert_account FOREIGN KEY (expert_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_consultation_expert_account ON consultation_expert (expert_account_id);

-- The thread: answers of the experts and the asker's follow-ups, in order.
CREATE TABLE consultation_message (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id      BIGINT        NOT NULL,
    author_account_id    BIGINT        NOT NULL,
    body                 VARCHAR(4000) NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_consultation_message_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_message_author FOREIGN KEY (author_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_consultation_message_thread ON consultation_message (consultation_id, id);

-- The national board: topics (threads) and their replies, where experts share practice. The national
-- admin pins a topic to the top.
CREATE TABLE board_topic (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    body                 VARCHAR(4000) NOT NULL,
    author_account_id    BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    last_post_at         DATETIME(6)   NOT NULL,
    replies              INT           NOT NULL DEFAULT 0,
    pinned               BOOLEAN       NOT NULL DEFAULT FALSE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_board_topic_author FOREIGN KEY (author_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_board_topic_order ON board_topic (pinned, last_post_at);

CREATE TABLE board_reply (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic_id             BIGINT        NOT NULL,
    author_account_id    BIGINT        NOT NULL,
    body                 VARCHAR(4000) NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_board_reply_topic FOREIGN KEY (topic_id) REFERENCES board_topic (id),
    CONSTRAINT fk_board_reply_author FOREIGN KEY (author_account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_board_reply_topic ON board_reply (topic_id, id);
