#pragma once

#include "EventLexicon.h"
#include "EventsResult.h"
#include "FactionMatcher.h"
#include "geoparse/GeoparseResult.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

// A place mention of the sentence, by word position.
struct PlaceWords
{
    std::size_t firstToken, lastToken;
    int place; // index into GeoparseResult::places
};

// What an article says before the current sentence, for pronouns and anaphors.
struct Discourse
{
    const Faction *lastFaction = nullptr;
    const Faction *lastSpeaker = nullptr; // the faction of the last "said X spokesman"
    const Faction *lastGroup = nullptr;   // the last armed group (not a government) named
    std::map<std::string, int, std::less<>>
        featurePlaces;         // "dam" -> the place of "the Kakhovka dam"
    int lastFeaturePlace = -1; // for "the site", "the facility"
    int lastPointPlace = -1;
    int lastPlace = -1;
};

// An event found in one sentence, with the places still as indexes.
struct SentenceEvent
{
    Event event;
    int target = -1, origin = -1;
    bool into = false; // "edged into": present in the place
    bool passive = false;
    QString areaDirection;        // "far west" of an area target
    bool generic = false;         // "pressure from offensives": no subject acts
    bool nominal = false;         // a noun ("offensive", "assault"), not a verb
    bool nounTelling = false;     // told by a noun ("the blast", "Israeli artillery")
    bool definiteNominal = false; // "the operation", "the offensive": may retell an earlier act
    const Faction *actor = nullptr;
    int triggerIndex = -1; // the trigger it was read from, in its sentence
};

// Reads the events of one tokenised sentence.
class SentenceEvents
{
public:
    struct Trigger
    {
        std::size_t first, last;
        const TriggerEntry *entry;
        // The words the act is told by: the trigger, with an aspectual verb joined ("clashes
        // erupted", "continued their offensive").
        std::size_t spanFirst, spanLast;
    };
    // What the rules ask of each word, worked out once.
    struct WordFacts
    {
        const PlaceWords *place = nullptr;       // its place mention, if any
        const FactionMention *faction = nullptr; // its faction mention, if any
        bool boundaryBefore = false; // a comma, semicolon, colon, dash or quote before the word
        bool inTrigger = false;      // the word is part of a trigger
        std::uint32_t clauseStart = 0, clauseEnd = 0; // the first and last word of its clause
    };
    // Storage an article's sentences reuse: a fresh buffer per sentence costs more than
    // reading most sentences does.
    struct Buffers
    {
        std::vector<WordFacts> facts;
        std::vector<Trigger> triggers;
    };

    SentenceEvents(const WordTokens &words, const SentenceLexicon &lexicon, QStringView text,
                   const std::vector<FactionMention> &factions,
                   const std::vector<PlaceWords> &places, const std::vector<TimeSpan> &times,
                   const GeoparseResult &geoparse, const Discourse &discourse, Buffers &buffers);

    // Appends the sentence's events to `events`.
    void extract(std::vector<SentenceEvent> &events) const;

private:
    void findTriggers();
    // The steps of extract() (EventReading.cpp).
    bool readAct(const Trigger &trigger, SentenceEvent &e) const;
    EventType fromTheAir(const Trigger &trigger, EventType type) const;
    bool tellsAnAct(const Trigger &trigger, EventType *type) const;
    bool outFollows(const Trigger &trigger) const;
    bool takesAPrize(const Trigger &trigger) const;
    bool classAhead(std::size_t after, std::size_t reach, WordClass wordClass) const;
    bool isOtherSense(const Trigger &trigger) const;
    bool isBackground(const Trigger &trigger) const;
    EventType offensiveOrAttack(const Trigger &trigger, EventType type) const;
    void placeAct(const Trigger &trigger, SentenceEvent &e) const;
    void actorsOf(const Trigger &trigger, SentenceEvent &e) const;
    EventType personOrGround(const Trigger &trigger, EventType type) const;
    void circumstances(const Trigger &trigger, SentenceEvent &e) const;
    bool joinEarlierTelling(std::vector<SentenceEvent> &events, std::size_t first,
                            const SentenceEvent &e) const;
    void placeSupportingStrikes(std::vector<SentenceEvent> &events, std::size_t first) const;
    void joinAspectuals();
    bool isNounTelling(const Trigger &trigger) const;
    bool isPassivePersonCapture(const Trigger &trigger) const;
    bool namesPersonAfter(const Trigger &trigger) const;
    bool isPassive(const Trigger &trigger) const;
    bool isNegated(const Trigger &trigger) const;
    void tellInEachListed(std::vector<SentenceEvent> &events, std::size_t told) const;
    bool hasBoundary(std::size_t from,
                     std::size_t to) const; // punctuation before any word of [from, to]
    std::size_t clauseStart(std::size_t token) const { return m_facts[token].clauseStart; }
    std::size_t clauseEnd(std::size_t token) const { return m_facts[token].clauseEnd; }
    const Faction *actorFor(const Trigger &trigger) const;
    std::optional<const Faction *> holderNamedWith(const Trigger &trigger) const;
    const Faction *agentAfter(const Trigger &trigger) const;
    std::optional<const Faction *> passiveAgent(const Trigger &trigger) const;
    bool isActedOn(const FactionMention &f) const;
    const Faction *subjectOf(const Trigger &trigger) const;
    std::vector<const Faction *> clashSides(const Trigger &trigger) const;
    int targetFor(const Trigger &trigger, int origin, int *precision, QString *areaDirection) const;
    int passiveTarget(const Trigger &trigger, int *precision) const;
    int holdingNounTarget(const Trigger &trigger, int *precision) const;
    int pronounTarget(const Trigger &trigger) const;
    int actPlaceTarget(const Trigger &trigger, int origin, int *precision,
                       QString *areaDirection) const;
    int anaphorReferent(const Trigger &trigger, std::size_t word, int *precision) const;
    int objectTarget(const Trigger &trigger, int origin, bool placesToo, int *precision,
                     QString *areaDirection) const;
    int relativeClauseTarget(const Trigger &trigger, int *precision) const;
    int clauseTarget(const Trigger &trigger, int origin, int *precision) const;
    int originFor(const Trigger &trigger) const;
    // Where the act happened, by how each place relates to the trigger (ActPlace.cpp).
    enum class PlaceRelation
    {
        None,
        Object,
        Locative,
        Goal,
        Aim,         // the object of a verb that says the aim: "an offensive to capture X"
        OtherObject, // the object of another act's verb: "bombs struck X, killing five"
        Origin,
        Agent
    };
    struct PlaceLead
    {
        PlaceRelation relation;
        std::size_t
            word; // the word that relates the place ("in", the trigger), or where the lead stops
    };
    PlaceLead leadOf(const PlaceWords &p, const Trigger &trigger) const;
    std::size_t partitiveStart(std::size_t of) const;
    bool joinedToPrevious(std::size_t i) const;
    bool isAttributive(std::size_t i) const;
    std::size_t attributiveStart(std::size_t i) const;
    bool crossesInLead(std::size_t i, std::size_t *looseWords) const;
    bool isCitedPlace(const PlaceWords &p, const PlaceLead &lead) const;
    int positionScore(const PlaceWords &p, const Trigger &trigger, const PlaceLead &lead) const;
    bool triggerBetween(std::size_t from, std::size_t to) const;
    bool tellsHow(std::size_t from, std::size_t to) const;
    bool locatesAnother(const PlaceWords &p) const;
    bool namesBuilding(const PlaceWords &p) const;
    bool isVictimSite(const PlaceWords &p, const Trigger &trigger, const PlaceLead &lead) const;
    bool namesAreaOf(const PlaceWords &p) const;
    bool isProtested(const PlaceWords &p, const Trigger &trigger, const PlaceLead &lead) const;
    bool isOfAct(const PlaceWords &p, const Trigger &trigger) const;
    bool isOwnObject(const PlaceWords &p, const Trigger &trigger) const;
    int placeOfAct(const Trigger &trigger, int origin, const PlaceWords **where) const;
    const PlaceWords *innerOfArea(const PlaceWords &best, const Trigger &trigger, int origin) const;
    const PlaceWords *partNamedAfter(const PlaceWords &best, const Trigger &trigger) const;
    bool placeRelatedAfter(const Trigger &trigger, PlaceRelation relation) const;
    int precisionOf(const PlaceWords &p, std::size_t from) const;
    void noteAreaDirection(const PlaceWords &p, int *precision, QString *areaDirection) const;
    EventStatus statusFor(const Trigger &trigger) const;
    QString claimant() const { return m_claimant; }
    QString nameOf(const QString &id, const Trigger &trigger, const Faction *actor) const;
    QString unnamedActor(const Trigger &trigger) const;
    QString subtypeFor(const Trigger &trigger, EventType type, const Faction *actor) const;
    void describe(const Trigger &trigger, SentenceEvent &e) const;
    void describeKept(std::vector<SentenceEvent> &events, std::size_t first) const;
    QString findClaimant() const;
    const TimeSpan *timeFor(const Trigger &trigger) const;
    QString directionFor(const Trigger &trigger) const;
    std::string_view key(std::size_t i) const { return m_words.key(i); }
    RuleWord word(std::size_t i) const { return m_lexicon.word(i); }
    const PlaceWords *placeAt(std::size_t token) const
    {
        return token < m_facts.size() ? m_facts[token].place : nullptr;
    }
    const FactionMention *factionAt(std::size_t token) const
    {
        return token < m_facts.size() ? m_facts[token].faction : nullptr;
    }

    const WordTokens &m_words;
    const SentenceLexicon &m_lexicon;
    QStringView m_text;
    const std::vector<FactionMention> &m_factions;
    const std::vector<PlaceWords> &m_places;
    const std::vector<TimeSpan> &m_times;
    const GeoparseResult &m_geoparse;
    const Discourse &m_discourse;
    std::vector<WordFacts> &m_facts; // per word
    std::vector<Trigger> &m_triggers;
    QString m_claimant; // who the sentence is attributed to, worked out once
};

} // namespace frontline
