// SPDX-License-Identifier: EUPL-1.2

#include "casegenerator.h"

#include "attachmentstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

struct Municipality
{
    const char *code;
    const char *fi;
    const char *sv;
    int postalBase;
    int x;
    int y;
    double swedishShare;
    int weight;
};

// Real municipality codes and names (Statistics Finland), rough ETRS-TM35FIN centre points.
const Municipality municipalities[] = {
    {"091", "Helsinki", "Helsingfors", 100, 385800, 6672000, 0.06, 14},
    {"049", "Espoo", "Esbo", 2100, 373500, 6675000, 0.07, 7},
    {"092", "Vantaa", "Vanda", 1300, 391000, 6686000, 0.02, 6},
    {"837", "Tampere", "Tammerfors", 33100, 327500, 6822500, 0.01, 8},
    {"853", "Turku", "Åbo", 20100, 239500, 6711500, 0.05, 7},
    {"564", "Oulu", "Uleåborg", 90100, 428000, 7212000, 0.01, 6},
    {"405", "Lappeenranta", "Villmanstrand", 53100, 572000, 6770000, 0.01, 3},
    {"179", "Jyväskylä", "Jyväskylä", 40100, 435500, 6901500, 0.01, 4},
    {"297", "Kuopio", "Kuopio", 70100, 534500, 6975500, 0.01, 4},
    {"905", "Vaasa", "Vasa", 65100, 229000, 7010000, 0.23, 4},
    {"398", "Lahti", "Lahtis", 15100, 426000, 6761000, 0.01, 4},
    {"609", "Pori", "Björneborg", 28100, 221500, 6834500, 0.01, 3},
    {"109", "Hämeenlinna", "Tavastehus", 13100, 360000, 6764000, 0.01, 3},
    {"286", "Kouvola", "Kouvola", 45100, 481000, 6750000, 0.01, 3},
    {"478", "Maarianhamina", "Mariehamn", 22100, 106000, 6680000, 0.85, 2},
    {"638", "Porvoo", "Borgå", 6100, 427000, 6698000, 0.29, 3},
    {"598", "Pietarsaari", "Jakobstad", 68600, 277000, 7069000, 0.55, 2},
    {"499", "Mustasaari", "Korsholm", 65610, 235000, 7010000, 0.68, 2},
    {"710", "Raasepori", "Raseborg", 10600, 305000, 6650000, 0.65, 2},
    {"287", "Kristiinankaupunki", "Kristinestad", 64100, 210000, 6908000, 0.53, 1},
    {"893", "Uusikaarlepyy", "Nykarleby", 66900, 262000, 7053000, 0.85, 1},
    {"322", "Kemiönsaari", "Kimitoön", 25700, 255000, 6676000, 0.70, 1},
    {"272", "Kokkola", "Karleby", 67100, 312000, 7086000, 0.12, 2},
    {"698", "Rovaniemi", "Rovaniemi", 96100, 443000, 7373000, 0.01, 3},
    {"167", "Joensuu", "Joensuu", 80100, 642000, 6944000, 0.01, 3},
    {"491", "Mikkeli", "S:t Michel", 50100, 513000, 6840000, 0.01, 2},
    {"743", "Seinäjoki", "Seinäjoki", 60100, 283000, 6969000, 0.01, 3},
    {"444", "Lohja", "Lojo", 8100, 330000, 6683000, 0.04, 2},
    {"257", "Kirkkonummi", "Kyrkslätt", 2400, 358000, 6666000, 0.16, 2},
    {"106", "Hyvinkää", "Hyvinge", 5800, 384000, 6723000, 0.01, 2},
};

const char *const fiFirst[]
    = {"Matti", "Liisa", "Juha", "Anna",  "Mikko",  "Sari",   "Timo",  "Päivi",
       "Jussi", "Aino",  "Eero", "Kaisa", "Ville",  "Tiina",  "Pekka", "Helmi",
       "Antti", "Minna", "Jari", "Sanna", "Heikki", "Riitta", "Olli",  "Elina"};
const char *const fiLast[]
    = {"Virtanen", "Korhonen",  "Mäkinen",  "Nieminen", "Mäkelä",   "Hämäläinen",
       "Laine",    "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen",
       "Saarinen", "Salminen",  "Heinonen", "Niemi",    "Kinnunen", "Turunen",
       "Salo",     "Tuominen",  "Räsänen",  "Väisänen"};
const char *const svFirst[]
    = {"Johan", "Anna",    "Erik",   "Maria",  "Mikael", "Kristina", "Anders", "Sofia", "Henrik",
       "Ebba",  "Fredrik", "Linnea", "Patrik", "Karin",  "Mats",     "Ulrika", "Björn", "Ida"};
const char *const svLast[]
    = {"Lindström", "Nyman",    "Holmström", "Sjöberg",   "Lindholm",   "Wikström",
       "Björklund", "Forsman",  "Grönroos",  "Lindqvist", "Strömberg",  "Åberg",
       "Nyström",   "Eriksson", "Sundström", "Backman",   "Westerlund", "Blomqvist"};
const char *const fiCompanyWords[]
    = {"Soramestarit",          "Pohjolan Kivi",        "Järvisen Kuljetus",
       "Keskustan Kahvila",     "Harjun Vesi",          "Ilotulitus Tähtisade",
       "Kemikaalihuolto",       "Rakennus Laine",       "Tapahtumatoimisto Kesä",
       "Maanrakennus Korhonen", "Kylän Vesiosuuskunta", "Lounasravintola Aalto",
       "Polttoaine Pohjola",    "Kierrätyskeskus Uusio"};
const char *const svCompanyWords[]
    = {"Grus och Sten",        "Strandcaféet",         "Österbottens Transport",
       "Skärgårdens Vatten",   "Byggnads Lindholm",    "Fyrverkeri Stjärnregn",
       "Kemikalieservice",     "Evenemang Sommar",     "Jord och Schakt Nyman",
       "Byns Vattenandelslag", "Lunchrestaurang Havet"};
const char *const fiStreets[]
    = {"Harjutie",   "Koulukatu",  "Rantatie", "Teollisuuskatu", "Kirkkokatu",    "Myllytie",
       "Puistokatu", "Kauppakatu", "Metsätie", "Asemantie",      "Sorakuopantie", "Satamakatu"};
const char *const svStreets[]
    = {"Åsvägen",   "Skolgatan",    "Strandvägen", "Industrigatan", "Kyrkogatan", "Kvarnvägen",
       "Parkgatan", "Handelsgatan", "Skogsvägen",  "Stationsvägen", "Hamngatan"};

const char *const fiSentences[] = {
    "Toiminta sijoittuu olemassa olevalle teollisuusalueelle, eikä sen arvioida muuttavan alueen "
    "maisemaa merkittävästi.",
    "Lähimmät asuinrakennukset sijaitsevat noin puolen kilometrin etäisyydellä toiminta-alueesta.",
    "Toiminnasta aiheutuvaa melua ja pölyä vähennetään suojavallein ja kastelemalla "
    "liikennöintialueita.",
    "Hakija on tiedottanut hankkeesta naapureille kirjeitse ja järjestänyt yleisötilaisuuden.",
    "Alueella ei ole tiedossa luonnonsuojelulain mukaisia suojeltuja luontotyyppejä.",
    "Kuljetukset hoidetaan arkipäivisin kello 7 ja 18 välisenä aikana.",
    "Toiminnanharjoittaja sitoutuu noudattamaan viranomaisen antamia määräyksiä ja raportoimaan "
    "poikkeamista viipymättä.",
    "Polttoaineet säilytetään katetussa ja valuma-altaalla varustetussa säiliössä.",
    "Jätteet lajitellaan syntypaikalla ja toimitetaan luvanvaraiseen vastaanottopaikkaan.",
    "Hankkeen vaikutuksia pinta- ja pohjavesiin seurataan tarkkailuohjelman mukaisesti.",
    "Toiminta-alue aidataan ja sen sisäänkäynnit merkitään varoituskyltein.",
    "Tarkemmat tiedot on esitetty hakemuksen liitteenä olevassa selvityksessä.",
    "Työt pyritään ajoittamaan siten, että niistä aiheutuu mahdollisimman vähän haittaa "
    "ympäristölle.",
    "Pelastuslaitoksen ohjeita noudatetaan, ja alkusammutuskalusto on paikalla koko toiminnan "
    "ajan."};
const char *const svSentences[]
    = {"Verksamheten placeras på ett befintligt industriområde och väntas inte förändra landskapet "
       "nämnvärt.",
       "De närmaste bostadshusen ligger på ungefär en halv kilometers avstånd från "
       "verksamhetsområdet.",
       "Buller och damm från verksamheten minskas med skyddsvallar och genom att vattna "
       "trafikområdena.",
       "Sökanden har informerat grannarna om projektet per brev och ordnat ett informationsmöte.",
       "Det finns inga kända naturtyper som skyddas enligt naturvårdslagen på området.",
       "Transporterna sköts på vardagar mellan klockan 7 och 18.",
       "Verksamhetsutövaren förbinder sig att följa myndighetens bestämmelser och att utan "
       "dröjsmål rapportera avvikelser.",
       "Bränslet förvaras i en täckt cistern med uppsamlingsbassäng.",
       "Avfallet sorteras där det uppstår och levereras till en mottagningsplats med tillstånd.",
       "Projektets inverkan på yt- och grundvatten följs upp enligt ett kontrollprogram.",
       "Verksamhetsområdet inhägnas och dess ingångar märks med varningsskyltar.",
       "Närmare uppgifter finns i utredningen som bifogats ansökan.",
       "Arbetena planeras så att de orsakar så lite olägenhet för miljön som möjligt.",
       "Räddningsverkets anvisningar följs och släckningsutrustning finns på plats under hela "
       "verksamheten."};

// Table cell vocabularies: fi|sv pairs where the text depends on the customer's language.
const char *const cellSource[] = {"Murskain|Kross", "Seulonta|Sållning", "Kuormaus|Lastning",
                                  "Poraus|Borrning", "Varastokasa|Lagerhög"};
const char *const cellSubstance[] = {"Hiukkaset|Partiklar", "Typen oksidit|Kväveoxider",
                                     "Rikkidioksidi|Svaveldioxid", "Hiilidioksidi|Koldioxid"};
const char *const cellUnit[] = {"t/v|t/år", "kg/v|kg/år", "mg/Nm³|mg/Nm³"};
const char *const cellWaste[] = {"Sekajäte|Blandavfall", "Metalliromu|Metallskrot",
                                 "Jäteöljy|Spillolja", "Puujäte|Träavfall", "Biojäte|Bioavfall"};
const char *const cellTreatment[]
    = {"Hyödynnetään materiaalina|Återvinns som material", "Energiahyödyntäminen|Energiåtervinning",
       "Kaatopaikka|Avstjälpningsplats"};
const char *const cellPhase[]
    = {"I vaihe|Skede I", "II vaihe|Skede II", "III vaihe|Skede III", "Jälkihoito|Efterbehandling"};
const char *const cellWorkPhase[] = {"Paalutus|Pålning", "Purku|Rivning", "Louhinta|Sprängning",
                                     "Äänentoisto|Ljudåtergivning", "Murskaus|Krossning"};
const char *const cellFirework[] = {"Patteri 25 laukausta|Batteri 25 skott", "Raketti|Raket",
                                    "Tulilatikko|Eldkastare", "Suihkulähde|Fontän"};
const char *const cellFwClass[] = {"F2", "F3", "F4", "T1"};
const char *const cellFoodGroup[]
    = {"Liha ja lihatuotteet|Kött och köttprodukter", "Maitotuotteet|Mjölkprodukter", "Kala|Fisk",
       "Leipomotuotteet|Bageriprodukter", "Kasvikset|Grönsaker"};
const char *const cellHandling[]
    = {"Kypsennys|Tillagning", "Jäähdytys|Nedkylning", "Myynti pakattuna|Försäljning förpackad",
       "Pakastus|Infrysning"};
const char *const cellChemical[]
    = {"Bensiini|Bensin", "Dieselöljy|Dieselolja", "Nestekaasu|Flytgas",
       "Natriumhypokloriitti|Natriumhypoklorit", "Asetoni|Aceton"};
const char *const cellCas[] = {"86290-81-5", "68334-30-5", "68476-85-7", "7681-52-9", "67-64-1"};
const char *const cellHazard[]
    = {"Flam. Liq. 1", "Flam. Liq. 3", "Flam. Gas 1", "Met. Corr. 1", "Aquatic Chronic 2"};
const char *const cellProgramme[]
    = {"Avajaiset|Öppning", "Bändi|Band", "Lasten ohjelma|Barnprogram",
       "Tanssiesitys|Dansuppvisning", "Päätös|Avslutning"};
const char *const cellStage[] = {"Päälava|Huvudscen", "Torilava|Torgscen", "Puisto|Parken"};
const char *const cellSection[]
    = {"Kylätie|Byvägen", "Rantaosuus|Strandsträckan", "Mäenpää|Backen", "Koulun alue|Skolområdet"};

QString inLanguage(const char *pair, const QString &lang)
{
    const QString s = QString::fromUtf8(pair);
    const qsizetype bar = s.indexOf(u'|');
    if (bar < 0)
        return s;
    return lang == u"sv"_s ? s.mid(bar + 1) : s.left(bar);
}

QJsonObject labelObject(const QJsonArray &l)
{
    QJsonObject o{{u"fi"_s, l.at(0)}, {u"sv"_s, l.at(1)}};
    if (l.size() > 2 && !l.at(2).toString().isEmpty())
        o.insert(u"en"_s, l.at(2));
    return o;
}

QJsonObject label(const char *fi, const char *sv, const char *en)
{
    QJsonObject o{{u"fi"_s, QString::fromUtf8(fi)}, {u"sv"_s, QString::fromUtf8(sv)}};
    if (en && *en)
        o.insert(u"en"_s, QString::fromUtf8(en));
    return o;
}

QString asciiFold(const QString &s)
{
    QString out;
    for (const QChar c : s.toLower()) {
        if (c == u'ä' || c == u'å')
            out += u'a';
        else if (c == u'ö')
            out += u'o';
        else if (c == u'é')
            out += u'e';
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == u' ' || c == u'-')
            out += u'.';
    }
    return out;
}

QString sentences(SimRandom &rnd, const QString &lang, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QString::fromUtf8(lang == u"sv"_s ? rnd.pick(svSentences) : rnd.pick(fiSentences));
    return out.join(u' ');
}

const char checkChars[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";

constexpr quint64 idMultiplier = 0x5deece66dULL;

quint64 idMultiplierInverse()
{
    // Newton's iteration for the inverse of an odd number modulo 2^64 (and so modulo 2^48).
    quint64 x = idMultiplier;
    for (int i = 0; i < 6; ++i)
        x *= 2 - idMultiplier * x;
    return x;
}

} // namespace

CaseGenerator::CaseGenerator(quint64 seed, const QDateTime &epoch,
                             const HostileMix::Options &hostile)
    : m_seed(seed)
    , m_epoch(epoch)
    , m_idMask(SimRandom::mix(seed ^ 0x1d5a7e) & 0xffffffffffffULL)
    , m_hostile(seed, hostile)
{
    QFile file(u":/lvsim/services.json"_s);
    if (file.open(QIODevice::ReadOnly))
        m_services
            = QJsonDocument::fromJson(file.readAll()).object().value(u"services"_s).toArray();
    Q_ASSERT(!m_services.isEmpty());
}

QString CaseGenerator::externalId(quint32 caseIndex, quint16 actionNo) const
{
    const quint64 key = quint64(caseIndex) * maxActionsPerCase + actionNo;
    const quint64 hi = SimRandom::mix(m_seed * 0x2545f4914f6cdd1dULL ^ SimRandom::mix(key));
    // An invertible scramble (odd multiplier modulo 2^48) so that neighbouring ids do not look
    // alike.
    const quint64 lo = ((key * idMultiplier) & 0xffffffffffffULL) ^ m_idMask;
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(quint32(hi >> 32), 8, 16, QLatin1Char('0'))
        .arg(quint32((hi >> 16) & 0xffff), 4, 16, QLatin1Char('0'))
        .arg(quint32((hi >> 4) & 0xfff), 3, 16, QLatin1Char('0'))
        .arg(quint32(((0x8 | (hi & 3)) << 12) | ((hi >> 50) & 0xfff)), 4, 16, QLatin1Char('0'))
        .arg(lo, 12, 16, QLatin1Char('0'));
}

bool CaseGenerator::decodeExternalId(const QString &id, quint32 *caseIndex, quint16 *actionNo) const
{
    if (id.size() != 36)
        return false;
    bool ok = false;
    const quint64 lo = id.right(12).toULongLong(&ok, 16);
    if (!ok)
        return false;
    const quint64 key = ((lo ^ m_idMask) * idMultiplierInverse()) & 0xffffffffffffULL;
    if (key / maxActionsPerCase > 0xffffffffULL)
        return false;
    const quint32 c = quint32(key / maxActionsPerCase);
    const quint16 a = quint16(key % maxActionsPerCase);
    if (externalId(c, a) != id.toLower())
        return false;
    *caseIndex = c;
    *actionNo = a;
    return true;
}

QList<CaseGenerator::Follower> CaseGenerator::script(quint32 caseIndex) const
{
    using K = ActionInfo::Kind;
    SimRandom rnd(m_seed, caseIndex, 0x5c417);
    const int r = rnd.below(100);
    QList<Follower> out;
    auto add = [&](K kind) {
        out.append({kind, (out.isEmpty() ? 0 : out.last().delay) + rnd.between(1, 25)});
    };
    if (r < 70)
        return out;
    if (r < 79)
        add(K::Version);
    else if (r < 86)
        add(K::Message);
    else if (r < 92)
        add(K::Supplement);
    else if (r < 96)
        add(K::Withdrawal);
    else if (r < 98) {
        add(K::Supplement);
        add(K::Message);
    } else {
        add(K::Version);
        add(K::Withdrawal);
    }
    return out;
}

int CaseGenerator::serviceIndex(const ActionInfo &action) const
{
    const QString wanted = action.caseOverrides.serviceCode;
    if (!wanted.isEmpty()) {
        for (int i = 0; i < m_services.size(); ++i) {
            if (m_services.at(i).toObject().value(u"code"_s).toString() == wanted)
                return i;
        }
    }
    SimRandom rnd(m_seed, action.caseIndex, 0x5e7);
    return rnd.below(int(m_services.size()));
}

QString CaseGenerator::serviceCode(const ActionInfo &action) const
{
    return m_services.at(serviceIndex(action)).toObject().value(u"code"_s).toString();
}

QStringList CaseGenerator::serviceCodes() const
{
    QStringList out;
    for (const QJsonValue &s : m_services)
        out << s.toObject().value(u"code"_s).toString();
    return out;
}

QString CaseGenerator::actionType(const ActionInfo &action) const
{
    if (!action.actionOverrides.actionType.isEmpty())
        return action.actionOverrides.actionType;
    const QString hostileType = m_hostile.actionType(m_hostile.kinds(action), action);
    if (!hostileType.isEmpty())
        return hostileType;
    switch (action.kind) {
    case ActionInfo::Kind::Supplement:
        return u"supplement"_s;
    case ActionInfo::Kind::Message:
        return u"message"_s;
    case ActionInfo::Kind::Withdrawal:
        return u"withdrawal"_s;
    case ActionInfo::Kind::Opening:
    case ActionInfo::Kind::Version:
        break;
    }
    if (!action.caseOverrides.actionType.isEmpty())
        return action.caseOverrides.actionType;
    return m_services.at(serviceIndex(action)).toObject().value(u"actionType"_s).toString();
}

quint32 CaseGenerator::projectSeed(quint32 caseIndex) const
{
    // One case in ten is a further part of the project before it (same customer and place).
    SimRandom rnd(m_seed, caseIndex, 0x9a07);
    return caseIndex > 0 && rnd.below(10) == 0 ? caseIndex - 1 : caseIndex;
}

QString CaseGenerator::projectId(quint32 caseIndex) const
{
    return u"P-%1-%2"_s.arg(m_epoch.date().year())
        .arg(projectSeed(caseIndex) + 1000, 6, 10, QLatin1Char('0'));
}

QString CaseGenerator::projectPartId(quint32 caseIndex) const
{
    return u"PP-%1-%2"_s.arg(m_epoch.date().year()).arg(caseIndex + 1, 6, 10, QLatin1Char('0'));
}

int CaseGenerator::municipality(quint32 caseIndex) const
{
    SimRandom rnd(m_seed, projectSeed(caseIndex), 0x3a1);
    int total = 0;
    for (const Municipality &m : municipalities)
        total += m.weight;
    int pick = rnd.below(total);
    for (int i = 0; i < int(std::size(municipalities)); ++i) {
        pick -= municipalities[i].weight;
        if (pick < 0)
            return i;
    }
    return 0;
}

QString CaseGenerator::language(const ActionInfo &action, int m) const
{
    if (!action.caseOverrides.language.isEmpty())
        return action.caseOverrides.language;
    SimRandom rnd(m_seed, projectSeed(action.caseIndex), 0x1a9);
    return rnd.chance(municipalities[m].swedishShare + 0.04) ? u"sv"_s : u"fi"_s;
}

QJsonObject CaseGenerator::party(quint64 key, const QString &kind, const QString &lang, int m) const
{
    SimRandom rnd(m_seed, key, 0x9a27);
    const Municipality &mun = municipalities[m];
    const bool sv = lang == u"sv"_s;
    QJsonObject o;
    o.insert(u"kind"_s, kind);
    QString name;
    QString mailbox;
    if (kind == u"person"_s) {
        const QString first = QString::fromUtf8(sv ? rnd.pick(svFirst) : rnd.pick(fiFirst));
        const QString last = QString::fromUtf8(sv ? rnd.pick(svLast) : rnd.pick(fiLast));
        name = first + u' ' + last;
        mailbox = asciiFold(first) + u'.' + asciiFold(last) + u"@posti.example"_s;
        // Henkilötunnus: DDMMYY, century sign, individual number 002-899, check character.
        const QDate born
            = QDate(1940, 1, 1)
                  .addDays(rnd.below(QDate(1940, 1, 1).daysTo(QDate(2005, 12, 31)) + 1));
        const int individual = rnd.between(2, 899);
        const int yy = born.year() % 100;
        const qint64 number
            = qint64(born.day()) * 10000000 + born.month() * 100000 + yy * 1000 + individual;
        const QString hetu = u"%1%2%3%4%5%6"_s.arg(born.day(), 2, 10, QLatin1Char('0'))
                                 .arg(born.month(), 2, 10, QLatin1Char('0'))
                                 .arg(yy, 2, 10, QLatin1Char('0'))
                                 .arg(QChar(born.year() >= 2000 ? u'A' : u'-'))
                                 .arg(individual, 3, 10, QLatin1Char('0'))
                                 .arg(QLatin1Char(checkChars[number % 31]));
        o.insert(u"name"_s, name);
        o.insert(u"businessId"_s, QJsonValue::Null);
        o.insert(u"personalIdentityCode"_s, hetu);
    } else {
        const QString word
            = QString::fromUtf8(sv ? rnd.pick(svCompanyWords) : rnd.pick(fiCompanyWords));
        const char *const fiForms[] = {"Oy", "Oy", "Ky", "ry", "Oy"};
        const char *const svForms[] = {"Ab", "Ab", "Kb", "rf", "Ab"};
        const QString form = QString::fromUtf8(sv ? rnd.pick(svForms) : rnd.pick(fiForms));
        name = word + u' ' + form;
        mailbox = u"info@"_s + asciiFold(word).remove(u'.') + u".example"_s;
        // Y-tunnus: seven digits, weights 7 9 10 5 8 4 2, remainder 1 is never issued.
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2};
        QString digits;
        int check = 1;
        while (check == 1) {
            digits.clear();
            int sum = 0;
            for (int i = 0; i < 7; ++i) {
                const int d = i == 0 ? rnd.between(0, 3) : rnd.below(10);
                digits += QChar(u'0' + d);
                sum += d * weights[i];
            }
            const int rem = sum % 11;
            check = rem == 0 ? 0 : (rem == 1 ? 1 : 11 - rem);
        }
        o.insert(u"name"_s, name);
        o.insert(u"businessId"_s, QString(digits + u'-' + QString::number(check)));
        o.insert(u"personalIdentityCode"_s, QJsonValue::Null);
    }
    o.insert(u"email"_s, mailbox);
    const char *const prefixes[] = {"40", "50", "44", "45"};
    o.insert(u"phone"_s, u"+358%1%2"_s.arg(QString::fromUtf8(rnd.pick(prefixes)))
                             .arg(rnd.between(1000000, 9999999)));
    const QString street = QString::fromUtf8(sv ? rnd.pick(svStreets) : rnd.pick(fiStreets)) + u' '
                           + QString::number(rnd.between(1, 60));
    o.insert(u"address"_s,
             QJsonObject{{u"street"_s, street},
                         {u"postalCode"_s,
                          u"%1"_s.arg(mun.postalBase + 10 * rnd.below(8), 5, 10, QLatin1Char('0'))},
                         {u"postOffice"_s, QString::fromUtf8(sv ? mun.sv : mun.fi).toUpper()}});
    o.insert(u"language"_s, lang);
    return o;
}

QJsonObject CaseGenerator::feedItem(const ActionInfo &action) const
{
    return QJsonObject{{u"externalId"_s, externalId(action.caseIndex, action.actionNo)},
                       {u"projectId"_s, projectId(action.caseIndex)},
                       {u"projectPartId"_s, projectPartId(action.caseIndex)},
                       {u"actionType"_s, actionType(action)},
                       {u"serviceCode"_s, serviceCode(action)},
                       {u"submittedAt"_s, m_hostile.timestamp(m_hostile.kinds(action), action)},
                       {u"version"_s, action.version}};
}

QJsonObject CaseGenerator::commondata(const ActionInfo &action) const
{
    const int m = municipality(action.caseIndex);
    const Municipality &mun = municipalities[m];
    const QString lang = language(action, m);
    const quint32 project = projectSeed(action.caseIndex);
    SimRandom rnd(m_seed, project, 0xc0dd);
    const HostileKinds hostile = m_hostile.kinds(action);
    QString kind = action.caseOverrides.customerKind;
    if (kind.isEmpty())
        kind = rnd.chance(0.45) ? u"organisation"_s : u"person"_s;
    if (!m_hostile.customerKind(hostile).isEmpty())
        kind = m_hostile.customerKind(hostile);
    QJsonObject customer = party(quint64(project) * 2, kind, lang, m);
    QJsonValue representative = QJsonValue::Null;
    if (rnd.chance(0.15))
        representative = party(quint64(project) * 2 + 1,
                               rnd.chance(0.5) ? u"person"_s : u"organisation"_s, lang, m);
    if (action.version > 1)
        customer.insert(u"phone"_s,
                        QString(customer.value(u"phone"_s).toString().left(6) + u"7654321"_s));

    const QJsonObject service = m_services.at(serviceIndex(action)).toObject();
    const QJsonArray activity = service.value(u"activity"_s).toArray();
    const QString municipalityName = QString::fromUtf8(lang == u"sv"_s ? mun.sv : mun.fi);
    const QString street
        = QString::fromUtf8(lang == u"sv"_s ? rnd.pick(svStreets) : rnd.pick(fiStreets)) + u' '
          + QString::number(rnd.between(1, 80));
    const QString propertyId = u"%1-%2-%3-%4"_s.arg(QString::fromUtf8(mun.code))
                                   .arg(rnd.between(401, 899))
                                   .arg(rnd.between(1, 40))
                                   .arg(rnd.between(1, 200));
    QJsonObject location{
        {u"municipalityCode"_s, QString::fromUtf8(mun.code)},
        {u"propertyId"_s, propertyId},
        {u"address"_s, QString(street + u", "_s + municipalityName)},
        {u"coordinates"_s,
         QJsonObject{{u"epsg"_s, 3067},
                     {u"x"_s, mun.x + rnd.between(-6000, 6000) + rnd.below(100) / 100.0 + 0.01},
                     {u"y"_s, mun.y + rnd.between(-6000, 6000) + rnd.below(100) / 100.0 + 0.01}}}};
    QJsonObject out{{u"projectId"_s, projectId(action.caseIndex)},
                    {u"projectPartId"_s, projectPartId(action.caseIndex)},
                    {u"projectName"_s, QString(activity.at(lang == u"sv"_s ? 1 : 0).toString()
                                               + u", "_s + municipalityName)},
                    {u"customer"_s, customer},
                    {u"representative"_s, representative},
                    {u"location"_s, location},
                    {u"submittedAt"_s, action.submittedAt.toString(Qt::ISODate)}};
    m_hostile.changeCommondata(hostile, action, out);
    return out;
}

QList<AttachmentSpec> CaseGenerator::attachments(const ActionInfo &action) const
{
    using K = ActionInfo::Kind;
    SimRandom rnd(m_seed, action.caseIndex, 0xa77 + action.actionNo);
    int count = 0;
    const int r = rnd.below(100);
    switch (action.kind) {
    case K::Opening:
    case K::Version:
        count = r < 30 ? 0 : (r < 90 ? rnd.between(1, 2) : rnd.between(3, 4));
        break;
    case K::Supplement:
        count = rnd.between(1, 2);
        break;
    case K::Message:
        count = r < 60 ? 0 : 1;
        break;
    case K::Withdrawal:
        count = 0;
        break;
    }
    if (action.actionOverrides.attachments >= 0)
        count = qMin(action.actionOverrides.attachments, 4);
    else if (action.kind == K::Opening && action.caseOverrides.attachments >= 0)
        count = qMin(action.caseOverrides.attachments, 4);
    // Hostile kinds each take attachments of their own; those beyond the ordinary ones are small.
    const HostileKinds hostile = m_hostile.kinds(action);
    const int ordinaryCount = count;
    count = qMax(count, m_hostile.attachmentsNeeded(hostile));

    const int m = municipality(action.caseIndex);
    const QString lang = language(action, m);
    const QJsonObject service = m_services.at(serviceIndex(action)).toObject();
    const QJsonArray names = service.value(u"attachments"_s).toArray();
    const QString project = commondata(action).value(u"projectName"_s).toString();
    QList<AttachmentSpec> out;
    for (int i = 0; i < count; ++i) {
        AttachmentSpec spec;
        spec.id = u"a%1"_s.arg(i + 1);
        const int nameIndex
            = action.kind == K::Opening || action.kind == K::Version || i >= names.size()
                  ? i
                  : (i + action.actionNo) % int(names.size());
        if (nameIndex < names.size()) {
            const QJsonArray n = names.at(nameIndex).toArray();
            spec.fileName = n.at(0).toString();
            spec.description = n.at(lang == u"sv"_s ? 2 : 1).toString();
        } else {
            spec.fileName = u"liite_%1.pdf"_s.arg(i + 1);
            spec.description
                = lang == u"sv"_s ? u"Bilaga %1"_s.arg(i + 1) : u"Liite %1"_s.arg(i + 1);
        }
        if (action.kind == K::Supplement)
            spec.fileName
                = (lang == u"sv"_s ? u"komplettering_"_s : u"taydennys_"_s) + spec.fileName;
        const bool png = spec.fileName.endsWith(u".png"_s);
        spec.format = png ? AttachmentSpec::Format::Png : AttachmentSpec::Format::Pdf;
        spec.contentType = png ? u"image/png"_s : u"application/pdf"_s;
        // Eight attachments per action have keys of this form; more (only --hostile has more) get
        // keys of their own that cannot meet another action's.
        const quint64 slot = quint64(action.caseIndex) * 4096 + action.actionNo * 8;
        spec.key = SimRandom::mix(m_seed
                                  ^ (i < 8 ? SimRandom::mix(slot + i)
                                           : SimRandom::mix(SimRandom::mix(slot) ^ quint64(i))));
        // 30 to 300 KB, evenly spread on a log scale as real scans and maps are.
        spec.targetBytes = int(
            std::exp(std::log(30000.0) + rnd.unit() * (std::log(300000.0) - std::log(30000.0))));
        if (i >= ordinaryCount)
            spec.targetBytes /= 10;
        spec.title = spec.description + u" - "_s + project;
        for (int l = 0; l < 12; ++l)
            spec.lines << QString::fromUtf8(lang == u"sv"_s ? rnd.pick(svSentences)
                                                            : rnd.pick(fiSentences));
        out.append(spec);
    }
    m_hostile.changeAttachments(hostile, action, out);
    return out;
}

QJsonValue CaseGenerator::fieldValue(const QString &type, const QJsonValue &extra, SimRandom &rnd,
                                     const QString &lang, const ActionInfo &action,
                                     const QJsonObject &service, QJsonObject &field) const
{
    const bool sv = lang == u"sv"_s;
    if (type == u"text"_s) {
        const QString kind = extra.toString();
        if (kind == u"activity"_s)
            return QString(service.value(u"activity"_s).toArray().at(sv ? 1 : 0).toString()
                           + u". "_s + sentences(rnd, lang, rnd.between(2, 5)));
        if (kind == u"long"_s)
            return sentences(rnd, lang, rnd.between(3, 8));
        if (kind == u"name"_s)
            return QString(QString::fromUtf8(sv ? rnd.pick(svFirst) : rnd.pick(fiFirst)) + u' '
                           + QString::fromUtf8(sv ? rnd.pick(svLast) : rnd.pick(fiLast)));
        if (kind == u"phone"_s)
            return u"+35840%1"_s.arg(rnd.between(1000000, 9999999));
        if (kind == u"time"_s)
            return u"%1.%2"_s.arg(rnd.between(18, 23)).arg(rnd.chance(0.5) ? u"00"_s : u"30"_s);
        if (kind == u"years"_s) {
            const int y = action.submittedAt.date().year() + 1;
            return u"%1\u2013%2"_s.arg(y).arg(y + 9);
        }
        if (kind == u"premises"_s)
            return QString((sv ? u"Café "_s : u"Kahvila "_s)
                           + QString::fromUtf8(sv ? rnd.pick(svLast) : rnd.pick(fiLast)));
        return sentences(rnd, lang, 1);
    }
    if (type == u"number"_s) {
        const QStringList parts = extra.toString().split(u'|');
        if (parts.size() == 3) {
            field.insert(u"unit"_s, parts.at(0));
            return rnd.between(parts.at(1).toInt(), parts.at(2).toInt());
        }
        return rnd.between(1, 100);
    }
    if (type == u"date"_s) {
        const QDate submitted = action.submittedAt.date();
        const QString role = extra.toString();
        if (role == u"event"_s) {
            field.insert(u"deadlineRole"_s, u"eventDate"_s);
            return submitted.addDays(rnd.between(14, 120)).toString(Qt::ISODate);
        }
        if (role == u"requested"_s) {
            if (rnd.chance(0.5))
                field.insert(u"deadlineRole"_s, u"requestedBy"_s);
            return submitted.addDays(rnd.between(30, 240)).toString(Qt::ISODate);
        }
        if (role == u"after"_s)
            return submitted.addDays(rnd.between(121, 130)).toString(Qt::ISODate);
        if (role == u"past"_s)
            return submitted.addDays(-rnd.between(1, 30)).toString(Qt::ISODate);
        return submitted.toString(Qt::ISODate);
    }
    if (type == u"boolean"_s)
        return rnd.chance(0.5);
    if (type == u"choice"_s) {
        const QJsonArray options = extra.toArray();
        return labelObject(options.at(rnd.below(int(options.size()))).toArray());
    }
    if (type == u"table"_s) {
        const QJsonObject spec = extra.toObject();
        QJsonArray columns;
        for (const QJsonValue &c : spec.value(u"cols"_s).toArray())
            columns.append(labelObject(c.toArray()));
        const QJsonArray kinds = spec.value(u"kinds"_s).toArray();
        const QJsonArray range = spec.value(u"rows"_s).toArray();
        const int rows = rnd.between(range.at(0).toInt(), range.at(1).toInt());
        QJsonArray rowArray;
        for (int r = 0; r < rows; ++r) {
            QJsonArray row;
            for (const QJsonValue &k : kinds) {
                const QString kind = k.toString();
                auto word = [&](const auto &pool) {
                    return QJsonValue(inLanguage(rnd.pick(pool), lang));
                };
                if (kind == u"source"_s)
                    row.append(word(cellSource));
                else if (kind == u"substance"_s)
                    row.append(word(cellSubstance));
                else if (kind == u"unit"_s)
                    row.append(word(cellUnit));
                else if (kind == u"waste"_s)
                    row.append(word(cellWaste));
                else if (kind == u"treatment"_s)
                    row.append(word(cellTreatment));
                else if (kind == u"phase"_s)
                    row.append(word(cellPhase));
                else if (kind == u"workphase"_s)
                    row.append(word(cellWorkPhase));
                else if (kind == u"firework"_s)
                    row.append(word(cellFirework));
                else if (kind == u"fwclass"_s)
                    row.append(word(cellFwClass));
                else if (kind == u"foodgroup"_s)
                    row.append(word(cellFoodGroup));
                else if (kind == u"handling"_s)
                    row.append(word(cellHandling));
                else if (kind == u"chemical"_s)
                    row.append(word(cellChemical));
                else if (kind == u"cas"_s)
                    row.append(word(cellCas));
                else if (kind == u"hazard"_s)
                    row.append(word(cellHazard));
                else if (kind == u"programme"_s)
                    row.append(word(cellProgramme));
                else if (kind == u"stage"_s)
                    row.append(word(cellStage));
                else if (kind == u"section"_s)
                    row.append(word(cellSection));
                else if (kind == u"date"_s)
                    row.append(action.submittedAt.date()
                                   .addDays(rnd.between(14, 60))
                                   .toString(Qt::ISODate));
                else if (kind == u"hours"_s)
                    row.append(
                        u"%1.00\u2013%2.00"_s.arg(rnd.between(7, 14)).arg(rnd.between(15, 22)));
                else if (kind == u"years"_s)
                    row.append(u"%1\u2013%2"_s.arg(2027 + r).arg(2028 + r));
                else if (kind == u"year"_s)
                    row.append(2027 + rnd.below(8));
                else if (kind == u"db"_s)
                    row.append(rnd.between(55, 95));
                else if (kind == u"count"_s)
                    row.append(rnd.between(1, 40));
                else if (kind == u"kg"_s || kind == u"tonnes"_s || kind == u"km"_s)
                    row.append(double(rnd.between(1, 500)) / 10.0);
                else if (kind == u"euros"_s)
                    row.append(rnd.between(5, 400) * 1000);
                else
                    row.append(rnd.between(1, 5000));
            }
            rowArray.append(row);
        }
        return QJsonObject{{u"columns"_s, columns}, {u"rows"_s, rowArray}};
    }
    return QJsonValue::Null;
}

QJsonArray CaseGenerator::sectionsFor(const QJsonArray &templates, SimRandom &rnd,
                                      const QString &lang, const ActionInfo &action,
                                      const QJsonObject &service) const
{
    QJsonArray out;
    for (const QJsonValue &t : templates) {
        const QJsonObject tmpl = t.toObject();
        QJsonArray fields;
        for (const QJsonValue &f : tmpl.value(u"fields"_s).toArray()) {
            const QJsonArray def = f.toArray();
            QJsonObject field{
                {u"id"_s, def.at(0)},
                {u"label"_s, labelObject(QJsonArray{def.at(1), def.at(2), def.at(3)})},
                {u"type"_s, def.at(4)}};
            field.insert(u"value"_s, fieldValue(def.at(4).toString(), def.at(5), rnd, lang, action,
                                                service, field));
            fields.append(field);
        }
        out.append(QJsonObject{{u"id"_s, tmpl.value(u"id"_s)},
                               {u"title"_s, labelObject(tmpl.value(u"l"_s).toArray())},
                               {u"fields"_s, fields},
                               {u"sections"_s, sectionsFor(tmpl.value(u"sections"_s).toArray(), rnd,
                                                           lang, action, service)}});
    }
    return out;
}

QJsonObject CaseGenerator::formdata(const ActionInfo &action, AttachmentStore &store) const
{
    using K = ActionInfo::Kind;
    const QJsonObject service = m_services.at(serviceIndex(action)).toObject();
    const int m = municipality(action.caseIndex);
    const QString lang = language(action, m);
    const bool sv = lang == u"sv"_s;
    SimRandom rnd(m_seed, action.caseIndex, 0xf0 + action.actionNo);
    const QList<AttachmentSpec> specs = attachments(action);

    auto field
        = [](const char *id, const QJsonObject &l, const QString &type, const QJsonValue &value) {
              return QJsonObject{{u"id"_s, QString::fromUtf8(id)},
                                 {u"label"_s, l},
                                 {u"type"_s, type},
                                 {u"value"_s, value}};
          };
    QJsonArray attachmentRefs;
    for (const AttachmentSpec &s : specs)
        attachmentRefs.append(
            field("liite", label("Liite", "Bilaga", "Attachment"), u"attachmentRef"_s, s.id));
    for (int i = 0; i < attachmentRefs.size(); ++i) {
        QJsonObject f = attachmentRefs.at(i).toObject();
        f.insert(u"id"_s, u"liite_%1"_s.arg(i + 1));
        attachmentRefs[i] = f;
    }

    QJsonArray sections;
    const QString customText = action.actionOverrides.text;
    if (action.kind == K::Opening || action.kind == K::Version) {
        sections = sectionsFor(service.value(u"sections"_s).toArray(), rnd, lang, action, service);
        // Sections every service shares: contact person, other permits, attachments, declaration.
        QJsonArray permits;
        const int permitRows = rnd.between(2, 10);
        QJsonArray permitColumns{label("Lupa", "Tillstånd", "Permit"),
                                 label("Myöntäjä", "Beviljat av", "Issued by"),
                                 label("Päivämäärä", "Datum", "Date"),
                                 label("Diaarinumero", "Diarienummer", "Reference")};
        for (int r = 0; r < permitRows; ++r)
            permits.append(QJsonArray{
                sv ? u"Bygglov"_s : u"Rakennuslupa"_s,
                sv ? u"Byggnadstillsynen"_s : u"Rakennusvalvonta"_s,
                action.submittedAt.date().addDays(-rnd.between(100, 3000)).toString(Qt::ISODate),
                u"%1/%2/%3"_s.arg(rnd.between(100, 9999))
                    .arg(rnd.between(10, 14))
                    .arg(rnd.between(2015, 2025))});
        QJsonObject unused;
        QJsonArray contact{
            field("nimi", label("Yhteyshenkilö", "Kontaktperson", "Contact person"), u"text"_s,
                  fieldValue(u"text"_s, u"name"_s, rnd, lang, action, service, unused)),
            field("puhelin", label("Puhelin", "Telefon", "Phone"), u"text"_s,
                  u"+35850%1"_s.arg(rnd.between(1000000, 9999999))),
            field("yhteydenotto", label("Yhteydenottotapa", "Kontaktsätt", "Preferred contact"),
                  u"choice"_s,
                  rnd.chance(0.5) ? label("Sähköposti", "E-post", "Email")
                                  : label("Puhelin", "Telefon", "Phone"))};
        sections.append(
            QJsonObject{{u"id"_s, u"yhteyshenkilo"_s},
                        {u"title"_s, label("Yhteyshenkilö", "Kontaktperson", "Contact person")},
                        {u"fields"_s, contact},
                        {u"sections"_s, QJsonArray()}});
        QJsonArray extraFields{
            field("lisatiedot", label("Lisätiedot", "Tilläggsuppgifter", "Additional information"),
                  u"text"_s, sentences(rnd, lang, rnd.between(3, 8)))};
        if (rnd.chance(0.03)) {
            // A field type newer than the contract: clients must keep and show it, not drop it.
            extraFields.append(
                field("sijainti_geometria", label("Sijainti kartalla", "Läge på kartan", ""),
                      u"geometry"_s,
                      QJsonObject{
                          {u"type"_s, u"Point"_s},
                          {u"coordinates"_s, QJsonArray{double(rnd.between(200000, 700000)),
                                                        double(rnd.between(6650000, 7700000))}}}));
        }
        sections.append(QJsonObject{
            {u"id"_s, u"lisatiedot"_s},
            {u"title"_s, label("Lisätiedot", "Tilläggsuppgifter", "Additional information")},
            {u"fields"_s, extraFields},
            {u"sections"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"muut_luvat"_s},
                 {u"title"_s,
                  label("Muut luvat ja päätökset", "Andra tillstånd och beslut", "Other permits")},
                 {u"fields"_s,
                  QJsonArray{
                      field("luvat", label("Luvat", "Tillstånd", "Permits"), u"table"_s,
                            QJsonObject{{u"columns"_s, permitColumns}, {u"rows"_s, permits}})}},
                 {u"sections"_s, QJsonArray()}}}}});
        // Reports most services ask for: the bulk of a real form (about 20 KB of JSON in all).
        auto report = [&](const char *id, const QJsonObject &l) {
            return field(id, l, u"text"_s, sentences(rnd, lang, rnd.between(10, 17)));
        };
        QJsonArray monitoringRows;
        const int monitoringCount = rnd.between(12, 40);
        const char *const monitoringItems[]
            = {"Melu|Buller",        "Pöly|Damm",          "Pohjavesi|Grundvatten",
               "Pintavesi|Ytvatten", "Tärinä|Vibrationer", "Jätteet|Avfall",
               "Haju|Lukt"};
        const char *const frequencies[]
            = {"Kuukausittain|Månatligen", "Neljännesvuosittain|Kvartalsvis", "Vuosittain|Årligen",
               "Jatkuvasti|Kontinuerligt"};
        for (int r = 0; r < monitoringCount; ++r)
            monitoringRows.append(QJsonArray{
                inLanguage(rnd.pick(monitoringItems), lang),
                inLanguage(rnd.pick(frequencies), lang), u"MP%1"_s.arg(r + 1), rnd.between(1, 90),
                action.submittedAt.date().addMonths(r + 1).toString(Qt::ISODate)});
        QJsonArray monitoringColumns{
            label("Kohde", "Objekt", "Subject"), label("Tiheys", "Frekvens", "Frequency"),
            label("Mittauspiste", "Mätpunkt", "Measuring point"),
            label("Raja-arvo", "Gränsvärde", "Limit"),
            label("Ensimmäinen mittaus", "Första mätning", "First measurement")};
        sections.append(QJsonObject{
            {u"id"_s, u"selvitykset"_s},
            {u"title"_s, label("Selvitykset", "Utredningar", "Reports")},
            {u"fields"_s,
             QJsonArray{report("yhteenveto", label("Yhteenveto", "Sammanfattning", "Summary"))}},
            {u"sections"_s,
             QJsonArray{
                 QJsonObject{
                     {u"id"_s, u"vaikutukset"_s},
                     {u"title"_s, label("Vaikutukset", "Konsekvenser", "Impacts")},
                     {u"fields"_s,
                      QJsonArray{
                          report("ymparisto",
                                 label("Vaikutukset ympäristöön", "Konsekvenser för miljön",
                                       "Environmental impacts")),
                          report("terveys", label("Vaikutukset terveyteen",
                                                  "Konsekvenser för hälsan", "Health impacts")),
                          report("naapurit", label("Vaikutukset naapureihin",
                                                   "Konsekvenser för grannar", ""))}},
                     {u"sections"_s, QJsonArray()}},
                 QJsonObject{
                     {u"id"_s, u"riskit"_s},
                     {u"title"_s, label("Riskit ja varautuminen", "Risker och beredskap",
                                        "Risks and preparedness")},
                     {u"fields"_s,
                      QJsonArray{
                          report("onnettomuudet",
                                 label("Onnettomuusriskit", "Olycksrisker", "Accident risks")),
                          report("poikkeustilanteet", label("Toiminta poikkeustilanteissa",
                                                            "Åtgärder i undantagssituationer",
                                                            "Exceptional situations"))}},
                     {u"sections"_s, QJsonArray()}},
                 QJsonObject{
                     {u"id"_s, u"tarkkailu"_s},
                     {u"title"_s, label("Tarkkailu", "Kontroll", "Monitoring")},
                     {u"fields"_s,
                      QJsonArray{
                          report("kuvaus", label("Tarkkailun kuvaus", "Beskrivning av kontrollen",
                                                 "Description of monitoring")),
                          field("suunnitelma",
                                label("Tarkkailusuunnitelma", "Kontrollplan", "Monitoring plan"),
                                u"table"_s,
                                QJsonObject{{u"columns"_s, monitoringColumns},
                                            {u"rows"_s, monitoringRows}}),
                          field("raportointi",
                                label("Raportoinnin määräpäivä", "Sista dag för rapportering",
                                      "Reporting due"),
                                u"date"_s,
                                action.submittedAt.date().addMonths(13).toString(Qt::ISODate))}},
                     {u"sections"_s, QJsonArray()}}}}});
        sections.append(QJsonObject{{u"id"_s, u"liitteet"_s},
                                    {u"title"_s, label("Liitteet", "Bilagor", "Attachments")},
                                    {u"fields"_s, attachmentRefs},
                                    {u"sections"_s, QJsonArray()}});
        sections.append(QJsonObject{
            {u"id"_s, u"vakuutus"_s},
            {u"title"_s, label("Vakuutus", "Försäkran", "Declaration")},
            {u"fields"_s, QJsonArray{field("oikeat_tiedot",
                                           label("Vakuutan tiedot oikeiksi",
                                                 "Jag försäkrar att uppgifterna är riktiga",
                                                 "I declare the information correct"),
                                           u"boolean"_s, true),
                                     field("paivays", label("Päiväys", "Datum", "Date"), u"date"_s,
                                           action.submittedAt.date().toString(Qt::ISODate))}},
            {u"sections"_s, QJsonArray()}});
        if (!customText.isEmpty()) {
            QJsonObject first = sections.at(0).toObject();
            QJsonArray fields = first.value(u"fields"_s).toArray();
            fields.prepend(field("lisakuvaus", label("Lisäkuvaus", "Tilläggsbeskrivning", "Note"),
                                 u"text"_s, customText));
            first.insert(u"fields"_s, fields);
            sections[0] = first;
        }
        if (action.version > 1) {
            // A corrected version: the first number grows and a note says what changed.
            QJsonObject first = sections.at(0).toObject();
            QJsonArray fields = first.value(u"fields"_s).toArray();
            for (int i = 0; i < fields.size(); ++i) {
                QJsonObject f = fields.at(i).toObject();
                if (f.value(u"type"_s).toString() == u"number"_s) {
                    f.insert(u"value"_s, f.value(u"value"_s).toInt() + 10 * (action.version - 1));
                    fields[i] = f;
                    break;
                }
            }
            fields.append(field(
                "korjaus", label("Korjaus", "Rättelse", "Correction"), u"text"_s,
                (sv ? u"Korrigerad version %1."_s : u"Korjattu versio %1."_s).arg(action.version)));
            first.insert(u"fields"_s, fields);
            sections[0] = first;
        }
    } else if (action.kind == K::Supplement) {
        QJsonArray fields{
            field("vastaus",
                  label("Vastaus täydennyspyyntöön", "Svar på begäran om komplettering",
                        "Answer to the supplement request"),
                  u"text"_s,
                  customText.isEmpty() ? sentences(rnd, lang, rnd.between(2, 5)) : customText)};
        for (const QJsonValue &ref : attachmentRefs)
            fields.append(ref);
        sections.append(QJsonObject{{u"id"_s, u"taydennys"_s},
                                    {u"title"_s, label("Täydennys", "Komplettering", "Supplement")},
                                    {u"fields"_s, fields},
                                    {u"sections"_s, QJsonArray()}});
    } else if (action.kind == K::Message) {
        QJsonArray fields{
            field("aihe", label("Aihe", "Ämne", "Subject"), u"text"_s,
                  sv ? u"Fråga om ärendet"_s : u"Kysymys asiasta"_s),
            field("viesti", label("Viesti", "Meddelande", "Message"), u"text"_s,
                  customText.isEmpty() ? sentences(rnd, lang, rnd.between(1, 4)) : customText)};
        for (const QJsonValue &ref : attachmentRefs)
            fields.append(ref);
        sections.append(QJsonObject{{u"id"_s, u"viesti"_s},
                                    {u"title"_s, label("Viesti", "Meddelande", "Message")},
                                    {u"fields"_s, fields},
                                    {u"sections"_s, QJsonArray()}});
    } else {
        sections.append(QJsonObject{
            {u"id"_s, u"peruutus"_s},
            {u"title"_s, label("Peruutus", "Återkallande", "Withdrawal")},
            {u"fields"_s,
             QJsonArray{field("syy", label("Peruutuksen syy", "Orsak till återkallandet", "Reason"),
                              u"text"_s,
                              customText.isEmpty() ? sentences(rnd, lang, 1) : customText),
                        field("koko_asia",
                              label("Peruutetaan koko asia", "Hela ärendet återkallas",
                                    "Whole matter withdrawn"),
                              u"boolean"_s, true)}},
            {u"sections"_s, QJsonArray()}});
    }

    QJsonArray attachmentArray;
    for (const AttachmentSpec &s : specs) {
        const auto [size, digest] = store.sizeAndDigest(s);
        QJsonObject a{{u"id"_s, s.id},
                      {u"fileName"_s, s.fileName},
                      {u"contentType"_s, s.contentType},
                      {u"size"_s, size},
                      {u"sha256"_s, QString::fromLatin1(digest.toHex())},
                      {u"description"_s, s.description}};
        if (!s.announceDigest)
            a.remove(u"sha256"_s);
        attachmentArray.append(a);
    }
    QJsonObject out{{u"serviceCode"_s, service.value(u"code"_s)},
                    {u"serviceName"_s, labelObject(service.value(u"name"_s).toArray())},
                    {u"formVersion"_s, service.value(u"formVersion"_s)},
                    {u"sections"_s, sections},
                    {u"attachments"_s, attachmentArray}};
    m_hostile.changeFormdata(m_hostile.kinds(action), action, out);
    return out;
}

} // namespace lvdesk
