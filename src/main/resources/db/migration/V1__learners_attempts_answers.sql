-- One schema for SQLite and PostgreSQL: only types and statements both understand. Ids are
-- random text made by factquiz (no auto-increment, which the two spell differently); times are
-- milliseconds since 1970 UTC in BIGINT columns.

-- Everyone who takes a quiz: a guest (no name, kept for one browser session), a learner with a
-- name and an Argon2id password hash, or a teacher (made from the command line, never the web).
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT,
    name_key      TEXT UNIQUE,
    password_hash TEXT,
    role          TEXT NOT NULL CHECK (role IN ('guest', 'learner', 'teacher')),
    created_at    BIGINT NOT NULL
);

-- A browser's session: the cookie holds a random token, this table only its SHA-256.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      TEXT REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    language     TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- The verified questions of one version of the fact base and rules, as the learners saw them.
CREATE TABLE question_sets (
    version   TEXT PRIMARY KEY,
    built_at  BIGINT NOT NULL,
    questions INTEGER NOT NULL
);

-- answer_key is the key in a stable form ("b", "d c b a", "60", "OpenAI-Modelle"), so a later
-- version's question with the same id can be told apart when its answer changed.
CREATE TABLE questions (
    question_set TEXT NOT NULL REFERENCES question_sets (version),
    id           TEXT NOT NULL,
    type         TEXT NOT NULL,
    topic        TEXT NOT NULL,
    skill        TEXT NOT NULL,
    difficulty   INTEGER NOT NULL,
    answer_key   TEXT NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (question_set, id)
);
CREATE INDEX questions_by_id ON questions (id);

CREATE TABLE attempts (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_set TEXT NOT NULL REFERENCES question_sets (version),
    language     TEXT NOT NULL,
    topics       TEXT NOT NULL,
    skills       TEXT NOT NULL,
    seed         BIGINT NOT NULL,
    started_at   BIGINT NOT NULL,
    finished_at  BIGINT
);
CREATE INDEX attempts_by_user ON attempts (user_id, started_at);

CREATE TABLE attempt_questions (
    attempt_id  TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    PRIMARY KEY (attempt_id, position)
);

-- One answer per question of an attempt: the primary key makes a second submit count once.
-- response holds what was chosen: option letters ("a c"; in order for ordering, per item for
-- matching), a number as typed, or the words typed into a gap.
CREATE TABLE answers (
    attempt_id   TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_set TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    response     TEXT NOT NULL,
    correct      BOOLEAN NOT NULL,
    answered_at  BIGINT NOT NULL,
    PRIMARY KEY (attempt_id, position)
);
CREATE INDEX answers_by_user ON answers (user_id, answered_at);
CREATE INDEX answers_by_question ON answers (question_id);
