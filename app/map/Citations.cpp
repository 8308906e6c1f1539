#include "Citations.h"

#include "LayerStack.h"
#include "MapOverlay.h"
#include "document/Document.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace frontline {
namespace {

// Something drawn on the map and the sentence it was read from.
struct CitedPoint
{
    QPointF world;
    bool atEvent = false;
    SentenceRef sentence;
};

bool readsBefore(SentenceRef a, SentenceRef b)
{
    return std::tie(a.article, a.sentence) < std::tie(b.article, b.sentence);
}

bool inBox(const QRectF &world, QPointF point)
{
    return world.isNull() || world.contains(point);
}

std::vector<CitedPoint> citedEvents(const MapOverlay &overlay, const LayerStack &layers,
                                    const QRectF &world)
{
    std::vector<CitedPoint> cited;
    if (!layers.builtIn(LayerKind::Events).visible)
        return cited;
    for (const MapEventMarker &event : overlay.events)
        if (event.article >= 0 && event.sentence >= 0 && inBox(world, event.world))
            cited.push_back({event.world, true, {event.article, event.sentence}});
    return cited;
}

// The first sentence naming the place in an article the map shows.
SentenceRef firstShownMention(const Document &document, const QString &placeId)
{
    for (int mention : document.mentionsOfPlace(document.geoparse().findPlace(placeId))) {
        const SentenceRef sentence = document.sentenceOfMention(mention);
        if (sentence.isValid() && document.viewFilter().showsArticle(sentence.article))
            return sentence;
    }
    return {};
}

std::vector<CitedPoint> citedPlaces(const Document &document, const MapOverlay &overlay,
                                    const LayerStack &layers, const QRectF &world)
{
    std::vector<CitedPoint> cited;
    if (!layers.builtIn(LayerKind::Places).visible)
        return cited;
    for (const MapMarker &marker : overlay.markers)
        if (inBox(world, marker.world))
            if (const SentenceRef sentence = firstShownMention(document, marker.placeId);
                sentence.isValid())
                cited.push_back({marker.world, false, sentence});
    return cited;
}

CitedSentence noteOf(const Document &document, SentenceRef ref, int number)
{
    const Article &article = document.articles().at(std::size_t(ref.article));
    const TextRange range = article.sentences.at(std::size_t(ref.sentence));
    return {number, ref.article, article.title, article.date, article.slice(range).simplified()};
}

// One mark a point, carrying the numbers of every sentence that put something there.
std::vector<CitationMark> marksOf(const std::vector<CitedPoint> &cited,
                                  const std::vector<SentenceRef> &order)
{
    const auto numberOf = [&](SentenceRef ref) {
        const auto found = std::lower_bound(order.begin(), order.end(), ref, readsBefore);
        return int(found - order.begin()) + 1;
    };
    std::vector<CitationMark> marks;
    std::map<std::tuple<double, double, bool>, std::size_t> markAt;
    for (const CitedPoint &point : cited) {
        const auto key = std::make_tuple(point.world.x(), point.world.y(), point.atEvent);
        const auto [found, added] = markAt.try_emplace(key, marks.size());
        if (added)
            marks.push_back({point.world, point.atEvent, {}});
        std::vector<int> &numbers = marks[found->second].numbers;
        const int number = numberOf(point.sentence);
        if (std::find(numbers.begin(), numbers.end(), number) == numbers.end())
            numbers.insert(std::upper_bound(numbers.begin(), numbers.end(), number), number);
    }
    return marks;
}

} // namespace

void Citations::keepFirst(int count)
{
    if (count >= int(sentences.size()))
        return;
    leftOut += int(sentences.size()) - count;
    sentences.resize(std::size_t(std::max(count, 0)));
    for (CitationMark &mark : marks)
        std::erase_if(mark.numbers, [count](int number) { return number > count; });
    std::erase_if(marks, [](const CitationMark &mark) { return mark.numbers.empty(); });
}

Citations citeSentences(const Document &document, const MapOverlay &overlay,
                        const LayerStack &layers, const QRectF &world)
{
    std::vector<CitedPoint> cited = citedEvents(overlay, layers, world);
    if (cited.empty())
        cited = citedPlaces(document, overlay, layers, world);
    std::vector<SentenceRef> order;
    for (const CitedPoint &point : cited)
        order.push_back(point.sentence);
    std::sort(order.begin(), order.end(), readsBefore);
    order.erase(std::unique(order.begin(), order.end()), order.end());
    Citations citations;
    for (std::size_t i = 0; i < order.size(); ++i)
        citations.sentences.push_back(noteOf(document, order[i], int(i) + 1));
    citations.marks = marksOf(cited, order);
    return citations;
}

} // namespace frontline
