#include "SentenceSplitter.h"

#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <memory>
#include <numeric>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace frontline {

using namespace Qt::StringLiterals;
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
// name, a saint's before a town's ("St. Louis"), and month abbreviations before a day.
const char16_t *const kExtraAbbreviations[] = {
    u"Gen.", u"Lt.",  u"Col.", u"Maj.",  u"Capt.", u"Sgt.", u"Cpl.", u"Brig.",  u"Adm.", u"Cmdr.",
    u"Gov.", u"Sen.", u"Rep.", u"Pres.", u"Amb.",  u"Rev.", u"Mt.",  u"Ft.",    u"St.",  u"Ste.",
    u"Jan.", u"Feb.", u"Aug.", u"Sept.", u"Oct.",  u"Nov.", u"Dec.", u"Gov't.",
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

// Where an acronym in capitals ends a sentence ("... according to the WHO. In ..."): ICU's
// filter takes its last letter and full stop for an initial ("O.") and holds the break back.
bool acronymEndsSentence(QStringView text, qsizetype stop, qsizetype end)
{
    constexpr qsizetype kMinAcronymLetters = 2; // "UN", "WHO", "NATO"
    qsizetype letters = 0;
    for (qsizetype i = stop - 1; i >= 0 && text.at(i).isLetter(); --i, ++letters)
        if (!text.at(i).isUpper())
            return false;
    const qsizetype next = stop + 2; // after the full stop and one space
    return letters >= kMinAcronymLetters &&
           (stop - letters == 0 || text.at(stop - letters - 1) != u'.') && next < end &&
           text.at(stop + 1) == u' ' && text.at(next).isUpper();
}

// "the U.S. Army", "U.K. ministers": ICU ends a sentence after initials before any capital, where
// news far more often goes on with a title or a name. A word that opens sentences after them
// ("... to the U.S. The ...") or a line break still ends it.
bool initialsGoOn(QStringView text, qsizetype breakAt)
{
    static const QSet<QString> kOpeners{
        u"the"_s,   u"a"_s,       u"an"_s,    u"he"_s,   u"she"_s,   u"it"_s,    u"its"_s,
        u"they"_s,  u"we"_s,      u"i"_s,     u"you"_s,  u"this"_s,  u"that"_s,  u"these"_s,
        u"those"_s, u"there"_s,   u"but"_s,   u"and"_s,  u"or"_s,    u"in"_s,    u"on"_s,
        u"at"_s,    u"for"_s,     u"after"_s, u"when"_s, u"while"_s, u"as"_s,    u"if"_s,
        u"his"_s,   u"her"_s,     u"their"_s, u"our"_s,  u"some"_s,  u"many"_s,  u"most"_s,
        u"both"_s,  u"one"_s,     u"no"_s,    u"so"_s,   u"yet"_s,   u"since"_s, u"however"_s,
        u"of"_s,    u"usually"_s, u"then"_s};
    qsizetype stop = breakAt;
    while (stop > 0 && text.at(stop - 1) == u' ')
        --stop;
    if (stop == breakAt || stop < 4 || text.at(stop - 1) != u'.' || !text.at(stop - 2).isUpper() ||
        text.at(stop - 3) != u'.' || !text.at(stop - 4).isUpper())
        return false; // no initials, or a line break after them
    qsizetype wordEnd = breakAt;
    while (wordEnd < text.size() && text.at(wordEnd).isLetter())
        ++wordEnd;
    return wordEnd > breakAt && text.at(breakAt).isUpper() &&
           !kOpeners.contains(text.sliced(breakAt, wordEnd - breakAt).toString().toLower());
}

// Adds `range` of `part` as sentences, cut after each acronym that ends one.
void splitAfterAcronyms(QStringView part, TextRange range, qsizetype offset,
                        std::vector<TextRange> &sentences)
{
    int start = range.start;
    for (qsizetype stop = part.indexOf(u". ", range.start); stop >= 0 && stop < range.end;
         stop = part.indexOf(u". ", stop + 1)) {
        if (!acronymEndsSentence(part, stop, range.end))
            continue;
        sentences.push_back({int(offset + start), int(offset + stop + 1)});
        start = int(stop + 2);
    }
    if (range.end > start)
        sentences.push_back({int(offset + start), int(offset + range.end)});
}

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
        if (initialsGoOn(part, end))
            continue;
        splitAfterAcronyms(part, trimmed(part, start, end), offset, sentences);
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
