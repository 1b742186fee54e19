-- Consent and staff chat-link tokens are secrets of 43 letters, digits, '-' and '_' (base64url): they
-- must match exactly, case included. The tables' default collation (utf8mb4_general_ci on MariaDB,
-- utf8mb4_0900_ai_ci on MySQL) compares case-insensitively, so a token with a letter's case changed
-- found the consent, and two tokens differing only in case would collide in the unique index.
--
-- Written as MySQL executable comments: MySQL 8 and MariaDB run what is inside /*!50503 … */, while H2,
-- whose strings already compare case-sensitively and which has no per-column collation syntax in
-- ALTER TABLE … MODIFY, reads them as comments.
/*!50503 ALTER TABLE consent MODIFY token VARCHAR(43) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL */;
/*!50503 ALTER TABLE staff_account MODIFY chat_link_token VARCHAR(43) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;
