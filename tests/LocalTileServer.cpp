#include "LocalTileServer.h"

#include <QBuffer>
#include <QImage>
#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace frontline::test {

LocalTileServer::LocalTileServer(const QColor &color)
{
    QImage tile(256, 256, QImage::Format_ARGB32);
    tile.fill(color);
    QBuffer buffer(&m_tile);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");

    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer;
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        const QByteArray request = socket->readAll();
                        if (!request.contains("\r\n\r\n"))
                            return; // the headers are not all in yet
                        QByteArray reply;
                        serve(request, &reply);
                        socket->write(reply);
                        socket->disconnectFromHost();
                    });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

LocalTileServer::~LocalTileServer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LocalTileServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port);
}

QStringList LocalTileServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QStringList LocalTileServer::userAgents() const
{
    QMutexLocker lock(&m_mutex);
    return m_userAgents;
}

void LocalTileServer::serve(const QByteArray &request, QByteArray *reply)
{
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    {
        QMutexLocker lock(&m_mutex);
        m_requests << QString::fromLatin1(first.value(1));
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("user-agent:"))
                m_userAgents << QString::fromLatin1(line.mid(11).trimmed());
    }
    if (first.value(0) != "GET" || !first.value(1).endsWith(".png")) {
        *reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        return;
    }
    *reply = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(m_tile.size()) +
             "\r\nConnection: close\r\n\r\n" + m_tile;
}

} // namespace frontline::test
