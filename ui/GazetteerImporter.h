#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace frontline {

class Gazetteer;

// Imports GeoNames dumps into the user gazetteer off the GUI thread, with a cancellable
// progress dialog; emits the new gazetteer when done.
class GazetteerImporter : public QObject
{
    Q_OBJECT
public:
    GazetteerImporter(const QStringList &files, QWidget *parent);
    void start();

Q_SIGNALS:
    void imported(std::shared_ptr<Gazetteer> gazetteer, const QString &summary);
    void failed(const QString &message);

private:
    QStringList m_files;
    QWidget *m_parent;
};

} // namespace frontline
