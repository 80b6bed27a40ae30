-- Spaced review: every question a learner answered is a card, scheduled by FSRS-6 (see
-- docs/review.md). A card follows its question's stable id; answer_key is the key the learner
-- learned (questions.answer_key), so a card whose question changed its key, or disappeared, is
-- retired instead of shown with an answer the learner did not learn. Times are milliseconds since
-- 1970 UTC, as in V1.
CREATE TABLE cards (
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL,
    topic           TEXT NOT NULL,
    answer_key      TEXT NOT NULL,
    state           INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
    due             BIGINT NOT NULL,
    stability       DOUBLE PRECISION NOT NULL,
    difficulty      DOUBLE PRECISION NOT NULL,
    step            INTEGER NOT NULL,
    reps            INTEGER NOT NULL,
    lapses          INTEGER NOT NULL,
    scheduled_days  INTEGER NOT NULL,
    last_review     BIGINT,
    retired_at      BIGINT,
    retired_reason  TEXT CHECK (retired_reason IN ('answer-changed', 'question-gone')),
    retirement_told BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_id, question_id)
);
CREATE INDEX cards_by_due ON cards (user_id, due);

-- Every review of a card: an answer in a quiz (attempt_id and position name it) or on the review
-- page. The card before it is kept, so that the rating the learner gives after the feedback can
-- replace the one that came from correctness, computed from the same card at the same time.
CREATE TABLE reviews (
    id                    TEXT PRIMARY KEY,
    user_id               TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id           TEXT NOT NULL,
    question_set          TEXT NOT NULL,
    topic                 TEXT NOT NULL,
    source                TEXT NOT NULL CHECK (source IN ('quiz', 'review')),
    attempt_id            TEXT,
    position              INTEGER,
    response              TEXT NOT NULL,
    correct               BOOLEAN NOT NULL,
    rating                INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    rated_by_learner      BOOLEAN NOT NULL,
    reviewed_at           BIGINT NOT NULL,
    elapsed_days          INTEGER NOT NULL,
    retrievability        DOUBLE PRECISION NOT NULL,
    before_state          INTEGER NOT NULL,
    before_due            BIGINT NOT NULL,
    before_stability      DOUBLE PRECISION NOT NULL,
    before_difficulty     DOUBLE PRECISION NOT NULL,
    before_step           INTEGER NOT NULL,
    before_reps           INTEGER NOT NULL,
    before_lapses         INTEGER NOT NULL,
    before_scheduled_days INTEGER NOT NULL,
    before_last_review    BIGINT
);
CREATE INDEX reviews_by_user ON reviews (user_id, reviewed_at);
CREATE INDEX reviews_by_card ON reviews (user_id, question_id, reviewed_at);
-- A quiz answer is reviewed once (NULLs, the review page's rows, are distinct in both databases).
CREATE UNIQUE INDEX reviews_of_answers ON reviews (attempt_id, position);

-- A learner's desired retention (the chance of recall a review should come at); NULL: the
-- server's default (factquiz serve --retention, 0.9 unless told otherwise).
ALTER TABLE users ADD COLUMN desired_retention DOUBLE PRECISION;
