#include "ProjectState.h"

#include "Document.h"
#include "EditArticleCommand.h"
#include "events/EventExtractor.h"
#include "geoparse/Geoparser.h"

namespace frontline {
namespace {

// The articles' title, source and date before the edits still in effect: an edit made again on
// an opened project then finds what it found when first made.
void takeBackArticleEdits(const QUndoStack &stack, std::vector<Article> &articles)
{
    for (int i = stack.index() - 1; i >= 0; --i) {
        const auto *edit = dynamic_cast<const EditArticleCommand *>(stack.command(i));
        if (!edit || edit->article() >= int(articles.size()))
            continue;
        Article &article = articles[std::size_t(edit->article())];
        article.title = edit->before().title;
        article.source = edit->before().source;
        article.date = edit->before().date;
    }
}

} // namespace

ProjectState projectStateOf(const Document &document)
{
    ProjectState state;
    state.articles = document.articles();
    const QUndoStack &stack = *document.undoStack();
    takeBackArticleEdits(stack, state.articles);
    state.edits = recordedEdits(stack);
    state.undoIndex = stack.index();
    state.viewFilter = document.viewFilter();
    return state;
}

bool restoreDocument(Document &document, ProjectState state, const Geoparser &geoparser,
                     const EventExtractor *events, QString *error)
{
    document.clear();
    auto geoparse = std::make_shared<GeoparseResult>();
    auto eventsRead = std::make_shared<EventsResult>();
    std::vector<WordTokens> words;
    for (int i = 0; i < int(state.articles.size()); ++i) {
        geoparser.parse(state.articles[i], i, *geoparse, &words);
        if (events)
            events->extract(state.articles[i], i, *geoparse, *eventsRead, &words);
    }
    document.addAnalysedArticles(std::move(state.articles), std::move(geoparse),
                                 std::move(eventsRead));
    if (!replayEdits(document, state.edits, state.undoIndex, error))
        return false;
    document.setViewFilter(state.viewFilter);
    return true;
}

} // namespace frontline
