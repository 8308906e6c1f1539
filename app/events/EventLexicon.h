#pragma once

#include "EventsResult.h"

#include <optional>
#include <string_view>
#include <vector>

namespace frontline {

// A trigger of the lexicon: one to three words (folded, as NameKey folds them).
struct TriggerEntry
{
    std::vector<std::string_view> words;
    EventType type;
    bool passive = false; // "held by X", "fell to X": the actor follows
    bool into = false;    // "edged into", "entered": present in the place, not holding it
};

// The words that say what happened (DESIGN.md's event types), in all their inflections.
const std::vector<TriggerEntry> &eventTriggers();
// The triggers that begin with `word`, longest first (empty if none).
const std::vector<const TriggerEntry *> &triggersStartingWith(std::string_view word);

// Words before a trigger that make it an aim, not a deed: "aiming to", "before", "would".
bool isPlanningCue(std::string_view word);
bool isDenialWord(std::string_view word);
// Nouns that, after a capture verb, make it an arrest: "captured a commander".
bool isPersonNoun(std::string_view word);
// "authorities", "troops", "the army": a government's forces, once a country is known.
bool isGovernmentNoun(std::string_view word);
// "its fighters", "they", "we": the faction last mentioned.
bool isFactionPronoun(std::string_view word);
// "the town", "there": the place last mentioned.
bool isPlaceAnaphor(std::string_view word);
bool isCompassDirection(std::string_view word);
// "jets", "drones": what makes a strike an airstrike.
bool isAirWord(std::string_view word);
// "dam", "plant", "airport": a feature that "the Kakhovka dam" names and "the dam" recalls.
bool isFeatureNoun(std::string_view word);
// "forces", "artillery", "jets" after a demonym: that country's forces ("Russian artillery").
bool isForceNoun(std::string_view word);
// "the rebel stronghold", "the group's capital": an armed group, not named.
bool isGroupWord(std::string_view word);

} // namespace frontline
