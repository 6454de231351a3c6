// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace lvdesk {

// Test helper: a copy of a valid JSON document with one member changed or removed, addressed by the
// same path syntax the decoders report ("formdata.sections[0].fields[2].label.fi"). This lets one
// table of test rows break a valid body in each possible way.
class JsonMutation
{
public:
    // Sets the value at `path` to the JSON text `json` ("-1", "\"x\"", "null", "{…}"), or removes
    // the member when `json` is empty. Returns compact JSON; empty if the path does not exist.
    static QByteArray apply(const QByteArray &document, const QString &path, const QByteArray &json)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(document);
        if (!doc.isObject())
            return {};
        std::optional<QJsonValue> replacement;
        if (!json.isEmpty()) {
            const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json + "]");
            if (!wrapped.isArray())
                return {};
            replacement = wrapped.array().at(0);
        }
        bool found = false;
        const QJsonValue changed = change(doc.object(), steps(path), 0, replacement, found);
        if (!found)
            return {};
        return QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact);
    }

    // Replaces the value at `path` with a string of `length` copies of `fill`.
    static QByteArray withLongString(const QByteArray &document, const QString &path, int length,
                                     char fill = 'x')
    {
        return apply(document, path, '"' + QByteArray(length, fill) + '"');
    }

private:
    // "a.b[2].c" → {"a", "b", "[2]", "c"}
    static QStringList steps(const QString &path)
    {
        QStringList out;
        QString current;
        for (QChar c : path) {
            if (c == u'.' || c == u'[') {
                if (!current.isEmpty())
                    out.append(current);
                current = c == u'[' ? QString(c) : QString();
            } else if (c == u']') {
                out.append(current + c);
                current.clear();
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty())
            out.append(current);
        return out;
    }

    static QJsonValue change(const QJsonValue &value, const QStringList &path, int step,
                             const std::optional<QJsonValue> &replacement, bool &found)
    {
        const QString &key = path.at(step);
        const bool last = step == path.size() - 1;
        if (key.startsWith(u'[')) {
            QJsonArray array = value.toArray();
            const int index = key.mid(1, key.size() - 2).toInt();
            if (!value.isArray() || index >= array.size())
                return value;
            if (last) {
                found = true;
                if (replacement)
                    array[index] = *replacement;
                else
                    array.removeAt(index);
            } else {
                array[index] = change(array.at(index), path, step + 1, replacement, found);
            }
            return array;
        }
        QJsonObject object = value.toObject();
        if (!value.isObject())
            return value;
        if (last) {
            found = replacement.has_value() || object.contains(key);
            if (replacement)
                object.insert(key, *replacement);
            else
                object.remove(key);
        } else if (object.contains(key)) {
            object.insert(key, change(object.value(key), path, step + 1, replacement, found));
        }
        return object;
    }
};

} // namespace lvdesk
