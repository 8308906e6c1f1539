#pragma once

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace frontline {

class Document;
class Gazetteer;
class UserGazetteerWriter;

// Keeps the analyst's gazetteer in step with their placements and choices: a place they put
// somewhere is stored under its own id (it wins over the shipped place next time), a reading
// they chose for a name wins that name next time, and what an undo takes back is taken back
// there too. Rewriting the index takes seconds, so it is done
// off the GUI thread, one write at a time, in the order of the edits.
class AnalystPlaceSaver : public QObject
{
    Q_OBJECT
public:
    explicit AnalystPlaceSaver(const Document &document, QObject *parent = nullptr);
    ~AnalystPlaceSaver() override; // waits for the write under way

    // Blocks until every write asked for is done.
    void wait() { m_writes.waitForDone(); }

Q_SIGNALS:
    // The rewritten index, or nullptr when it could not be written.
    void saved(std::shared_ptr<Gazetteer> gazetteer);

private:
    void save(const QString &placeId);
    void saveChoice(const QString &placeId, const QStringList &names, bool chosen);
    void write(std::function<void(UserGazetteerWriter &)> change);

    const Document &m_document;
    QThreadPool m_writes;
};

} // namespace frontline
