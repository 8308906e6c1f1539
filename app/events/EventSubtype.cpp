// ACLED's sub-event type of an event, in ACLED's words, where one fits (DESIGN.md maps them).
#include "SentenceEvents.h"

namespace frontline {

namespace {

constexpr std::size_t kSubtypeCueReach = 3; // "a suicide car bomb exploded": words either side

} // namespace

QString SentenceEvents::subtypeFor(const Trigger &trigger, EventType type,
                                   const Faction *actor) const
{
    const std::size_t size = m_words.tokens().size();
    const std::size_t from =
        trigger.first > kSubtypeCueReach ? trigger.first - kSubtypeCueReach : 0;
    const auto near = [&](auto test) {
        for (std::size_t i = from; i < size && i <= trigger.last + kSubtypeCueReach; ++i)
            if (test(word(i)))
                return true;
        return false;
    };
    switch (type) {
    case EventType::Clash:
        return QStringLiteral("Armed clash");
    case EventType::Airstrike:
        return QStringLiteral("Air/drone strike");
    case EventType::Shelling:
        return QStringLiteral("Shelling/artillery/missile attack");
    case EventType::Arrest:
        return QStringLiteral("Arrests");
    case EventType::Protest:
        return QStringLiteral("Peaceful protest");
    case EventType::Riot:
        return near([](RuleWord w) { return w == "mob"_w; })
                   ? QStringLiteral("Mob violence")
                   : QStringLiteral("Violent demonstration");
    case EventType::Explosion:
        if (near([](RuleWord w) { return w == "suicide"_w; }))
            return QStringLiteral("Suicide bomb");
        if (near([](RuleWord w) { return w == "grenade"_w || w == "grenades"_w; }))
            return QStringLiteral("Grenade");
        return QStringLiteral("Remote explosive/landmine/IED");
    case EventType::Attack:
        if (near([](RuleWord w) {
                return w == "kidnapped"_w || w == "kidnapping"_w || w == "abducted"_w ||
                       w == "abducting"_w;
            }))
            return QStringLiteral("Abduction/forced disappearance");
        return QStringLiteral("Attack");
    case EventType::Capture:
        // Who takes ground: a government regains it, anyone else overtakes it.
        if (!actor)
            return {};
        return actor->government.isEmpty() ? QStringLiteral("Non-state actor overtakes territory")
                                           : QStringLiteral("Government regains territory");
    case EventType::Other:
        return QStringLiteral("Looting/property destruction"); // its triggers' sense
    case EventType::Offensive:
    case EventType::Control:
    case EventType::Withdrawal:
    case EventType::Patrol:
        return {}; // Frontline's own: no ACLED sub-event type
    }
    return {};
}

} // namespace frontline
