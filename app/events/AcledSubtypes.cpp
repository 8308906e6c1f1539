#include "AcledSubtypes.h"

namespace frontline {

// DESIGN.md's mapping of ACLED's 25 sub-event types onto event types.
QStringList acledSubtypesOf(EventType type)
{
    switch (type) {
    case EventType::Clash:
        return {QStringLiteral("Armed clash")};
    case EventType::Capture:
        return {QStringLiteral("Government regains territory"),
                QStringLiteral("Non-state actor overtakes territory"),
                QStringLiteral("Non-violent transfer of territory")};
    case EventType::Airstrike:
        return {QStringLiteral("Air/drone strike")};
    case EventType::Shelling:
        return {QStringLiteral("Shelling/artillery/missile attack")};
    case EventType::Explosion:
        return {QStringLiteral("Remote explosive/landmine/IED"), QStringLiteral("Suicide bomb"),
                QStringLiteral("Grenade"), QStringLiteral("Chemical weapon")};
    case EventType::Attack:
        return {QStringLiteral("Attack"), QStringLiteral("Abduction/forced disappearance"),
                QStringLiteral("Sexual violence")};
    case EventType::Protest:
        return {QStringLiteral("Peaceful protest"), QStringLiteral("Protest with intervention"),
                QStringLiteral("Excessive force against protesters")};
    case EventType::Riot:
        return {QStringLiteral("Violent demonstration"), QStringLiteral("Mob violence")};
    case EventType::Arrest:
        return {QStringLiteral("Arrests")};
    case EventType::Other:
        return {QStringLiteral("Agreement"),
                QStringLiteral("Change to group/activity"),
                QStringLiteral("Disrupted weapons use"),
                QStringLiteral("Headquarters or base established"),
                QStringLiteral("Looting/property destruction"),
                QStringLiteral("Other")};
    case EventType::Offensive:
    case EventType::Control:
    case EventType::Withdrawal:
    case EventType::Patrol:
        return {};
    }
    return {};
}

} // namespace frontline
