// SPDX-License-Identifier: EUPL-1.2

#include "domain/formfield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

LocalizedText labelOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return LocalizedText{o.value("fi"_L1).toString(), o.value("sv"_L1).toString(),
                         o.value("en"_L1).toString()};
}

// Compact JSON of any value, scalars included (QJsonDocument only serialises arrays and objects).
QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString cellText(const QJsonValue &cell, QStringView language)
{
    switch (cell.type()) {
    case QJsonValue::String:
        return cell.toString();
    case QJsonValue::Double:
        return QLocale().toString(cell.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return cell.toBool() ? FormField::tr("Yes") : FormField::tr("No");
    case QJsonValue::Object:
        return labelOf(cell).text(language);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        break;
    }
    return compactJson(cell);
}

} // namespace

QDate FormField::dateValue() const
{
    if (type.kind() != FieldType::Date || !valueMatchesType || !value.isString())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString FormField::displayText(QStringView language) const
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!valueMatchesType)
        return compactJson(value); // kept as sent: the officer sees exactly what came
    switch (type.kind()) {
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::AttachmentRef:
        return value.toString();
    case FieldType::Number: {
        const QString number = QLocale().toString(value.toDouble(), 'g', 15);
        return unit.isEmpty() ? number : number + u' ' + unit;
    }
    case FieldType::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::Choice:
        return labelOf(value).text(language);
    case FieldType::Table: {
        const QJsonObject table = value.toObject();
        QStringList lines;
        QStringList header;
        const QJsonArray columns = table.value("columns"_L1).toArray();
        for (const QJsonValue &column : columns)
            header.append(labelOf(column).text(language));
        lines.append(header.join(u'\t'));
        const QJsonArray rows = table.value("rows"_L1).toArray();
        for (const QJsonValue &row : rows) {
            QStringList cells;
            const QJsonArray rowCells = row.toArray();
            for (const QJsonValue &cell : rowCells)
                cells.append(cellText(cell, language));
            lines.append(cells.join(u'\t'));
        }
        return lines.join(u'\n');
    }
    case FieldType::Unknown:
        break;
    }
    return compactJson(value);
}

} // namespace lvdesk
