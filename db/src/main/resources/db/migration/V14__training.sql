-- Training (بسته‌های آموزشی): courses of ordered lessons and a quiz, taken in the bot.
-- A course's content lives in versions: a published version never changes (editing makes a new
-- draft), so what a person took, their score and their certificate stay as they were.

-- A course: its code (what a guideline's required_courses names) and its scope. province_id NULL is
-- a national course (authored by the national admin); otherwise the province's own course.
CREATE TABLE course (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(64)  NOT NULL,
    province_id           BIGINT,
    published_version_id  BIGINT,
    archived              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by            VARCHAR(100) NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_course_code UNIQUE (code),
    CONSTRAINT fk_course_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_course_province ON course (province_id, archived);

-- One version of a course's content. DRAFT is edited; PUBLISHED is what people take (one per
-- course at a time); RETIRED was published before: kept for the people who took it.
CREATE TABLE course_version (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id           BIGINT        NOT NULL,
    version_number      INT           NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(2000),
    pass_mark_percent   INT           NOT NULL,
    retry_wait_minutes  INT           NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    published_by        VARCHAR(100),
    published_at        DATETIME(6),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_course_version UNIQUE (course_id, version_number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_course_version_pass_mark CHECK (pass_mark_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_course_version_retry_wait CHECK (retry_wait_minutes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_course_version_status ON course_version (course_id, status);

ALTER TABLE course ADD CONSTRAINT fk_course_published_version FOREIGN KEY (published_version_id)
    REFERENCES course_version (id);

-- A picture, document or video of a lesson, stored in the database so that both apps reach it.
-- Never changed once written: a new version's lessons share the media of the version they copy.
CREATE TABLE training_media (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A lesson: position 1, 2, … within its version. kind TEXT, PHOTO, DOCUMENT, VIDEO or LINK; media_id
-- for PHOTO/DOCUMENT/VIDEO, url for LINK; body is the text (the caption for media).
CREATE TABLE lesson (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id  BIGINT        NOT NULL,
    position           INT           NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    body               VARCHAR(4000) NOT NULL DEFAULT '',
    media_id           BIGINT,
    url                VARCHAR(1000),
    CONSTRAINT uk_lesson_position UNIQUE (course_version_id, position),
    CONSTRAINT fk_lesson_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_lesson_media FOREIGN KEY (media_id) REFERENCES training_media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The quiz of a version: multiple-choice questions, each with one correct option.
CREATE TABLE quiz_question (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id  BIGINT        NOT NULL,
    position           INT           NOT NULL,
    text               VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_quiz_question_position UNIQUE (course_version_id, position),
    CONSTRAINT fk_quiz_question_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE quiz_option (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    text         VARCHAR(300) NOT NULL,
    correct      BOOLEAN      NOT NULL,
    CONSTRAINT uk_quiz_option_position UNIQUE (question_id, position),
    CONSTRAINT fk_quiz_option_question FOREIGN KEY (question_id) REFERENCES quiz_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A person taking one version of a course. lesson_position is where they are (kept across days and
-- restarts); quiz_position and quiz_answers hold a quiz under way (question position → option id).
-- status IN_PROGRESS, PASSED. One enrolment per person and version.
CREATE TABLE enrolment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    course_id          BIGINT        NOT NULL,
    course_version_id  BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    lesson_position    INT           NOT NULL,
    quiz_position      INT,
    quiz_answers       VARCHAR(1000),
    attempts           INT           NOT NULL DEFAULT 0,
    best_score_percent INT,
    started_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    passed_at          DATETIME(6),
    reminded_at        DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_enrolment UNIQUE (person_id, course_version_id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_enrolment_course ON enrolment (course_id, status);
CREATE INDEX ix_enrolment_person ON enrolment (person_id, course_id);
CREATE INDEX ix_enrolment_stalled ON enrolment (status, updated_at);

-- A finished quiz: its score and whether it passed; the answers, one row per question.
CREATE TABLE quiz_attempt (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id       BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL,
    course_version_id  BIGINT       NOT NULL,
    attempt_number     INT          NOT NULL,
    correct_count      INT          NOT NULL,
    question_count     INT          NOT NULL,
    score_percent      INT          NOT NULL,
    passed             BOOLEAN      NOT NULL,
    finished_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_quiz_attempt UNIQUE (enrolment_id, attempt_number),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_quiz_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_quiz_attempt_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_quiz_attempt_version ON quiz_attempt (course_version_id, passed);

CREATE TABLE quiz_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id   BIGINT  NOT NULL,
    question_id  BIGINT  NOT NULL,
    option_id    BIGINT  NOT NULL,
    correct      BOOLEAN NOT NULL,
    CONSTRAINT uk_quiz_answer UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_quiz_answer_question FOREIGN KEY (question_id) REFERENCES quiz_question (id),
    CONSTRAINT fk_quiz_answer_option FOREIGN KEY (option_id) REFERENCES quiz_option (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_quiz_answer_question ON quiz_answer (question_id, correct);

-- A certificate for a passed course version. The name and title are as printed, so the public
-- verification page shows what the paper says whatever changes later. code: twelve digits with a
-- check digit (as tracking codes), random, unique.
CREATE TABLE certificate (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(12)  NOT NULL,
    person_id          BIGINT       NOT NULL,
    course_id          BIGINT       NOT NULL,
    course_version_id  BIGINT       NOT NULL,
    attempt_id         BIGINT       NOT NULL,
    person_name        VARCHAR(200) NOT NULL,
    course_title       VARCHAR(200) NOT NULL,
    score_percent      INT          NOT NULL,
    issued_at          DATETIME(6)  NOT NULL,
    revoked_at         DATETIME(6),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_person_version UNIQUE (person_id, course_version_id),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_certificate_person ON certificate (person_id, course_id);
