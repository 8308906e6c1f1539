#pragma once

#include "Document.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace frontline {

// The one selection shared by the map, the source panel and the event table: a place, a
// sentence, a place with the sentence it was picked from, or events (the first with its place
// and the sentence it was read from).
class Selection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QString placeId() const { return m_placeId; }
    SentenceRef sentence() const { return m_sentence; }
    QString eventId() const { return m_eventIds.value(0); }
    const QStringList &eventIds() const { return m_eventIds; }

    void selectPlace(const QString &placeId, SentenceRef sentence);
    void selectSentence(SentenceRef sentence);
    void selectEvent(const QString &eventId, const QString &placeId, SentenceRef sentence);
    // Several events at once (rows of the event table): the first leads, with its place and
    // sentence.
    void selectEvents(const QStringList &eventIds, const QString &placeId, SentenceRef sentence);
    void clear();

Q_SIGNALS:
    // `fromSentence` tells views that the user picked a sentence (the map follows it),
    // not a place (the text follows it).
    void changed(bool fromSentence);

private:
    QString m_placeId;
    QStringList m_eventIds;
    SentenceRef m_sentence;
};

} // namespace frontline
