#include "SentenceSplitter.h"

#include <memory>
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
// name, and month abbreviations before a day.
const char16_t *const kExtraAbbreviations[] = {
    u"Gen.",  u"Lt.",  u"Col.", u"Maj.",  u"Capt.", u"Sgt.", u"Cpl.", u"Brig.",  u"Adm.",
    u"Cmdr.", u"Gov.", u"Sen.", u"Rep.",  u"Pres.", u"Amb.", u"Rev.", u"Mt.",    u"Ft.",
    u"Jan.",  u"Feb.", u"Aug.", u"Sept.", u"Oct.",  u"Nov.", u"Dec.", u"Gov't.",
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

std::vector<TextRange> splitSentences(QStringView text)
{
    std::vector<TextRange> sentences;
    if (text.isEmpty())
        return sentences;

    // Building the iterator loads ICU's rules: done once a thread, then reused.
    thread_local const std::unique_ptr<icu::BreakIterator> breaker = createSentenceBreaker();
    if (!breaker) {
        sentences.push_back({0, int(text.size())});
        return sentences;
    }
    // Over the text where it lies: setText(UnicodeString) would copy a possibly large article.
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UText, decltype(&utext_close)> over(
        utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()),
                         int64_t(text.size()), &status),
        &utext_close);
    breaker->setText(over.get(), status);
    if (U_FAILURE(status)) {
        sentences.push_back({0, int(text.size())});
        return sentences;
    }
    int start = breaker->first();
    for (int end = breaker->next(); end != icu::BreakIterator::DONE; end = breaker->next()) {
        const TextRange range = trimmed(text, start, end);
        if (range.length() > 0)
            sentences.push_back(range);
        start = end;
    }
    return sentences;
}

} // namespace frontline
