#include "Selection.h"

namespace frontline {

void Selection::selectPlace(const QString &placeId, SentenceRef sentence)
{
    m_placeId = placeId;
    m_eventIds.clear();
    m_sentence = sentence;
    Q_EMIT changed(false);
}

void Selection::selectEvent(const QString &eventId, const QString &placeId, SentenceRef sentence)
{
    selectEvents({eventId}, placeId, sentence);
}

void Selection::selectEvents(const QStringList &eventIds, const QString &placeId,
                             SentenceRef sentence)
{
    m_placeId = placeId;
    m_eventIds = eventIds;
    m_sentence = sentence;
    Q_EMIT changed(false);
}

void Selection::selectSentence(SentenceRef sentence)
{
    m_placeId.clear();
    m_eventIds.clear();
    m_sentence = sentence;
    Q_EMIT changed(true);
}

void Selection::clear()
{
    m_placeId.clear();
    m_eventIds.clear();
    m_sentence = {};
    Q_EMIT changed(false);
}

} // namespace frontline
