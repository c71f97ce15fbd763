-- Tables of the shared event backbone, in every service's database.
-- A repeatable migration (re-applied when this file changes) so that the library can evolve its
-- tables without taking version numbers from the services' own migrations: keep every statement
-- idempotent (IF NOT EXISTS, ADD COLUMN IF NOT EXISTS).

-- Transactional outbox: a state change and its event commit together; the relay publishes rows
-- in id order and then stamps published_at.
CREATE TABLE IF NOT EXISTS outbox_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    subject      TEXT,
    occurred_at  TIMESTAMPTZ NOT NULL,
    payload      TEXT        NOT NULL,
    published_at TIMESTAMPTZ
);
-- W3C trace context of the change that caused the event (OpenTelemetry), published as the Kafka headers
-- traceparent/tracestate; null for rows written before tracing and for changes made outside any trace.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent TEXT;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS tracestate  TEXT;
CREATE INDEX IF NOT EXISTS outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Idempotent consumers: the id of every event a consumer has applied, committed with its effect.
CREATE TABLE IF NOT EXISTS processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Audit trail (vn.motcua.backbone.audit.Audit): who changed what, when and why, written in the
-- transaction of the change. Append-only; user_id is the token's sub ("anonymous" for public actions).
CREATE TABLE IF NOT EXISTS audit_entry (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    user_id   TEXT,
    unit_code TEXT,
    action    TEXT        NOT NULL,
    subject   TEXT        NOT NULL,
    reason    TEXT
);
CREATE INDEX IF NOT EXISTS audit_entry_subject ON audit_entry (subject, at);
