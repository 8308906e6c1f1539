#include "EventsResult.h"

namespace frontline {

QString eventTypeName(EventType type)
{
    static const char *const names[] = {"offensive", "capture",    "control", "clash",  "airstrike",
                                        "shelling",  "explosion",  "attack",  "arrest", "protest",
                                        "riot",      "withdrawal", "patrol",  "other"};
    return QLatin1String(names[int(type)]);
}

QString eventTypeTitle(EventType type)
{
    QString title = eventTypeName(type);
    title[0] = title[0].toUpper();
    return title;
}

QString eventStatusName(EventStatus status)
{
    static const char *const names[] = {"reported", "planned", "claimed", "denied"};
    return QLatin1String(names[int(status)]);
}

QString controlStatusName(ControlStatus status)
{
    static const char *const names[] = {"held", "captured", "contested", "lost"};
    return QLatin1String(names[int(status)]);
}

} // namespace frontline
