#include "RecordedEdit.h"

#include <QtGlobal>

namespace frontline {

QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("analyst"); // a service account may have neither
}

EditStamp EditStamp::now()
{
    return {loginName(), QDateTime::currentDateTimeUtc()};
}

} // namespace frontline
