#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>

namespace frontline {

QString dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("FRONTLINE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/frontline"));
}

QString geodataPath(const QString &fileName)
{
    return dataDirectory() + QStringLiteral("/geodata/") + fileName;
}

QString resourcePath(const QString &relativePath)
{
    return dataDirectory() + QLatin1Char('/') + relativePath;
}

} // namespace frontline
