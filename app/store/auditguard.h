// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/audittrail.h"
#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// AuditGuard: checks the audit trail at every start and before every export, and anchors the
// verified head (sequence, hash and MAC of the newest good entry) outside the database, in a
// per-workstation state file in the data folder (0600). A check starts from the anchored head, so
// it reads only what was added since, and notices when the anchored entry is gone or different:
// the newest entries were removed or the trail replaced, which a chain alone cannot show. Once a
// day, and when there is no anchor yet, the whole chain is checked as well, which is where an
// entry below the anchor that someone changed despite the database's triggers shows. A broken
// trail leaves the anchor where it was, so the evidence stays
// (tst_store::auditTamperingIsDetected, tst_store::auditGuardChecksOnlyWhatIsNewAndAnchorsOutside).
class AuditGuard
{
    Q_DECLARE_TR_FUNCTIONS(AuditGuard)

public:
    struct Result
    {
        bool ok = false;
        AuditTrail::Head head; // the verified head, anchored
        qint64 checked = 0; // entries read and checked
        QString problem; // translated, for the banner and IT support; empty when ok
    };

    // Checks db's trail (db must have been opened with config, whose audit key it uses) and
    // moves the anchor to the new head. Blocking: not on the GUI thread.
    static Result check(const QSqlDatabase &db, const StoreConfig &config,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

    enum class KeyState {
        Ok, // key signs this database's trail (recorded now if nothing was yet)
        Missing, // no key given, and the database has none yet: make one
        Absent, // no key given, but the database is signed with one: IT support deploys it
        Foreign, // the key given is not the one that signs this database
        Error,
    };
    // Records which key signs db's trail (audit_key holds its public id, once) and tells whether
    // key is it. problem is set for Absent, Foreign and Error. Blocking.
    static KeyState claimKey(const QSqlDatabase &db, const QByteArray &key, QString *problem);
    // A new random audit key.
    static QByteArray newKey();

    // The state file of config's database on this workstation.
    static QString anchorPath(const StoreConfig &config);
    static constexpr int fullCheckDays = 1;
};

} // namespace lvdesk
