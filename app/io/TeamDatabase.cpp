#include "TeamDatabase.h"

#include "geo/GdalSession.h"

#include <QRegularExpression>
#include <gdal_priv.h>
#include <libpq-fe.h>
#include <ogrsf_frmts.h>
#include <vector>

namespace frontline {
namespace {

constexpr QLatin1String kPrefix("PG:");
// A host that drops packets would otherwise keep the window or the command waiting for
// minutes (the system's TCP timeout).
constexpr int kConnectTimeoutSeconds = 10;
constexpr const char *kDriver = "PostgreSQL";

struct ConnectionOption
{
    QByteArray key;
    QByteArray value;
    bool secret = false; // libpq's password field ("*"): never shown
};

// The options a connection sets, read by libpq's own parser; false with its reason.
bool parseConnection(const QString &connection, std::vector<ConnectionOption> *options,
                     QString *error)
{
    char *message = nullptr;
    PQconninfoOption *parsed =
        PQconninfoParse(connection.mid(kPrefix.size()).toUtf8().constData(), &message);
    if (!parsed) {
        *error = message ? QString::fromUtf8(message).simplified() : QStringLiteral("no memory");
        PQfreemem(message);
        return false;
    }
    for (const PQconninfoOption *option = parsed; option->keyword; ++option)
        if (option->val)
            options->push_back({option->keyword, option->val, qstrcmp(option->dispchar, "*") == 0});
    PQconninfoFree(parsed);
    return true;
}

// A value as libpq reads it: in single quotes, a quote or backslash escaped by a backslash.
QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '\'';
}

QByteArray joined(const std::vector<ConnectionOption> &options, bool withSecrets)
{
    QByteArrayList parts;
    for (const ConnectionOption &option : options)
        if (withSecrets || !option.secret)
            parts << option.key + '=' + quoted(option.value);
    return kPrefix.latin1() + parts.join(' ');
}

void addUnlessSet(std::vector<ConnectionOption> &options, const QByteArray &key,
                  const QByteArray &value)
{
    for (const ConnectionOption &option : options)
        if (option.key == key)
            return;
    options.push_back({key, value});
}

// libpq's reason for a failed connection, in the user's words.
QString whyNoConnection(const QString &libpqMessage)
{
    // libpq's words (a pattern; what it captures is the name in ours) and ours.
    static const std::pair<const char *, const char *> kCauses[] = {
        {"Connection refused", "nothing answers there (connection refused)"},
        {"no password supplied", "the server asks for a password and none was given"},
        {"password authentication failed for user \"(.*)\"", "wrong password for user \"%1\""},
        {"database \"(.*)\" does not exist", "the server has no database \"%1\""},
        {"role \"(.*)\" does not exist", "the server has no user \"%1\""},
        {"could not translate host name \"(.*)\"", "no host is known as \"%1\""}};
    for (const auto &[pattern, words] : kCauses) {
        const QRegularExpressionMatch match =
            QRegularExpression(QLatin1String(pattern)).match(libpqMessage);
        if (match.hasMatch())
            return QString::fromUtf8(words).replace(QLatin1String("%1"), match.captured(1));
    }
    // Another cause: libpq's own line, without its "connection to server ... failed:" lead.
    const QString line = libpqMessage.section(QLatin1String("failed:"), -1).simplified();
    return QStringLiteral("cannot connect: ") +
           line.section(QLatin1String("FATAL: "), -1).trimmed();
}

bool hasPostgis(GDALDataset &dataset)
{
    OGRLayer *result = dataset.ExecuteSQL(
        "SELECT extversion FROM pg_extension WHERE extname = 'postgis'", nullptr, nullptr);
    if (!result)
        return false;
    const bool found = OGRFeatureUniquePtr(result->GetNextFeature()) != nullptr;
    dataset.ReleaseResultSet(result);
    return found;
}

} // namespace

bool isDatabaseConnection(const QString &target)
{
    return target.startsWith(kPrefix, Qt::CaseInsensitive);
}

QString databaseConnection(const DatabaseLogin &login)
{
    std::vector<ConnectionOption> options;
    const auto add = [&](const char *key, const QString &value, bool secret = false) {
        if (!value.isEmpty())
            options.push_back({key, value.toUtf8(), secret});
    };
    add("host", login.host);
    add("port", login.port > 0 ? QString::number(login.port) : QString());
    add("dbname", login.database);
    add("user", login.user);
    add("password", login.password, true);
    return QString::fromUtf8(joined(options, true));
}

QString describeDatabase(const QString &connection)
{
    std::vector<ConnectionOption> options;
    QString ignored;
    return parseConnection(connection, &options, &ignored)
               ? QString::fromUtf8(joined(options, false))
               : QStringLiteral("the database");
}

std::unique_ptr<GDALDataset> openTeamDatabase(const QString &connection, bool forWriting,
                                              QString *error)
{
    ensureGdalReady();
    std::vector<ConnectionOption> options;
    QString unreadable;
    if (!isDatabaseConnection(connection) || !parseConnection(connection, &options, &unreadable)) {
        *error =
            QStringLiteral("the database connection does not read: %1")
                .arg(unreadable.isEmpty() ? QStringLiteral("it must begin with PG:") : unreadable);
        return nullptr;
    }
    if (!GetGDALDriverManager()->GetDriverByName(kDriver)) {
        *error = QStringLiteral("this GDAL was built without its PostgreSQL driver");
        return nullptr;
    }
    const QString where = QString::fromUtf8(joined(options, false));
    addUnlessSet(options, "connect_timeout", QByteArray::number(kConnectTimeoutSeconds));
    addUnlessSet(options, "application_name", "frontline"); // the server's view of who is in
    const char *const drivers[] = {kDriver, nullptr};
    CPLErrorReset();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(joined(options, true).constData(),
                          GDAL_OF_VECTOR | (forWriting ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
                          drivers, nullptr, nullptr));
    if (!dataset) {
        *error =
            where + QStringLiteral(": ") + whyNoConnection(QString::fromUtf8(CPLGetLastErrorMsg()));
        return nullptr;
    }
    if (!hasPostgis(*dataset)) {
        *error = where + QStringLiteral(": the database has no PostGIS (its owner can add it: "
                                        "CREATE EXTENSION postgis)");
        return nullptr;
    }
    return dataset;
}

QByteArray sqlText(const QString &text)
{
    return '\'' + text.toUtf8().replace('\'', "''") + '\'';
}

} // namespace frontline
