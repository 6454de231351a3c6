// SPDX-License-Identifier: EUPL-1.2

#include "recordsmetadata.h"

#include "domain/actiontype.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

QStringList RecordsMetadata::publicityNames()
{
    return {u"public"_s, u"partlyConfidential"_s, u"confidential"_s};
}

QStringList RecordsMetadata::personalDataNames()
{
    return {u"none"_s, u"contains"_s, u"sensitive"_s};
}

QString RecordsMetadata::publicityTerm(Publicity publicity)
{
    switch (publicity) {
    case Publicity::Public:
        return u"julkinen"_s;
    case Publicity::PartlyConfidential:
        return u"osittain salassa pidettävä"_s;
    case Publicity::Confidential:
        return u"salassa pidettävä"_s;
    }
    return {};
}

QString RecordsMetadata::personalDataTerm(PersonalData personalData)
{
    switch (personalData) {
    case PersonalData::None:
        return u"ei sisällä henkilötietoja"_s;
    case PersonalData::Contains:
        return u"sisältää henkilötietoja"_s;
    case PersonalData::Sensitive:
        return u"sisältää arkaluonteisia henkilötietoja"_s;
    }
    return {};
}

QString RecordsMetadata::documentTypeOf(const QString &actionType) const
{
    const ActionType type = ActionType::fromString(actionType);
    if (type.isOpening())
        return documentType;
    switch (type.kind()) {
    case ActionType::Supplement:
        return u"täydennys"_s;
    case ActionType::Message:
        return u"viesti"_s;
    case ActionType::Withdrawal:
        return u"peruutus"_s;
    default:
        break;
    }
    return u"muu asiakirja"_s;
}

QList<QPair<QString, QString>> RecordsMetadata::entries(const QString &documentTypeOverride) const
{
    QList<QPair<QString, QString>> list;
    const QString type = documentTypeOverride.isEmpty() ? documentType : documentTypeOverride;
    if (!type.isEmpty())
        list.append({u"asiakirjatyyppi"_s, type});
    if (!functionClass.isEmpty())
        list.append({u"tehtavaluokka"_s, functionClass});
    list.append({u"julkisuusluokka"_s, publicityTerm(publicity)});
    if (publicity != Publicity::Public && !publicityGround.isEmpty())
        list.append({u"salassapitoperuste"_s, publicityGround});
    list.append({u"henkilotietoja"_s, personalDataTerm(personalData)});
    if (!retention.isEmpty())
        list.append({u"sailytysaika"_s, retention});
    return list;
}

QJsonObject RecordsMetadata::toJson(const QString &documentTypeOverride) const
{
    QJsonObject object;
    const QList<QPair<QString, QString>> list = entries(documentTypeOverride);
    for (const auto &[key, value] : list)
        object.insert(key, value);
    return object;
}

} // namespace lvdesk
