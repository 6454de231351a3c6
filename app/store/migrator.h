// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// Migrator: brings a database to the newest schema this build knows, one migration per
// transaction, recording each step. A database from a newer lvdesk is refused untouched; a step
// that fails is rolled back entirely and leaves the database at the version before it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Result
    {
        bool ok = false;
        int fromVersion = 0;
        int toVersion = 0; // the version the database is at afterwards
        QString error; // translated, for IT support
    };

    // migrations defaults to Migrations::all(); tests pass their own lists.
    explicit Migrator(QSqlDatabase db);
    Migrator(QSqlDatabase db, QList<Migration> migrations);

    // Migrates up to targetVersion (-1 = the newest known).
    Result migrate(int targetVersion = -1);
    // The version stored in the database; 0 for an empty one, -1 on error.
    int currentVersion(QString *error = nullptr) const;
    int latestVersion() const;

    // The statement with {PK} and {BLOB} replaced for this connection's driver.
    static QString expand(const QString &statement, bool postgres);

private:
    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};

} // namespace lvdesk
