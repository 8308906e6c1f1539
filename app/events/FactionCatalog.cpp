#include "FactionCatalog.h"

#include "files/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace frontline {
namespace {

// Where in the text a byte offset falls, as "line:column" (both from 1).
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

FactionStyle styleFrom(const QJsonValue &color, const QJsonValue &pattern)
{
    FactionStyle style;
    style.color = FactionColor::fromName(color.toString());
    if (pattern.isString())
        style.pattern = pattern.toString();
    return style;
}

} // namespace

const FactionCatalog &FactionCatalog::builtIn()
{
    static const FactionCatalog catalog = [] {
        FactionCatalog parsed;
        QFile file(QStringLiteral(":/frontline/factions.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), &parsed, &error))
            qFatal("the built-in factions.json does not read: %s", qPrintable(error));
        return parsed;
    }();
    return catalog;
}

bool FactionCatalog::parse(const QByteArray &json, FactionCatalog *catalog, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(lineAndColumn(json, parseError.offset),
                                              parseError.errorString());
        return false;
    }
    FactionCatalog parsed;
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("mixedColor")))
        parsed.m_mixedColor = FactionColor::fromName(root[QLatin1String("mixedColor")].toString());
    for (const QJsonValue &theatreValue : root[QLatin1String("theatres")].toArray()) {
        const QJsonObject t = theatreValue.toObject();
        Theatre theatre;
        theatre.id = t[QLatin1String("id")].toString();
        theatre.name = t[QLatin1String("name")].toString();
        for (const QJsonValue &c : t[QLatin1String("countries")].toArray())
            theatre.countries << c.toString();
        theatre.from = QDate::fromString(t[QLatin1String("from")].toString(), Qt::ISODate);
        theatre.to = QDate::fromString(t[QLatin1String("to")].toString(), Qt::ISODate);
        for (const QJsonValue &factionValue : t[QLatin1String("factions")].toArray()) {
            const QJsonObject f = factionValue.toObject();
            Faction faction;
            faction.id = f[QLatin1String("id")].toString();
            faction.name = f[QLatin1String("name")].toString();
            faction.theatre = theatre.id;
            for (const QJsonValue &alias : f[QLatin1String("aliases")].toArray())
                faction.aliases << alias.toString();
            faction.style =
                styleFrom(f[QLatin1String("color")], QJsonValue(QStringLiteral("solid")));
            const QJsonObject safe = f[QLatin1String("colorBlindSafe")].toObject();
            faction.colorBlindStyle =
                styleFrom(safe[QLatin1String("color")], safe[QLatin1String("pattern")]);
            faction.homePlace =
                f[QLatin1String("home")].toObject()[QLatin1String("place")].toString();
            faction.government = f[QLatin1String("government")].toString();
            if (faction.id.isEmpty() || faction.name.isEmpty() || !faction.style.color.isValid()) {
                *error = QStringLiteral(
                             "a faction of theatre '%1' lacks an id, a name or a valid colour")
                             .arg(theatre.id);
                return false;
            }
            parsed.m_factions.push_back(faction);
        }
        parsed.m_theatres.push_back(theatre);
    }
    if (parsed.m_factions.empty()) {
        *error = QStringLiteral("no factions in the file");
        return false;
    }
    *catalog = std::move(parsed);
    return true;
}

QByteArray FactionCatalog::toJson() const
{
    QJsonArray theatres;
    for (const Theatre &theatre : m_theatres) {
        QJsonArray factions;
        for (const Faction &f : m_factions) {
            if (f.theatre != theatre.id)
                continue;
            QJsonObject faction{
                {"id", f.id},
                {"name", f.name},
                {"aliases", QJsonArray::fromStringList(f.aliases)},
                {"color", f.style.color.name()},
                {"colorBlindSafe", QJsonObject{{"color", f.colorBlindStyle.color.name()},
                                               {"pattern", f.colorBlindStyle.pattern}}}};
            if (!f.government.isEmpty())
                faction.insert("government", f.government);
            if (!f.homePlace.isEmpty())
                faction.insert("home", QJsonObject{{"place", f.homePlace}});
            factions.append(faction);
        }
        theatres.append(QJsonObject{
            {"id", theatre.id},
            {"name", theatre.name},
            {"countries", QJsonArray::fromStringList(theatre.countries)},
            {"from", theatre.from.isValid() ? QJsonValue(theatre.from.toString(Qt::ISODate))
                                            : QJsonValue()},
            {"to",
             theatre.to.isValid() ? QJsonValue(theatre.to.toString(Qt::ISODate)) : QJsonValue()},
            {"factions", factions}});
    }
    return QJsonDocument(QJsonObject{{"version", 1},
                                     {"mixedColor", m_mixedColor.name()},
                                     {"theatres", theatres}})
        .toJson(QJsonDocument::Indented);
}

bool FactionCatalog::saveAsUserCopy(QString *error) const
{
    const QString path = userPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileSafely(path, toJson(), error);
}

QString FactionCatalog::userPath()
{
    return QFileInfo(QSettings().fileName()).absolutePath() + QStringLiteral("/factions.json");
}

FactionCatalog FactionCatalog::load(QString *warning)
{
    QFile file(userPath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return builtIn();
    FactionCatalog catalog;
    QString error;
    if (parse(file.readAll(), &catalog, &error))
        return catalog;
    if (warning)
        *warning = QStringLiteral("%1:%2; using the built-in factions").arg(file.fileName(), error);
    return builtIn();
}

const Faction *FactionCatalog::find(const QString &id) const
{
    for (const Faction &faction : m_factions)
        if (faction.id == id)
            return &faction;
    return nullptr;
}

std::vector<const Faction *> FactionCatalog::factionsFor(const QStringList &countries) const
{
    std::vector<const Faction *> chosen;
    for (const Theatre &theatre : m_theatres) {
        bool covers = false;
        for (const QString &country : countries)
            covers = covers || theatre.countries.contains(country);
        if (covers)
            for (const Faction &faction : m_factions)
                if (faction.theatre == theatre.id)
                    chosen.push_back(&faction);
    }
    if (chosen.empty())
        for (const Faction &faction : m_factions)
            chosen.push_back(&faction);
    return chosen;
}

} // namespace frontline
