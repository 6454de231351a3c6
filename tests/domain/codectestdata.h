// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "lv/decodeerror.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace lvdesk {

// Test helper: the sample bodies in data/ and a readable description of a decode outcome.
class CodecTestData
{
public:
    static QByteArray read(const char *name)
    {
        const QString path = QFINDTESTDATA(QStringLiteral("data/") + QLatin1StringView(name));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    // "Kind at path: message", so that a failed comparison shows the whole error.
    static QString describe(const DecodeError &error)
    {
        return DecodeError::kindName(error.kind) + QStringLiteral(" at \"") + error.path
               + QStringLiteral("\": ") + error.message;
    }
};

} // namespace lvdesk
