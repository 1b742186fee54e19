-- The visual identity kit (issue 10 item 5): the national admin's standard designs of the kanoon sign
-- (تابلو), the banner and the letterhead, kept as versions that are only ever added. A version has a
-- logo (NULL: the standard emblem drawn by the renderer) and, per piece, its real size in millimetres,
-- its colours and where each element goes: the centre (x, y) in millimetres from the top left corner and
-- its size (the text's height, or the side of the QR code or the logo).
CREATE TABLE identity_template (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_number     INT          NOT NULL,
    note               VARCHAR(500),
    logo               MEDIUMBLOB,
    logo_content_type  VARCHAR(50),
    created_by         VARCHAR(100) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_identity_template_version UNIQUE (version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE identity_design (
    template_id  BIGINT      NOT NULL,
    piece        VARCHAR(20) NOT NULL,
    width_mm     INT         NOT NULL,
    height_mm    INT         NOT NULL,
    background   VARCHAR(7)  NOT NULL,
    ink          VARCHAR(7)  NOT NULL,
    PRIMARY KEY (template_id, piece),
    CONSTRAINT fk_identity_design_template FOREIGN KEY (template_id) REFERENCES identity_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE identity_placement (
    template_id  BIGINT      NOT NULL,
    piece        VARCHAR(20) NOT NULL,
    element      VARCHAR(20) NOT NULL,
    x_mm         INT         NOT NULL,
    y_mm         INT         NOT NULL,
    size_mm      INT         NOT NULL,
    PRIMARY KEY (template_id, piece, element),
    CONSTRAINT fk_identity_placement_template FOREIGN KEY (template_id) REFERENCES identity_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Version 1, so the kit works out of the box: a green sign of 150 x 50 cm, a banner of 300 x 80 cm and
-- an A4 letterhead.
INSERT INTO identity_template (version_number, note, created_by, created_at)
VALUES (1, 'طرح پیش‌فرض', 'system', CURRENT_TIMESTAMP);

INSERT INTO identity_design (template_id, piece, width_mm, height_mm, background, ink)
SELECT id, 'SIGN', 1500, 500, '#0b6e4f', '#ffffff' FROM identity_template WHERE version_number = 1;
INSERT INTO identity_design (template_id, piece, width_mm, height_mm, background, ink)
SELECT id, 'BANNER', 3000, 800, '#1f2a44', '#ffffff' FROM identity_template WHERE version_number = 1;
INSERT INTO identity_design (template_id, piece, width_mm, height_mm, background, ink)
SELECT id, 'LETTERHEAD', 210, 297, '#ffffff', '#1f2a44' FROM identity_template WHERE version_number = 1;

INSERT INTO identity_placement (template_id, piece, element, x_mm, y_mm, size_mm)
SELECT t.id, p.piece, p.element, p.x_mm, p.y_mm, p.size_mm FROM identity_template t, (
    SELECT 'SIGN' AS piece, 'LOGO' AS element, 1330 AS x_mm, 250 AS y_mm, 300 AS size_mm
    UNION ALL SELECT 'SIGN', 'NAME', 720, 150, 90
    UNION ALL SELECT 'SIGN', 'MOSQUE', 720, 270, 55
    UNION ALL SELECT 'SIGN', 'CITY', 720, 360, 40
    UNION ALL SELECT 'SIGN', 'LICENCE', 720, 440, 30
    UNION ALL SELECT 'SIGN', 'QR', 150, 250, 220
    UNION ALL SELECT 'BANNER', 'LOGO', 2750, 400, 450
    UNION ALL SELECT 'BANNER', 'NAME', 1500, 250, 140
    UNION ALL SELECT 'BANNER', 'MOSQUE', 1500, 430, 80
    UNION ALL SELECT 'BANNER', 'CITY', 1500, 560, 60
    UNION ALL SELECT 'BANNER', 'LICENCE', 1500, 680, 40
    UNION ALL SELECT 'BANNER', 'QR', 250, 400, 380
    UNION ALL SELECT 'LETTERHEAD', 'LOGO', 185, 22, 26
    UNION ALL SELECT 'LETTERHEAD', 'NAME', 105, 16, 7
    UNION ALL SELECT 'LETTERHEAD', 'MOSQUE', 105, 26, 5
    UNION ALL SELECT 'LETTERHEAD', 'CITY', 105, 34, 4
    UNION ALL SELECT 'LETTERHEAD', 'LICENCE', 105, 285, 4
    UNION ALL SELECT 'LETTERHEAD', 'QR', 22, 275, 26
) p WHERE t.version_number = 1;
