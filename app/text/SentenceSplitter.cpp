#include "SentenceSplitter.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <memory>
#include <numeric>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace frontline {
namespace {

TextRange trimmed(QStringView text, int start, int end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

// Abbreviations common in news that CLDR's English list lacks: titles and ranks before a
// name, a saint's before a town's ("St. Louis"), month abbreviations before a day, and the
// initials news writes before a title far more often than at a sentence's end ("U.S. officials").
const char16_t *const kExtraAbbreviations[] = {
    u"Gen.", u"Lt.",  u"Col.", u"Maj.",  u"Capt.", u"Sgt.", u"Cpl.", u"Brig.",  u"Adm.", u"Cmdr.",
    u"Gov.", u"Sen.", u"Rep.", u"Pres.", u"Amb.",  u"Rev.", u"Mt.",  u"Ft.",    u"St.",  u"Ste.",
    u"Jan.", u"Feb.", u"Aug.", u"Sept.", u"Oct.",  u"Nov.", u"Dec.", u"Gov't.", u"U.S.", u"U.K.",
};

std::unique_ptr<icu::BreakIterator> createSentenceBreaker()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale english("en_US");
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(english, status));
    std::unique_ptr<icu::BreakIterator> base(
        icu::BreakIterator::createSentenceInstance(english, status));
    if (U_FAILURE(status))
        return nullptr;
    for (const char16_t *abbreviation : kExtraAbbreviations)
        builder->suppressBreakAfter(icu::UnicodeString(abbreviation), status);
    // The builder takes ownership of the base iterator.
    std::unique_ptr<icu::BreakIterator> filtered(
        builder->wrapIteratorWithFilter(base.release(), status));
    return U_SUCCESS(status) ? std::move(filtered) : nullptr;
}

} // namespace

namespace {

// Past this many characters a text's sentences are found on all cores, a part each (an article
// of tens of megabytes is one feed pasted together).
constexpr qsizetype kCharactersPerPart = 1 << 20;

// The sentences of `part`, which begins at `offset` in the text.
void splitPart(QStringView part, qsizetype offset, std::vector<TextRange> &sentences)
{
    // Building the iterator loads ICU's rules: done once a thread, then reused.
    thread_local const std::unique_ptr<icu::BreakIterator> breaker = createSentenceBreaker();
    // Over the text where it lies: setText(UnicodeString) would copy a possibly large article.
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UText, decltype(&utext_close)> over(
        utext_openUChars(nullptr, reinterpret_cast<const UChar *>(part.utf16()),
                         int64_t(part.size()), &status),
        &utext_close);
    if (breaker)
        breaker->setText(over.get(), status);
    if (!breaker || U_FAILURE(status)) {
        sentences.push_back({int(offset), int(offset + part.size())});
        return;
    }
    int start = breaker->first();
    for (int end = breaker->next(); end != icu::BreakIterator::DONE; end = breaker->next()) {
        const TextRange range = trimmed(part, start, end);
        if (range.length() > 0)
            sentences.push_back({int(offset + range.start), int(offset + range.end)});
        start = end;
    }
}

// Where a long text is cut into parts: after a line break near each equal share. ICU breaks a
// sentence after every line break, and no abbreviation holds one back (its filter looks past a
// space only), so the parts' sentences are the whole text's.
std::vector<qsizetype> partBounds(QStringView text, qsizetype parts)
{
    std::vector<qsizetype> bounds{0};
    for (qsizetype p = 1; p < parts; ++p) {
        const qsizetype lineBreak =
            text.indexOf(u'\n', std::max(text.size() * p / parts, bounds.back()));
        if (lineBreak < 0)
            break;
        bounds.push_back(lineBreak + 1);
    }
    bounds.push_back(text.size());
    return bounds;
}

} // namespace

std::vector<TextRange> splitSentences(QStringView text)
{
    std::vector<TextRange> sentences;
    if (text.isEmpty())
        return sentences;
    const qsizetype parts =
        std::min<qsizetype>(QThread::idealThreadCount(), text.size() / kCharactersPerPart);
    if (parts <= 1) {
        splitPart(text, 0, sentences);
        return sentences;
    }
    const std::vector<qsizetype> bounds = partBounds(text, parts);
    std::vector<std::vector<TextRange>> found(bounds.size() - 1);
    std::vector<std::size_t> indexes(found.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(indexes, [&](std::size_t i) {
        splitPart(text.sliced(bounds[i], bounds[i + 1] - bounds[i]), bounds[i], found[i]);
    });
    for (const std::vector<TextRange> &part : found)
        sentences.insert(sentences.end(), part.begin(), part.end());
    return sentences;
}

} // namespace frontline
