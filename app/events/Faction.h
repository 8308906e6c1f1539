#pragma once

#include "FactionColor.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace frontline {

// How a faction is drawn: its colour, and in the colour-blind-safe palette another colour
// with a pattern (solid, hatch, dots, cross) so that areas differ without colour.
struct FactionStyle
{
    FactionColor color;
    QString pattern = QStringLiteral("solid");
};

struct Faction
{
    QString id;
    QString name;
    QString theatre; // the theatre's id
    QStringList aliases;
    FactionStyle style;
    FactionStyle colorBlindStyle;
    QString homePlace;  // a place name offensives come from when the text does not say
    QString government; // the country (ISO alpha-2) whose authorities and army it is
};

// A conflict theatre: the factions that act in articles about its countries.
struct Theatre
{
    QString id;
    QString name;
    QStringList countries; // ISO 3166-1 alpha-2
    QDate from, to;        // to is null while the conflict goes on
};

} // namespace frontline
