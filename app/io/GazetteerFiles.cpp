#include "GazetteerFiles.h"

#include "DataPaths.h"
#include "gazetteer/UserGazetteer.h"

namespace frontline {

std::unique_ptr<Gazetteer> openShippedGazetteer(QString *error)
{
    return Gazetteer::open(geodataPath(QStringLiteral("gazetteer.idx")), error);
}

std::shared_ptr<Gazetteer> openGazetteer(QString *error, QString *warning)
{
    std::unique_ptr<Gazetteer> shipped = openShippedGazetteer(error);
    if (!shipped)
        return nullptr;
    QString userError;
    if (auto user = openUserGazetteer(*shipped, &userError))
        return user;
    *warning = userError; // the shipped gazetteer still works: said, not fatal
    return shipped;
}

} // namespace frontline
