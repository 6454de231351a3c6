// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// PackageVerifier: checks an export package folder the way the case register should: manifest.json
// readable and of a known format version, every file it lists present with its size and SHA-256,
// no file it does not list, and no path that leaves the package.
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)

public:
    // True when the package in folder is complete and intact; otherwise error says what is wrong
    // (file paths only, never content).
    static bool verify(const QString &folder, QString *error = nullptr);
};

} // namespace lvdesk
