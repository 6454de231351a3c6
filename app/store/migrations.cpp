// SPDX-License-Identifier: EUPL-1.2

#include "migrations.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

QList<Migration> Migrations::all()
{
    QList<Migration> list;

    list.append(Migration{
        1,
        u"cases, events, attachments, review, deadlines, outbox, transfer log, sync state, "
        "service settings, audit trail"_s,
        {
            // A case is one project part at this authority; its events are the feed's actions.
            u"CREATE TABLE cases ("
            " id {PK},"
            " project_part_id TEXT NOT NULL UNIQUE,"
            " project_id TEXT NOT NULL,"
            " service_code TEXT NOT NULL,"
            " opening_external_id TEXT,"
            " state TEXT NOT NULL DEFAULT 'new',"
            " handler TEXT,"
            " handler_since TEXT,"
            " diary_number TEXT,"
            " received_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE events ("
            " id {PK},"
            " case_id BIGINT NOT NULL REFERENCES cases(id),"
            " external_id TEXT NOT NULL UNIQUE,"
            " version INTEGER NOT NULL,"
            " action_type TEXT NOT NULL,"
            " submitted_at TEXT NOT NULL,"
            " raw_json {BLOB} NOT NULL,"
            " commondata TEXT NOT NULL,"
            " formdata TEXT NOT NULL,"
            " inbound_state TEXT NOT NULL,"
            " received_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE attachments ("
            " id {PK},"
            " event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
            " attachment_id TEXT NOT NULL,"
            " file_name TEXT NOT NULL,"
            " content_type TEXT NOT NULL,"
            " size BIGINT NOT NULL,"
            " sha256 TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " stored INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (event_id, attachment_id))"_s,
            u"CREATE TABLE review_notes ("
            " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
            " section_id TEXT NOT NULL,"
            " status TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '',"
            " author TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " PRIMARY KEY (case_id, section_id))"_s,
            u"CREATE TABLE deadlines ("
            " id {PK},"
            " case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL,"
            " due_date TEXT NOT NULL,"
            " source TEXT NOT NULL DEFAULT '',"
            " done INTEGER NOT NULL DEFAULT 0,"
            " created_at TEXT NOT NULL,"
            " UNIQUE (case_id, kind, source))"_s,
            u"CREATE TABLE outbox ("
            " id {PK},"
            " message_id TEXT NOT NULL UNIQUE,"
            " case_id BIGINT REFERENCES cases(id),"
            " target_external_id TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at TEXT,"
            " last_error TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE transfer_log ("
            " id {PK},"
            " item_kind TEXT NOT NULL,"
            " item_id TEXT NOT NULL,"
            " direction TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " detail TEXT NOT NULL DEFAULT '',"
            " actor TEXT NOT NULL,"
            " at TEXT NOT NULL)"_s,
            u"CREATE TABLE sync_state ("
            " key TEXT PRIMARY KEY,"
            " value TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE service_settings ("
            " service_code TEXT PRIMARY KEY,"
            " review_required INTEGER NOT NULL DEFAULT 1,"
            " processing_months INTEGER NOT NULL DEFAULT 0,"
            " processing_days INTEGER NOT NULL DEFAULT 0,"
            " updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE audit_trail ("
            " seq BIGINT PRIMARY KEY,"
            " at TEXT NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " subject TEXT NOT NULL,"
            " details TEXT NOT NULL,"
            " prev_hash TEXT NOT NULL,"
            " hash TEXT NOT NULL)"_s,
        },
    });

    list.append(Migration{
        2,
        u"export state per case; indexes for the case lists"_s,
        {
            // Export to the case register is its own transfer axis per case.
            u"ALTER TABLE cases ADD COLUMN export_state TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN export_attempts INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE cases ADD COLUMN export_error TEXT NOT NULL DEFAULT ''"_s,
            // The lists filter and sort on these with 100,000 cases.
            u"CREATE INDEX cases_state_idx ON cases (state)"_s,
            u"CREATE INDEX cases_handler_idx ON cases (handler)"_s,
            u"CREATE INDEX cases_service_idx ON cases (service_code)"_s,
            u"CREATE INDEX cases_received_idx ON cases (received_at)"_s,
            u"CREATE INDEX cases_export_idx ON cases (export_state)"_s,
            u"CREATE INDEX events_case_idx ON events (case_id)"_s,
            u"CREATE INDEX attachments_sha_idx ON attachments (sha256)"_s,
            u"CREATE INDEX deadlines_due_idx ON deadlines (due_date)"_s,
            u"CREATE INDEX outbox_due_idx ON outbox (state, next_attempt_at)"_s,
            u"CREATE INDEX transfer_log_item_idx ON transfer_log (item_kind, item_id)"_s,
            u"CREATE INDEX audit_trail_subject_idx ON audit_trail (subject)"_s,
        },
    });

    list.append(Migration{
        3,
        u"case summary columns for the lists, case deadline columns, export retry time, diary "
        "number sequences"_s,
        {
            // What the lists show and search, copied from the opening action at ingest so that
            // 100,000 rows can be filtered and sorted without parsing JSON.
            u"ALTER TABLE cases ADD COLUMN customer_name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN customer_kind TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN customer_id_masked TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN municipality_code TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN service_name_fi TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN service_name_sv TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN service_name_en TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"_s,
            // The case's governing deadline: the earliest open one (NULL = none).
            u"ALTER TABLE cases ADD COLUMN deadline_date TEXT"_s,
            u"ALTER TABLE cases ADD COLUMN deadline_kind TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE cases ADD COLUMN deadline_source TEXT NOT NULL DEFAULT ''"_s,
            // Backoff of the export to the case register survives restarts (NULL = now).
            u"ALTER TABLE cases ADD COLUMN export_next_attempt_at TEXT"_s,
            u"CREATE INDEX cases_deadline_idx ON cases (deadline_date)"_s,
            // Running diary numbers per pattern and year; taken inside the writer's transaction.
            u"CREATE TABLE diary_sequences ("
            " pattern TEXT NOT NULL,"
            " year INTEGER NOT NULL,"
            " last_value BIGINT NOT NULL,"
            " PRIMARY KEY (pattern, year))"_s,
        },
    });

    list.append(Migration{
        4,
        u"a diary number belongs to one case"_s,
        {
            // The workflow checks this too; the index makes a duplicate impossible even when two
            // workstations race.
            u"CREATE UNIQUE INDEX cases_diary_number_idx ON cases (diary_number) "
            "WHERE diary_number IS NOT NULL AND diary_number <> ''"_s,
        },
    });

    list.append(Migration{
        5,
        u"attachments in their listed order with a problem each; actions that could not be "
        "stored yet"_s,
        {
            // Attachment ids come from the customer's side and may repeat: the order in formdata
            // identifies an attachment of an event. Each attachment that cannot be received says
            // why, instead of blocking its action. SQLite cannot drop a constraint, so the table
            // is rebuilt (nothing refers to attachments.id).
            u"CREATE TABLE attachments_v5 ("
            " id {PK},"
            " event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " attachment_id TEXT NOT NULL,"
            " file_name TEXT NOT NULL,"
            " content_type TEXT NOT NULL,"
            " size BIGINT NOT NULL,"
            " sha256 TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " stored INTEGER NOT NULL DEFAULT 0,"
            " problem TEXT NOT NULL DEFAULT '',"
            " problem_detail TEXT NOT NULL DEFAULT '',"
            " UNIQUE (event_id, position))"_s,
            u"INSERT INTO attachments_v5 (event_id, position, attachment_id, file_name, "
            "content_type, size, sha256, description, stored) "
            "SELECT event_id, id, attachment_id, file_name, content_type, size, sha256, "
            "description, stored FROM attachments ORDER BY id"_s,
            u"DROP TABLE attachments"_s,
            u"ALTER TABLE attachments_v5 RENAME TO attachments"_s,
            u"CREATE INDEX attachments_sha_idx ON attachments (sha256)"_s,
            u"CREATE INDEX attachments_problem_idx ON attachments (problem)"_s,
            // An action of the feed that is not stored yet: its retries (which survive restarts),
            // permanent failures that wait for the officer, and the officer's decision. The body
            // as received is kept for IT support.
            u"CREATE TABLE inbound_failures ("
            " external_id TEXT PRIMARY KEY,"
            " version INTEGER NOT NULL,"
            " project_part_id TEXT NOT NULL DEFAULT '',"
            " feed_item TEXT NOT NULL,"
            " reason TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " detail TEXT NOT NULL DEFAULT '',"
            " http_status INTEGER NOT NULL DEFAULT 0,"
            " raw_body {BLOB},"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at TEXT,"
            " first_failed_at TEXT NOT NULL,"
            " last_failed_at TEXT NOT NULL,"
            " handled_by TEXT NOT NULL DEFAULT '',"
            " handled_at TEXT)"_s,
            u"CREATE INDEX inbound_failures_part_idx ON inbound_failures (project_part_id)"_s,
            // The engine's earlier list of retries: its records move to inbound_failures as they
            // fail again.
            u"DELETE FROM sync_state WHERE key = 'sync.inboundRetries'"_s,
        },
    });

    list.append(Migration{
        6,
        u"transfer items to the case register and the register's replies"_s,
        {
            // Each export of a case is a transfer item with its own UUID (the messageId of an
            // asianhallinta message, the same on every retry); the case row names the current one.
            u"CREATE TABLE export_items ("
            " message_id TEXT PRIMARY KEY,"
            " case_id BIGINT NOT NULL REFERENCES cases(id),"
            " seq INTEGER NOT NULL,"
            " format TEXT NOT NULL DEFAULT '',"
            " package TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " exported_at TEXT,"
            " UNIQUE (case_id, seq))"_s,
            u"ALTER TABLE cases ADD COLUMN export_message_id TEXT"_s,
            // '' = the profile's export format; otherwise the format the officer chose for the
            // case (the default package when asianhallinta cannot carry it).
            u"ALTER TABLE cases ADD COLUMN export_format TEXT NOT NULL DEFAULT ''"_s,
            // The transfer item that carries the event to the register (NULL: none yet).
            u"ALTER TABLE events ADD COLUMN export_message_id TEXT"_s,
            u"CREATE INDEX events_export_idx ON events (case_id, export_message_id)"_s,
            // Every reply file read from the replies folder, applied or rejected, once each.
            u"CREATE TABLE register_replies ("
            " id {PK},"
            " reply_key TEXT NOT NULL UNIQUE,"
            " file_name TEXT NOT NULL,"
            " root TEXT NOT NULL DEFAULT '',"
            " message_id TEXT NOT NULL DEFAULT '',"
            " case_id BIGINT REFERENCES cases(id),"
            " state TEXT NOT NULL,"
            " register_case_id TEXT NOT NULL DEFAULT '',"
            " detail TEXT NOT NULL DEFAULT '',"
            " received_at TEXT NOT NULL)"_s,
            u"CREATE INDEX register_replies_case_idx ON register_replies (case_id)"_s,
        },
    });

    list.append(Migration{
        7,
        u"a signed, append-only audit trail"_s,
        {
            // Each entry's HMAC-SHA-256 over its hash, with a key from the keychain, and which
            // key made it; entries from before this step have neither (see AuditTrail).
            u"ALTER TABLE audit_trail ADD COLUMN mac TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE audit_trail ADD COLUMN key_id TEXT NOT NULL DEFAULT ''"_s,
            // The one key that signs this database's trail, by its id: a workstation with
            // another key learns so at start-up instead of signing entries nobody can verify.
            u"CREATE TABLE audit_key ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " key_id TEXT NOT NULL,"
            " created_at TEXT NOT NULL)"_s,
            // Append-only: the database itself refuses to change or remove an entry or the key
            // (the role grants for PostgreSQL are in docs/security.md).
            u"{SQLITE}CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"{SQLITE}CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"{SQLITE}CREATE TRIGGER audit_key_no_update BEFORE UPDATE ON audit_key "
            "BEGIN SELECT RAISE(ABORT, 'the audit key is fixed'); END"_s,
            u"{SQLITE}CREATE TRIGGER audit_key_no_delete BEFORE DELETE ON audit_key "
            "BEGIN SELECT RAISE(ABORT, 'the audit key is fixed'); END"_s,
            u"{POSTGRESQL}CREATE FUNCTION lvdesk_append_only() RETURNS trigger LANGUAGE plpgsql "
            "AS $$BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END$$"_s,
            u"{POSTGRESQL}CREATE TRIGGER audit_trail_no_change BEFORE UPDATE OR DELETE ON "
            "audit_trail FOR EACH ROW EXECUTE FUNCTION lvdesk_append_only()"_s,
            u"{POSTGRESQL}CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail "
            "FOR EACH STATEMENT EXECUTE FUNCTION lvdesk_append_only()"_s,
            u"{POSTGRESQL}CREATE TRIGGER audit_key_no_change BEFORE UPDATE OR DELETE ON "
            "audit_key FOR EACH ROW EXECUTE FUNCTION lvdesk_append_only()"_s,
            u"{POSTGRESQL}CREATE TRIGGER audit_key_no_truncate BEFORE TRUNCATE ON audit_key "
            "FOR EACH STATEMENT EXECUTE FUNCTION lvdesk_append_only()"_s,
        },
    });

    return list;
}

int Migrations::latestVersion()
{
    const QList<Migration> list = all();
    return list.isEmpty() ? 0 : list.constLast().version;
}

} // namespace lvdesk
