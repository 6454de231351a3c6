// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace lvdesk {

// CanonicalJson: one byte-exact text for a JSON value (object keys sorted by their UTF-8 bytes,
// no white space, integers without a fraction), so that a hash over it can be recomputed from
// what the database stores.
class CanonicalJson
{
public:
    static QByteArray serialize(const QJsonValue &value);
    static QByteArray serialize(const QJsonObject &object) { return serialize(QJsonValue(object)); }
};

} // namespace lvdesk
