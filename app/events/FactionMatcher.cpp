#include "FactionMatcher.h"

#include "gazetteer/NameKey.h"


#include <algorithm>

namespace frontline {

FactionMatcher::FactionMatcher(const std::vector<const Faction *> &factions)
{
    // Aliases are cut into words by the same tokenizer as the text, so "al-Shabaab" and
    // "US-led" split (or not) the same way in both.
    WordTokens words;
    for (const Faction *faction : factions)
        for (const QString &alias : faction->aliases) {
            Alias entry{{}, {}, faction};
            words.tokenize(alias, {0, int(alias.size())});
            for (std::size_t i = 0; i < words.tokens().size(); ++i) {
                if (i == 0 && words.key(i) == "the" && words.tokens().size() > 1)
                    continue; // "the jihadists": matched from "jihadists", so "the" stays no candidate
                entry.words.emplace_back(words.key(i));
                entry.capitals.push_back(words.tokens()[i].allCaps);
            }
            if (!entry.words.empty())
                m_aliases.push_back(std::move(entry));
        }
    std::stable_sort(m_aliases.begin(), m_aliases.end(),
                     [](const Alias &a, const Alias &b) { return a.words.size() > b.words.size(); });
    for (int i = 0; i < int(m_aliases.size()); ++i) {
        m_byFirstWord[m_aliases[i].words.front()].push_back(i);
        m_firstWords.add(m_aliases[i].words.front());
    }
}

void FactionMatcher::find(const WordTokens &words, const SentenceLexicon &lexicon,
                          std::vector<FactionMention> &out) const
{
    const auto &tokens = words.tokens();
    std::size_t next = 0; // words before it are part of a mention already found
    for (const std::uint32_t candidate : lexicon.extraCandidates()) {
        std::size_t i = candidate;
        if (i < next)
            continue;
        const auto candidates = m_byFirstWord.find(words.key(i));
        if (candidates == m_byFirstWord.end())
            continue;
        for (int a : candidates->second) {
            const Alias &alias = m_aliases[a];
            if (i + alias.words.size() > tokens.size())
                continue;
            bool matches = true;
            for (std::size_t w = 0; w < alias.words.size() && matches; ++w)
                matches = words.key(i + w) == alias.words[w] &&
                          (!alias.capitals[w] || tokens[i + w].allCaps);
            if (!matches)
                continue;
            const std::size_t first = i > 0 && words.key(i - 1) == "the" ? i - 1 : i;
            out.push_back({first, i + alias.words.size() - 1, alias.faction});
            next = i + alias.words.size();
            break;
        }
    }
}

bool FactionMatcher::covers(const std::vector<FactionMention> &mentions, std::size_t token)
{
    return std::any_of(mentions.begin(), mentions.end(), [token](const FactionMention &m) {
        return token >= m.firstToken && token <= m.lastToken;
    });
}

} // namespace frontline
