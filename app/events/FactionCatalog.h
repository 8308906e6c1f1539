#pragma once

#include "Faction.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace frontline {

// The factions Frontline knows, by theatre (resources/factions.json).
class FactionCatalog
{
public:
    // The copy compiled into the program.
    static const FactionCatalog &builtIn();
    // Parses a factions file; on a syntax or structure error sets `error` to
    // "LINE:COLUMN: what is wrong" (or a path-less message) and returns false.
    static bool parse(const QByteArray &json, FactionCatalog *catalog, QString *error);
    // The analyst's copy (factions.json beside the settings) if there is one and it reads,
    // else the built-in copy; `warning` says why a copy was not used.
    static FactionCatalog load(QString *warning);
    static QString userPath();

    // The catalogue in the file format parse() reads.
    QByteArray toJson() const;
    // Writes the analyst's copy atomically; false with `error` if it cannot.
    bool saveAsUserCopy(QString *error) const;

    const std::vector<Faction> &factions() const { return m_factions; }
    std::vector<Faction> &factions() { return m_factions; } // for editing
    const std::vector<Theatre> &theatres() const { return m_theatres; }
    FactionColor mixedColor() const { return m_mixedColor; }
    const Faction *find(const QString &id) const;
    // Factions of the theatres that cover any of `countries`; all factions if none does.
    std::vector<const Faction *> factionsFor(const QStringList &countries) const;

private:
    std::vector<Faction> m_factions;
    std::vector<Theatre> m_theatres;
    FactionColor m_mixedColor{0x7b, 0x3f, 0xa0};
};

} // namespace frontline
