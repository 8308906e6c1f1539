#pragma once

#include "text/Article.h"

#include <QStringView>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// A word of running text: letters and digits with inner apostrophes and hyphens ("al-Tanaf",
// "Deir Az-Zour"). A possessive "'s" and a lower-case hyphenated tail ("US-backed",
// "Kurdish-led") are left out, so the name stands alone.
struct WordToken
{
    int start = 0; // UTF-16 index into the text
    int end = 0;
    mutable int keyBegin = -1;          // the folded key (NameKey.h) in WordTokens' buffer, made on
    mutable int keyEnd = -1;            // first use: most words are never looked up
    bool capitalised = false;           // upper-case first letter, or an Arabic article before one
    bool allCaps = false;               // "IS", "NSA", "KHARKIV"
    bool sentenceInitial = false;       // first word of its sentence
    mutable bool foreignScript = false; // letters other than Latin: never matched (known
                                        // once the key is made)
    bool spaceBefore = false;           // joined to the previous word by spaces only
    bool dotted = false;                // initials with their full stops: "U.S.", "D.C.", "U.A.E."
    bool possessive = false;            // an "'s" follows, left out of the word: "People's"
};

// The words of one sentence, with their folded keys in one reused buffer.
class WordTokens
{
public:
    void tokenize(QStringView text, TextRange sentence);

    const std::vector<WordToken> &tokens() const { return m_tokens; }
    std::string_view key(const WordToken &token) const
    {
        if (token.keyBegin < 0)
            makeKey(token);
        return {m_keys.data() + token.keyBegin, std::size_t(token.keyEnd - token.keyBegin)};
    }
    std::string_view key(std::size_t index) const { return key(m_tokens[index]); }
    // The first word that ends after `position` (tokens().size() if none): with the words
    // in text order, a binary search.
    std::size_t firstEndingAfter(int position) const;
    // Whether the character right after word `index` is `c` ("US$": a currency, not a place).
    bool followedBy(std::size_t index, QChar c) const
    {
        const int end = m_tokens[index].end;
        return end < m_text.size() && m_text.at(end) == c;
    }
    bool isForeign(std::size_t index) const
    {
        key(index);
        return m_tokens[index].foreignScript;
    }

private:
    void makeKey(const WordToken &token) const;

    QStringView m_text;
    std::vector<WordToken> m_tokens;
    mutable std::string m_keys;
};

} // namespace frontline
