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
