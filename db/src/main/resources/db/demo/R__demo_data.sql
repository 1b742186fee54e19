-- Demo data for the embedded default only: DemoDataLocation adds this folder to Flyway when, and
-- only when, the database is the embedded H2 one. Every insert is guarded, so re-running is harmless.
-- The three staff accounts share the password "kanoonyar-demo" (BCrypt, cost 12).

INSERT INTO staff_account (username, password_hash, display_name, role, province_id, county_id, enabled,
                           failed_logins, created_by, created_at)
SELECT 'demo-national', '$2a$12$NZLIKXru9rDIzsdRuET4m.Vo6i/cdEnP4mjLcm1DfdQvl3H2QjnIi', 'مدیر ستاد کشور (نمایشی)',
       'NATIONAL_ADMIN', NULL, NULL, TRUE, 0, 'demo', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM staff_account WHERE username = 'demo-national');

INSERT INTO staff_account (username, password_hash, display_name, role, province_id, county_id, enabled,
                           failed_logins, created_by, created_at)
SELECT 'demo-province', '$2a$12$NZLIKXru9rDIzsdRuET4m.Vo6i/cdEnP4mjLcm1DfdQvl3H2QjnIi', 'کارشناس ستاد استان مرکزی (نمایشی)',
       'PROVINCE_STAFF', p.id, NULL, TRUE, 0, 'demo', CURRENT_TIMESTAMP
FROM province p
WHERE p.code = '00' AND NOT EXISTS (SELECT 1 FROM staff_account WHERE username = 'demo-province');

INSERT INTO staff_account (username, password_hash, display_name, role, province_id, county_id, enabled,
                           failed_logins, created_by, created_at)
SELECT 'demo-county', '$2a$12$NZLIKXru9rDIzsdRuET4m.Vo6i/cdEnP4mjLcm1DfdQvl3H2QjnIi', 'کارشناس ارشاد شهرستان اراک (نمایشی)',
       'COUNTY_STAFF', c.province_id, c.id, TRUE, 0, 'demo', CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM staff_account WHERE username = 'demo-county');

-- A manager, a mosque in Arak and its kanoon, with a licence.
INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234562', 'علی', 'رضایی (نمایشی)', '09120000001', '1998-05-10', 'MALE', 'BACHELOR', 'اراک، خیابان شریعتی',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234562');

INSERT INTO mosque (name, province_id, county_id, locality, rural, address, postal_code, created_at)
SELECT 'مسجد جامع اراک (نمایشی)', c.province_id, c.id, 'اراک', FALSE, 'اراک، بازار', '3813700000', CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM mosque WHERE name = 'مسجد جامع اراک (نمایشی)');

INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status, members,
                    established_on, manager_since, created_at)
SELECT 'کانون فرهنگی هنری نور (نمایشی)', m.id, m.province_id, m.county_id, 'BROTHERS', p.id, 'ACTIVE', 35,
       '2022-03-21', '2022-03-21', CURRENT_TIMESTAMP
FROM mosque m, person p
WHERE m.name = 'مسجد جامع اراک (نمایشی)' AND p.national_code = '0081234562'
  AND NOT EXISTS (SELECT 1 FROM kanoon WHERE name = 'کانون فرهنگی هنری نور (نمایشی)');

INSERT INTO licence (number, kanoon_id, request_id, issued_on, valid_until, status, created_at)
SELECT 'DEMO-00-0001', k.id, NULL, '2025-03-21', '2028-03-20', 'VALID', CURRENT_TIMESTAMP
FROM kanoon k
WHERE k.name = 'کانون فرهنگی هنری نور (نمایشی)' AND NOT EXISTS (SELECT 1 FROM licence WHERE number = 'DEMO-00-0001');

-- Broadcasts: people in Markazi who talk to the bot through the chat simulator, so that a broadcast
-- demo-province sends reaches someone on http://localhost:8081/simulator. The simulator's user id is
-- the chat id: switch the page's user id to 2001, 2002 or 2003 to be one of them (1001, the page's
-- default, stays free for trying the registration). 2001 is the demo manager of the Arak kanoon.
INSERT INTO person_chat (person_id, channel, chat_id, created_at)
SELECT p.id, 'SIMULATOR', 2001, CURRENT_TIMESTAMP
FROM person p
WHERE p.national_code = '0081234562'
  AND NOT EXISTS (SELECT 1 FROM person_chat WHERE channel = 'SIMULATOR' AND chat_id = 2001);

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234589', 'زهرا', 'محمدی (نمایشی)', '09120000002', '2000-02-14', 'FEMALE', 'DIPLOMA', 'ساوه، خیابان امام',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0006' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234589');

INSERT INTO person_chat (person_id, channel, chat_id, created_at)
SELECT p.id, 'SIMULATOR', 2002, CURRENT_TIMESTAMP
FROM person p
WHERE p.national_code = '0081234589'
  AND NOT EXISTS (SELECT 1 FROM person_chat WHERE channel = 'SIMULATOR' AND chat_id = 2002);

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234597', 'حسین', 'کریمی (نمایشی)', '09120000003', '1995-09-01', 'MALE', 'BACHELOR', 'اراک، خیابان دانشگاه',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234597');

INSERT INTO person_chat (person_id, channel, chat_id, created_at)
SELECT p.id, 'SIMULATOR', 2003, CURRENT_TIMESTAMP
FROM person p
WHERE p.national_code = '0081234597'
  AND NOT EXISTS (SELECT 1 FROM person_chat WHERE channel = 'SIMULATOR' AND chat_id = 2003);
-- Reminders and escalation (branch reminders): a service request of the demo manager waiting for the
-- Arak county office's review since long past its due time. The back-office's escalation job (run
-- about 20 s after start-up, then every 5 minutes) escalates it: the inbox of demo-county marks it,
-- and demo-county and demo-province would be told in the bot once they link a chat at /my-chat.
INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, assignee_level,
                     due_at, submitted_at, created_at, updated_at)
SELECT '140511050092', 'SERVICE_REQUEST', 'COUNTY_REVIEW', p.id, c.province_id, c.id, 'COUNTY',
       '2025-06-01 06:30:00', '2025-05-25 06:30:00', '2025-05-25 06:30:00', '2025-05-25 06:30:00'
FROM person p, county c
WHERE p.national_code = '0081234562' AND c.code = '0001'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511050092');

INSERT INTO request_answer (request_id, field_key, value_text)
SELECT r.id, 'description', 'نیاز به تجهیزات صوتی برای برنامه‌ی ماه رمضان (نمایشی)'
FROM request r
WHERE r.tracking_code = '140511050092'
  AND NOT EXISTS (SELECT 1 FROM request_answer a WHERE a.request_id = r.id AND a.field_key = 'description');
-- Training (issue 6): a national demo course, MANAGER_BASICS (the course the first guideline
-- requires), published: three short lessons and a three-question quiz, pass mark 60 (two right of
-- three), a retry after ten minutes.
INSERT INTO course (code, province_id, archived, created_by, created_at)
SELECT 'MANAGER_BASICS', NULL, FALSE, 'demo', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM course WHERE code = 'MANAGER_BASICS');

INSERT INTO course_version (course_id, version_number, status, title, summary, pass_mark_percent, retry_wait_minutes,
                            created_by, created_at, published_by, published_at)
SELECT c.id, 1, 'PUBLISHED', 'آشنایی با اداره‌ی کانون', 'سه درس کوتاه برای مدیران تازه‌کار کانون‌های فرهنگی هنری مساجد.',
       60, 10, 'demo', CURRENT_TIMESTAMP, 'demo', CURRENT_TIMESTAMP
FROM course c
WHERE c.code = 'MANAGER_BASICS' AND NOT EXISTS (SELECT 1 FROM course_version v WHERE v.course_id = c.id);

INSERT INTO lesson (course_version_id, position, kind, title, body)
SELECT v.id, 1, 'TEXT', 'کانون و مأموریت آن',
       'کانون فرهنگی هنری مسجد پایگاهی برای کار فرهنگی با نوجوانان و جوانان محله است. کار کانون زیر نظر امام جماعت و با همراهی هیئت امنا انجام می‌شود و برنامه‌هایش در دوازده محور فهما (قرآن، کتاب، دانش، اجتماعی، فیلم، نمایش، سرود، هنرهای تجسمی، رسانه، نویسندگی، فناوری و کارآفرینی) تعریف می‌شود.'
FROM course_version v JOIN course c ON c.id = v.course_id
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.course_version_id = v.id AND l.position = 1);

INSERT INTO lesson (course_version_id, position, kind, title, body)
SELECT v.id, 2, 'TEXT', 'برنامه‌ریزی و گزارش فعالیت',
       'هر فعالیت را پیش از اجرا با عنوان، محور، تاریخ و مخاطب برنامه‌ریزی کنید و پس از اجرا گزارش آن را با تعداد شرکت‌کنندگان و عکس در بات ثبت کنید. گزارش منظم، شاخص‌های کانون شما را در ستاد استان نشان می‌دهد و در تمدید مجوز به کار می‌آید.'
FROM course_version v JOIN course c ON c.id = v.course_id
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.course_version_id = v.id AND l.position = 2);

INSERT INTO lesson (course_version_id, position, kind, title, body)
SELECT v.id, 3, 'TEXT', 'اعضا و جوان‌سازی',
       'کانون شهری دست‌کم بیست عضو و کانون روستایی دست‌کم ده عضو فعال لازم دارد. از نوجوانان و جوانان علاقه‌مند در اداره‌ی کارها کمک بگیرید و کارها را میان آن‌ها تقسیم کنید تا مدیران آینده‌ی کانون از میان همین اعضا پرورش پیدا کنند.'
FROM course_version v JOIN course c ON c.id = v.course_id
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.course_version_id = v.id AND l.position = 3);

INSERT INTO quiz_question (course_version_id, position, text)
SELECT v.id, 1, 'برنامه‌های کانون در چند محور فهما تعریف می‌شود؟'
FROM course_version v JOIN course c ON c.id = v.course_id
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM quiz_question q WHERE q.course_version_id = v.id AND q.position = 1);

INSERT INTO quiz_question (course_version_id, position, text)
SELECT v.id, 2, 'گزارش یک فعالیت چه زمانی در بات ثبت می‌شود؟'
FROM course_version v JOIN course c ON c.id = v.course_id
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM quiz_question q WHERE q.course_version_id = v.id AND q.position = 2);

INSERT INTO quiz_question (course_version_id, position, text)
SELECT v.id, 3, 'کانون روستایی دست‌کم چند عضو فعال لازم دارد؟'
FROM course_version v JOIN course c ON c.id = v.course_id
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM quiz_question q WHERE q.course_version_id = v.id AND q.position = 3);

INSERT INTO quiz_option (question_id, position, text, correct)
SELECT q.id, o.position, o.text, o.correct
FROM quiz_question q
JOIN course_version v ON v.id = q.course_version_id
JOIN course c ON c.id = v.course_id
JOIN (SELECT 1 AS question, 1 AS position, 'هشت محور' AS text, FALSE AS correct
      UNION ALL SELECT 1, 2, 'دوازده محور', TRUE
      UNION ALL SELECT 1, 3, 'بیست محور', FALSE
      UNION ALL SELECT 2, 1, 'پس از اجرای فعالیت، با شرکت‌کنندگان و عکس', TRUE
      UNION ALL SELECT 2, 2, 'فقط پایان سال', FALSE
      UNION ALL SELECT 2, 3, 'گزارش لازم نیست', FALSE
      UNION ALL SELECT 3, 1, 'پنج عضو', FALSE
      UNION ALL SELECT 3, 2, 'ده عضو', TRUE
      UNION ALL SELECT 3, 3, 'بیست عضو', FALSE) o ON o.question = q.position
WHERE c.code = 'MANAGER_BASICS' AND v.version_number = 1
  AND NOT EXISTS (SELECT 1 FROM quiz_option x WHERE x.question_id = q.id);

UPDATE course SET published_version_id =
    (SELECT v.id FROM course_version v WHERE v.course_id = course.id AND v.status = 'PUBLISHED')
WHERE code = 'MANAGER_BASICS' AND published_version_id IS NULL;

-- The inbox (issue 12): ten manager registrations waiting at the Arak county office, so that
-- demo-county can tick them all in «در انتظار من» and approve them in one action (manager
-- registrations end at the county step by default). Each applicant is a person of their own; due
-- times are spread over the coming days from when the demo database is made.

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234619', 'امیر', 'احمدی (نمایشی)', '09120000110', '1985-01-10', 'MALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234619');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051017', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 29, CURRENT_TIMESTAMP), DATEADD('HOUR', -10, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -10, CURRENT_TIMESTAMP), DATEADD('HOUR', -10, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234619' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051017');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234627', 'سارا', 'باقری (نمایشی)', '09120000111', '1986-02-11', 'FEMALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234627');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051029', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 53, CURRENT_TIMESTAMP), DATEADD('HOUR', -20, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -20, CURRENT_TIMESTAMP), DATEADD('HOUR', -20, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234627' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051029');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234635', 'محمد', 'جعفری (نمایشی)', '09120000112', '1987-03-12', 'MALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234635');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051038', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 77, CURRENT_TIMESTAMP), DATEADD('HOUR', -30, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -30, CURRENT_TIMESTAMP), DATEADD('HOUR', -30, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234635' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051038');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234643', 'نرگس', 'حیدری (نمایشی)', '09120000113', '1988-04-13', 'FEMALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234643');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051040', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 101, CURRENT_TIMESTAMP), DATEADD('HOUR', -40, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -40, CURRENT_TIMESTAMP), DATEADD('HOUR', -40, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234643' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051040');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234651', 'رضا', 'خسروی (نمایشی)', '09120000114', '1989-05-14', 'MALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234651');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051055', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 125, CURRENT_TIMESTAMP), DATEADD('HOUR', -50, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -50, CURRENT_TIMESTAMP), DATEADD('HOUR', -50, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234651' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051055');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234661', 'مریم', 'دهقان (نمایشی)', '09120000115', '1990-06-15', 'FEMALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234661');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051064', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 149, CURRENT_TIMESTAMP), DATEADD('HOUR', -60, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -60, CURRENT_TIMESTAMP), DATEADD('HOUR', -60, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234661' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051064');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234678', 'حامد', 'رحیمی (نمایشی)', '09120000116', '1991-07-16', 'MALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234678');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051072', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 173, CURRENT_TIMESTAMP), DATEADD('HOUR', -70, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -70, CURRENT_TIMESTAMP), DATEADD('HOUR', -70, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234678' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051072');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234686', 'فاطمه', 'سلیمانی (نمایشی)', '09120000117', '1992-08-17', 'FEMALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234686');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051086', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 197, CURRENT_TIMESTAMP), DATEADD('HOUR', -80, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -80, CURRENT_TIMESTAMP), DATEADD('HOUR', -80, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234686' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051086');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234694', 'مهدی', 'شریفی (نمایشی)', '09120000118', '1993-09-18', 'MALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234694');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051093', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 221, CURRENT_TIMESTAMP), DATEADD('HOUR', -90, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -90, CURRENT_TIMESTAMP), DATEADD('HOUR', -90, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234694' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051093');

INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081234708', 'لیلا', 'صادقی (نمایشی)', '09120000119', '1994-01-19', 'FEMALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c
WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081234708');

INSERT INTO request (tracking_code, type, status, applicant_person_id, province_id, county_id, mosque_id,
                     assignee_level, due_at, submitted_at, created_at, updated_at)
SELECT '140511051103', 'MANAGER_REGISTRATION', 'COUNTY_REVIEW', p.id, c.province_id, c.id, m.id, 'COUNTY',
       DATEADD('HOUR', 245, CURRENT_TIMESTAMP), DATEADD('HOUR', -100, CURRENT_TIMESTAMP),
       DATEADD('HOUR', -100, CURRENT_TIMESTAMP), DATEADD('HOUR', -100, CURRENT_TIMESTAMP)
FROM person p, county c, mosque m
WHERE p.national_code = '0081234708' AND c.code = '0001' AND m.name = 'مسجد جامع اراک (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM request WHERE tracking_code = '140511051103');

-- Activity reports (issue 9): the demo manager (simulator user 2001) reports with «گزارش فعالیت»;
-- one report of theirs already waits in demo-county's queue «گزارش‌های فعالیت».
INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience, participants,
                             description, status, submitted_at, draft_key, updated_at)
SELECT k.id, k.manager_person_id, 'QURAN', 'محفل انس با قرآن نوجوانان (نمایشی)', DATEADD('DAY', -3, CURRENT_DATE),
       'TEENS', 32, 'با حضور امام جماعت مسجد', 'SUBMITTED', DATEADD('HOUR', -20, CURRENT_TIMESTAMP),
       'demo-activity-1', DATEADD('HOUR', -20, CURRENT_TIMESTAMP)
FROM kanoon k
WHERE k.name = 'کانون فرهنگی هنری نور (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM activity_report WHERE draft_key = 'demo-activity-1');

-- Members roster (issue 10 item 3): three members of the demo Arak kanoon, so its manager's «اعضای کانون»
-- and the back-office's members page (linked from «پروانه‌ها») have something to show.
INSERT INTO kanoon_member (kanoon_id, first_name, last_name, gender, birth_year, role, phone, national_code,
                           created_at, updated_at)
SELECT k.id, 'امیر', 'حسینی (نمایشی)', 'MALE', 1390, 'MEMBER', '09120000201', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM kanoon k
WHERE k.name = 'کانون فرهنگی هنری نور (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM kanoon_member WHERE kanoon_id = k.id AND phone = '09120000201');
INSERT INTO kanoon_member (kanoon_id, first_name, last_name, gender, birth_year, role, phone, national_code,
                           created_at, updated_at)
SELECT k.id, 'حسین', 'کریمی (نمایشی)', 'MALE', 1385, 'COACH', '09120000202', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM kanoon k
WHERE k.name = 'کانون فرهنگی هنری نور (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM kanoon_member WHERE kanoon_id = k.id AND phone = '09120000202');
INSERT INTO kanoon_member (kanoon_id, first_name, last_name, gender, birth_year, role, phone, national_code,
                           created_at, updated_at)
SELECT k.id, 'رضا', 'نوری (نمایشی)', 'MALE', 1365, 'BOARD', '09120000203', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM kanoon k
WHERE k.name = 'کانون فرهنگی هنری نور (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM kanoon_member WHERE kanoon_id = k.id AND phone = '09120000203');

-- The network of experts (issue 11 item 3): demo-expert, a provincial expert in Isfahan (same demo
-- password), takes consultations, so demo-county can consult them about an Arak request; demo-county
-- lists its own specialties; the board has one pinned topic by demo-national.
INSERT INTO staff_account (username, password_hash, display_name, role, province_id, county_id, enabled,
                           failed_logins, created_by, created_at)
SELECT 'demo-expert', '$2a$12$NZLIKXru9rDIzsdRuET4m.Vo6i/cdEnP4mjLcm1DfdQvl3H2QjnIi', 'کارشناس ستاد استان اصفهان (نمایشی)',
       'PROVINCE_STAFF', p.id, NULL, TRUE, 0, 'demo', CURRENT_TIMESTAMP
FROM province p
WHERE p.code = '10' AND NOT EXISTS (SELECT 1 FROM staff_account WHERE username = 'demo-expert');

INSERT INTO expert_profile (staff_account_id, specialties, takes_consultations, updated_at)
SELECT s.id, 'تغییر مدیر
کانون‌های روستایی
جوان‌سازی', TRUE, CURRENT_TIMESTAMP
FROM staff_account s
WHERE s.username = 'demo-expert' AND NOT EXISTS (SELECT 1 FROM expert_profile WHERE staff_account_id = s.id);

INSERT INTO expert_profile (staff_account_id, specialties, takes_consultations, updated_at)
SELECT s.id, 'ثبت مدیر
استعلام‌ها', FALSE, CURRENT_TIMESTAMP
FROM staff_account s
WHERE s.username = 'demo-county' AND NOT EXISTS (SELECT 1 FROM expert_profile WHERE staff_account_id = s.id);

INSERT INTO board_topic (title, body, author_account_id, created_at, last_post_at, replies, pinned)
SELECT 'تجربه‌های خود را در این تابلو بنویسید (نمایشی)',
       'این تابلو برای هم‌فکری کارشناسان استان‌ها و شهرستان‌هاست: راه‌حلی که برای پرونده‌ای یافته‌اید، نمونه‌ی نامه‌ای که به کار آمد، یا پرسشی که پاسخش به کار همه می‌آید. نام کسی یا جزئیات پرونده‌ای را ننویسید.',
       s.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, TRUE
FROM staff_account s
WHERE s.username = 'demo-national'
  AND NOT EXISTS (SELECT 1 FROM board_topic WHERE title = 'تجربه‌های خود را در این تابلو بنویسید (نمایشی)');

-- Tickets and the knowledge base (issue 11): a few national answers the bot offers before a ticket
-- opens («تماس با کارشناس» in the simulator as user 2001, then e.g. «چطور مجوز کانون را تمدید کنم؟»),
-- and two canned replies staff pick from on a ticket's page.
INSERT INTO kb_answer (province_id, title, body, tags, offered, opened, created_by, created_at, updated_at, version)
SELECT NULL, 'تمدید مجوز کانون',
       'از منوی بات «درخواست جدید» و سپس «تمدید مجوز» را بزنید. شاخص‌های کانون (فعالیت‌ها، اعضا، آموزش) خودکار پیوست می‌شود و درخواست به کارشناس شهرستان می‌رسد.',
       'مجوز، پروانه، تمدید، اعتبار', 0, 0, 'demo-national', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM kb_answer WHERE title = 'تمدید مجوز کانون');

INSERT INTO kb_answer (province_id, title, body, tags, offered, opened, created_by, created_at, updated_at, version)
SELECT NULL, 'درخواست تجهیزات برای کانون',
       'برای بلندگو، ویدئوپروژکتور و دیگر تجهیزات، از «تماس با کارشناس» موضوع «تجهیزات» را بزنید و فهرست نیاز و شمار اعضای فعال را بنویسید؛ کارشناس شهرستان پس از بررسی پاسخ می‌دهد.',
       'تجهیزات، بلندگو، ویدئوپروژکتور، وسایل', 0, 0, 'demo-national', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM kb_answer WHERE title = 'درخواست تجهیزات برای کانون');

INSERT INTO kb_answer (province_id, title, body, tags, offered, opened, created_by, created_at, updated_at, version)
SELECT NULL, 'گزارش فعالیت کانون',
       'گزارش هر برنامه را با عنوان، تاریخ، شمار شرکت‌کنندگان و عکس در بات ثبت کنید؛ گزارش منظم در رتبهٔ کانون و تمدید مجوز اثر دارد.',
       'گزارش، فعالیت، برنامه، عکس', 0, 0, 'demo-national', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM kb_answer WHERE title = 'گزارش فعالیت کانون');

INSERT INTO ticket_canned_reply (province_id, title, body, created_by, created_at)
SELECT NULL, 'درخواست عکس', 'لطفاً از موضوع یک عکس روشن بفرستید تا دقیق‌تر بررسی کنیم.', 'demo-national', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM ticket_canned_reply WHERE title = 'درخواست عکس');

INSERT INTO ticket_canned_reply (province_id, title, body, created_by, created_at)
SELECT NULL, 'در حال بررسی', 'درخواست شما دریافت شد و در حال بررسی است؛ نتیجه را در همین گفتگو خبر می‌دهیم.', 'demo-national',
       CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM ticket_canned_reply WHERE title = 'در حال بررسی');

-- Dashboards (issue 9 items 3-6): three more kanoons in Markazi, so that the dashboards have a trend
-- and the dormant list has kanoons in it. Rihaneh (Arak, sisters) has accepted activity reports in the
-- last months; Saveh's has none and Khomein's only one four months old: both are dormant. The demo
-- kanoon Noor is dormant too until demo-county accepts a report of its manager (simulator user 2001).
INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081239001', 'زینب', 'احمدی (نمایشی)', '09120009001', '1999-02-11', 'FEMALE', 'BACHELOR', 'اراک',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081239001');
INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081239002', 'حسن', 'کاظمی (نمایشی)', '09120009002', '1975-07-01', 'MALE', 'DIPLOMA', 'ساوه',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c WHERE c.code = '0006' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081239002');
INSERT INTO person (national_code, first_name, last_name, mobile, birth_date, gender, education, address,
                    province_id, county_id, registered_at, created_at)
SELECT '0081239003', 'محمد', 'نوری (نمایشی)', '09120009003', '1992-03-30', 'MALE', 'BACHELOR', 'خمین',
       c.province_id, c.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM county c WHERE c.code = '0003' AND NOT EXISTS (SELECT 1 FROM person WHERE national_code = '0081239003');

INSERT INTO mosque (name, province_id, county_id, locality, rural, created_at)
SELECT 'مسجد الزهرا اراک (نمایشی)', c.province_id, c.id, 'اراک', FALSE, CURRENT_TIMESTAMP
FROM county c WHERE c.code = '0001' AND NOT EXISTS (SELECT 1 FROM mosque WHERE name = 'مسجد الزهرا اراک (نمایشی)');
INSERT INTO mosque (name, province_id, county_id, locality, rural, created_at)
SELECT 'مسجد روستای آوه (نمایشی)', c.province_id, c.id, 'آوه', TRUE, CURRENT_TIMESTAMP
FROM county c WHERE c.code = '0006' AND NOT EXISTS (SELECT 1 FROM mosque WHERE name = 'مسجد روستای آوه (نمایشی)');
INSERT INTO mosque (name, province_id, county_id, locality, rural, created_at)
SELECT 'مسجد امام خمین (نمایشی)', c.province_id, c.id, 'خمین', FALSE, CURRENT_TIMESTAMP
FROM county c WHERE c.code = '0003' AND NOT EXISTS (SELECT 1 FROM mosque WHERE name = 'مسجد امام خمین (نمایشی)');

INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status, members,
                    established_on, manager_since, created_at)
SELECT 'کانون ریحانه (نمایشی)', m.id, m.province_id, m.county_id, 'SISTERS', p.id, 'ACTIVE', 24,
       '2023-09-23', '2024-03-20', CURRENT_TIMESTAMP
FROM mosque m, person p WHERE m.name = 'مسجد الزهرا اراک (نمایشی)' AND p.national_code = '0081239001'
  AND NOT EXISTS (SELECT 1 FROM kanoon WHERE name = 'کانون ریحانه (نمایشی)');
INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status, members,
                    established_on, manager_since, created_at)
SELECT 'کانون آوه (نمایشی)', m.id, m.province_id, m.county_id, 'BROTHERS', p.id, 'ACTIVE', 12,
       '2021-05-01', '2021-05-01', CURRENT_TIMESTAMP
FROM mosque m, person p WHERE m.name = 'مسجد روستای آوه (نمایشی)' AND p.national_code = '0081239002'
  AND NOT EXISTS (SELECT 1 FROM kanoon WHERE name = 'کانون آوه (نمایشی)');
INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, manager_person_id, status, members,
                    established_on, manager_since, created_at)
SELECT 'کانون مهر خمین (نمایشی)', m.id, m.province_id, m.county_id, 'BROTHERS', p.id, 'ACTIVE', 18,
       '2022-10-01', '2025-01-15', CURRENT_TIMESTAMP
FROM mosque m, person p WHERE m.name = 'مسجد امام خمین (نمایشی)' AND p.national_code = '0081239003'
  AND NOT EXISTS (SELECT 1 FROM kanoon WHERE name = 'کانون مهر خمین (نمایشی)');

INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience, participants,
                             status, submitted_at, reviewed_at, draft_key, updated_at)
SELECT k.id, k.manager_person_id, r.corridor, r.title, DATEADD('DAY', -r.days_ago, CURRENT_DATE), 'TEENS',
       r.participants, 'ACCEPTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, r.draft_key, CURRENT_TIMESTAMP
FROM kanoon k, (SELECT 'QURAN' corridor, 'محفل انس با قرآن' title, 12 days_ago, 35 participants,
                       'demo-dashboard-1' draft_key FROM DUAL
                UNION ALL SELECT 'BOOK', 'کتاب‌خوانی نوجوانان', 41, 22, 'demo-dashboard-2' FROM DUAL
                UNION ALL SELECT 'VISUAL_ARTS', 'کارگاه خوشنویسی', 70, 15, 'demo-dashboard-3' FROM DUAL
                UNION ALL SELECT 'DRAMA', 'نمایش عروسکی', 100, 40, 'demo-dashboard-4' FROM DUAL) r
WHERE k.name = 'کانون ریحانه (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM activity_report a WHERE a.draft_key = r.draft_key);
INSERT INTO activity_report (kanoon_id, manager_person_id, corridor, title, activity_date, audience, participants,
                             status, submitted_at, reviewed_at, draft_key, updated_at)
SELECT k.id, k.manager_person_id, 'SONG', 'گروه سرود مسجد', DATEADD('DAY', -120, CURRENT_DATE), 'CHILDREN', 25,
       'ACCEPTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-dashboard-5', CURRENT_TIMESTAMP
FROM kanoon k WHERE k.name = 'کانون مهر خمین (نمایشی)'
  AND NOT EXISTS (SELECT 1 FROM activity_report a WHERE a.draft_key = 'demo-dashboard-5');
