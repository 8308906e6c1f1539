#pragma once

#include <QColor>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>

class QTcpServer;

namespace frontline::test {

// A tile server on 127.0.0.1 for the online tile layer's tests: answers GET /Z/X/Y.png with a
// 256-pixel PNG tile of one colour, on a thread of its own (GDAL fetches synchronously).
// It records each request's path and User-Agent.
class LocalTileServer
{
public:
    explicit LocalTileServer(const QColor &color);
    ~LocalTileServer();

    quint16 port() const { return m_port; }
    QString urlTemplate() const;
    QStringList requests() const;
    QStringList userAgents() const;

private:
    void serve(const QByteArray &request, QByteArray *reply);

    QThread m_thread;
    QObject *m_context = nullptr;   // lives on m_thread: what runs there is invoked on it
    QTcpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QByteArray m_tile;
    mutable QMutex m_mutex;
    QStringList m_requests, m_userAgents;
};

} // namespace frontline::test
