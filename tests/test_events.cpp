// Events, factions, control claims and arrows: the seed's acceptance list and small texts
// of our own for each rule.
#include "TestSupport.h"
#include "document/Document.h"
#include "events/ControlClaims.h"
#include "events/EventExtractor.h"
#include "events/EventLexicon.h"
#include "events/FactionCatalog.h"
#include "events/TimeExpressions.h"
#include "gazetteer/Gazetteer.h"
#include "geo/GreatCircle.h"
#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "text/ArticleReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace frontline;

class EventsTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

    std::unique_ptr<Document> analyse(const QString &text, QDate date = QDate(2024, 6, 12))
    {
        ArticleReadResult read = articleFromText(text, QStringLiteral("t.txt"));
        read.article.date = date;
        auto document = std::make_unique<Document>();
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        document->addArticle(read.article, Geoparser(*m_gazetteer), &extractor);
        return document;
    }
    static const Event *find(const Document &document, EventType type)
    {
        for (const Event &e : document.events().events)
            if (e.type == type)
                return &e;
        return nullptr;
    }
    static QString placeName(const Document &document, const QString &id)
    {
        const int index = document.geoparse().findPlace(id);
        return index >= 0 ? document.geoparse().places[index].name : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }

    void theLexiconReadsEachWordOnce()
    {
        const QString text = QStringLiteral(
            "Rebels held by the army edged into Raqa in mid-2014, the AFP said on 28 June.");
        WordTokens words;
        words.tokenize(text, {0, int(text.size())});
        const auto at = [&](std::string_view word) {
            for (std::size_t i = 0; i < words.tokens().size(); ++i)
                if (words.key(i) == word)
                    return std::uint32_t(i);
            return std::uint32_t(words.tokens().size());
        };
        SentenceLexicon lexicon;
        lexicon.read(words);
        QVERIFY(lexicon.hasTriggers());
        // Words that may begin a trigger: "held" ("held by"), "edged" ("edged into"), "in"
        // ("in control of"); not "into" or "by".
        QCOMPARE(lexicon.triggerStarts(),
                 (std::vector<std::uint32_t>{at("held"), at("edged"), at("in")}));
        QCOMPARE(lexicon.triggersAt(at("edged")).front()->words.size(), std::size_t(2));
        // A month, a number and a joined year may each open a time expression; "may" would
        // too, but "mid-2014" keys as one word.
        QCOMPARE(lexicon.timeCandidates(),
                 (std::vector<std::uint32_t>{at("mid 2014"), at("28"), at("june")}));
        QVERIFY(lexicon.is(at("rebels"), WordClass::GroupWord));
        QVERIFY(lexicon.is(at("army"), WordClass::GovernmentNoun));
        QVERIFY(!lexicon.is(at("raqa"), WordClass::GroupWord));
        QCOMPARE(lexicon.word(at("said")), "said"_w);
        QCOMPARE(lexicon.word(at("the")), "the"_w);
        QCOMPARE(lexicon.word(at("raqa")), RuleWord(0)); // no rule names it
        QVERIFY("said"_w != "the"_w);
    }

    void timeExpressionsResolveAgainstTheArticleDate()
    {
        const QString text = QStringLiteral("It began on Tuesday. Fighters moved at noon. Calm at "
                                            "the weekend. Gains this year. It fell in mid-2014.");
        TimeResolver resolver(QDate(2016, 6, 29)); // a Wednesday
        std::vector<TimeSpan> spans;
        WordTokens words;
        SentenceLexicon lexicon;
        for (const TextRange &s :
             articleFromText(text, QStringLiteral("t.txt")).article.sentences) {
            words.tokenize(text, s);
            lexicon.read(words);
            for (const TimeSpan &span : resolver.find(text, words, lexicon))
                spans.push_back(span);
        }
        QCOMPARE(spans.size(), std::size_t(5));
        QCOMPARE(spans[0].start, QDate(2016, 6, 28));
        QCOMPARE(spans[1].start, QDate(2016, 6, 28)); // noon of the day last named
        QCOMPARE(spans[2].start, QDate(2016, 6, 25));
        QCOMPARE(spans[2].end, QDate(2016, 6, 26));
        QCOMPARE(spans[3].start, QDate(2016, 1, 1));
        QCOMPARE(spans[3].end, QDate(2016, 6, 29));
        QCOMPARE(spans[4].start, QDate(2014, 5, 1));
        QCOMPARE(spans[4].end, QDate(2014, 8, 31));
        QCOMPARE(spans[4].text, QStringLiteral("in mid-2014"));
    }
    void relativeTimesStayUnresolvedWithoutADate()
    {
        TimeResolver resolver{QDate()};
        const QString text = QStringLiteral("Shelling on Tuesday, and more in June 2023.");
        WordTokens words;
        words.tokenize(text, {0, int(text.size())});
        SentenceLexicon lexicon;
        lexicon.read(words);
        const auto spans = resolver.find(text, words, lexicon);
        QCOMPARE(spans.size(), std::size_t(2));
        QVERIFY(!spans[0].isResolved()); // never invented
        QCOMPARE(spans[0].text, QStringLiteral("on Tuesday"));
        QCOMPARE(spans[1].start, QDate(2023, 6, 1));
    }

    // Colours as factions.json writes them; anything else is no colour, and a faction without
    // one is refused.
    void factionColoursReadAsTheFileWritesThem()
    {
        QCOMPARE(FactionColor::fromName(u"#D55E00"), FactionColor(0xd5, 0x5e, 0x00));
        QCOMPARE(FactionColor::fromName(u"#0a0"), FactionColor(0x00, 0xaa, 0x00));
        QCOMPARE(FactionColor(0xd5, 0x5e, 0x00).name(), QStringLiteral("#d55e00"));
        for (const char16_t *bad : {u"", u"red", u"#12345", u"#12345g", u"d55e00a"})
            QVERIFY2(!FactionColor::fromName(bad).isValid(), qPrintable(QString::fromUtf16(bad)));
        FactionCatalog catalog;
        QString error;
        QVERIFY(!FactionCatalog::parse(R"({"theatres": [{"id": "t", "factions": [
                                           {"id": "f", "name": "F", "color": "#12"}]}]})",
                                       &catalog, &error));
        QVERIFY2(error.contains(QLatin1String("valid colour")), qPrintable(error));
    }

    void factionFileErrorsNameLineAndColumn()
    {
        FactionCatalog catalog;
        QString error;
        QVERIFY(!FactionCatalog::parse("{\n  \"theatres\": [\n    { \"id\": \"x\",, }\n  ]\n}\n",
                                       &catalog, &error));
        QVERIFY2(error.startsWith(QLatin1String("3:")), qPrintable(error));
        QVERIFY(!FactionCatalog::parse("{\"theatres\": []}", &catalog, &error));
        QVERIFY(FactionCatalog::builtIn().factions().size() > 40);
        QVERIFY(FactionCatalog::builtIn().find(QStringLiteral("is")));

        // A broken user file: reported, and the built-in factions are used.
        QDir().mkpath(QFileInfo(FactionCatalog::userPath()).absolutePath());
        QFile user(FactionCatalog::userPath());
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("{ \"theatres\": [ }");
        user.close();
        QString warning;
        const FactionCatalog loaded = FactionCatalog::load(&warning);
        QVERIFY(warning.contains(QLatin1String("1:")));
        QCOMPARE(loaded.factions().size(), FactionCatalog::builtIn().factions().size());
        QFile::remove(FactionCatalog::userPath());
    }
    void theatreChoosesFactions()
    {
        const auto sudan = FactionCatalog::builtIn().factionsFor({QStringLiteral("SD")});
        QVERIFY(std::any_of(sudan.begin(), sudan.end(),
                            [](const Faction *f) { return f->id == QLatin1String("rsf"); }));
        QVERIFY(std::none_of(sudan.begin(), sudan.end(),
                             [](const Faction *f) { return f->id == QLatin1String("is"); }));
    }

    void statusesPlannedClaimedDenied()
    {
        auto doc = analyse(
            QStringLiteral("If the RSF manage to seize El Obeid, the army will be cut off."));
        const Event *capture = find(*doc, EventType::Capture);
        QVERIFY(capture);
        QCOMPARE(capture->status, EventStatus::Planned);
        doc = analyse(QStringLiteral(
            "Russian forces shelled Kharkiv on Monday, the regional governor said."));
        const Event *shelling = find(*doc, EventType::Shelling);
        QVERIFY(shelling);
        QCOMPARE(shelling->status, EventStatus::Claimed);
        QCOMPARE(shelling->actors, QStringList{QStringLiteral("russia")});
        QCOMPARE(shelling->time.start, QDate(2024, 6, 10));
        doc = analyse(QStringLiteral("The Houthis denied attacking Marib overnight."));
        QVERIFY(!doc->events().events.empty());
        QCOMPARE(doc->events().events.front().status, EventStatus::Denied);
    }
    void aPersonCapturedIsAnArrest()
    {
        const auto doc =
            analyse(QStringLiteral("Malian troops captured a JNIM commander near Gao on Friday."));
        QVERIFY(find(*doc, EventType::Arrest));
        QVERIFY(!find(*doc, EventType::Capture));
    }
    // The first event whose trigger text holds `trigger`, or null.
    static const Event *told(const Document &document, const QString &trigger)
    {
        for (const Event &e : document.events().events)
            if (e.triggerText.contains(trigger))
                return &e;
        return nullptr;
    }

    void passiveVictimsWithoutPerpetrator()
    {
        // The victims are the subject, nobody is named as acting: no actor, the place where.
        const auto doc =
            analyse(QStringLiteral("Two farmers were shot dead near Mopti on Sunday."));
        const Event *shot = told(*doc, QStringLiteral("shot"));
        QVERIFY(shot);
        QCOMPARE(shot->type, EventType::Attack);
        QCOMPARE(shot->subtype, QStringLiteral("Attack"));
        QVERIFY(shot->actors.isEmpty());
        QVERIFY(shot->actorNames.isEmpty());
        QCOMPARE(placeName(*doc, shot->target), QStringLiteral("Mopti"));
        QCOMPARE(shot->geoPrecision, 2); // near it
        QCOMPARE(shot->fatalities.min, std::optional<qint64>(2));
        QCOMPARE(shot->fatalities.max, std::optional<qint64>(2));
    }
    void aNounTellsTheAct()
    {
        const auto doc =
            analyse(QStringLiteral("Residents fled after the shelling of Sumy overnight."));
        const Event *shelling = told(*doc, QStringLiteral("shelling"));
        QVERIFY(shelling);
        QCOMPARE(shelling->type, EventType::Shelling);
        QCOMPARE(placeName(*doc, shelling->target), QStringLiteral("Sumy"));
        QVERIFY(shelling->actorNames.isEmpty()); // the residents only fled
    }
    void severalActsInOneSentenceEachWithItsPlace()
    {
        const auto doc = analyse(QStringLiteral("Gunmen attacked a checkpoint in Garoua on Monday "
                                                "and abducted four traders near Maroua."));
        const Event *attack = told(*doc, QStringLiteral("attacked"));
        const Event *abduction = told(*doc, QStringLiteral("abducted"));
        QVERIFY(attack && abduction);
        QCOMPARE(placeName(*doc, attack->target), QStringLiteral("Garoua"));
        QCOMPARE(placeName(*doc, abduction->target), QStringLiteral("Maroua"));
        QCOMPARE(abduction->subtype, QStringLiteral("Abduction/forced disappearance"));
        // An actor outside the faction file, as written.
        QCOMPARE(attack->actorNames, QStringList{QStringLiteral("Gunmen")});
        QVERIFY(attack->actors.isEmpty());
    }
    void reportedSpeechKeepsItsClaimant()
    {
        const auto doc = analyse(
            QStringLiteral("Separatist fighters burned a school in Bamenda, the army said."));
        const Event *burned = told(*doc, QStringLiteral("burned"));
        QVERIFY(burned);
        QCOMPARE(burned->type, EventType::Other);
        QCOMPARE(burned->subtype, QStringLiteral("Looting/property destruction"));
        QCOMPARE(burned->status, EventStatus::Claimed);
        QCOMPARE(burned->claimant, QStringLiteral("army"));
        QCOMPARE(placeName(*doc, burned->target), QStringLiteral("Bamenda"));
    }
    void theRightPlaceAmongSeveral()
    {
        // Not where it was said, not an "X-based" modifier, not a dateline: where it happened.
        auto doc = analyse(QStringLiteral("Speaking in Lviv, the governor said a drone struck a "
                                          "fuel depot on the outskirts of Poltava."));
        const Event *strike = told(*doc, QStringLiteral("struck"));
        QVERIFY(strike);
        QCOMPARE(strike->type, EventType::Airstrike);
        QCOMPARE(placeName(*doc, strike->target), QStringLiteral("Poltava"));
        QCOMPARE(strike->geoPrecision, 2);
        doc = analyse(QStringLiteral("An Agadez-based militia raided a village outside Gao."));
        const Event *raid = told(*doc, QStringLiteral("raided"));
        QVERIFY(raid);
        QCOMPARE(placeName(*doc, raid->target), QStringLiteral("Gao"));
        doc = analyse(QStringLiteral(
            "LVIV, Ukraine - Soldiers patrolled the streets of Chernihiv on Friday."));
        const Event *patrol = told(*doc, QStringLiteral("patrolled"));
        QVERIFY(patrol);
        QCOMPARE(patrol->type, EventType::Patrol);
        QVERIFY(patrol->subtype.isEmpty());
        QCOMPARE(placeName(*doc, patrol->target), QStringLiteral("Chernihiv"));
        // The most specific of a chain: the town, not its province.
        doc = analyse(
            QStringLiteral("A bomb exploded in the town of Mopti in central Mali on Tuesday."));
        const Event *bomb = told(*doc, QStringLiteral("exploded")); // "bomb exploded": one act
        QVERIFY(bomb);
        QCOMPARE(placeName(*doc, bomb->target), QStringLiteral("Mopti"));
    }
    void anAspectualVerbTellsTheNounsAct()
    {
        // "clashes erupted", "staged a protest": one act, told by both words.
        auto doc = analyse(QStringLiteral("Heavy clashes erupted in Bamenda on Friday."));
        const Event *clash = told(*doc, QStringLiteral("erupted"));
        QVERIFY(clash);
        QCOMPARE(clash->type, EventType::Clash);
        QCOMPARE(clash->triggerText, QStringLiteral("clashes erupted"));
        QCOMPARE(placeName(*doc, clash->target), QStringLiteral("Bamenda"));
        doc = analyse(QStringLiteral(
            "Hundreds of students staged a protest outside the university in Kumba."));
        const Event *protest = told(*doc, QStringLiteral("staged"));
        QVERIFY(protest);
        QCOMPARE(protest->type, EventType::Protest);
        QCOMPARE(protest->subtype, QStringLiteral("Peaceful protest"));
        QCOMPARE(placeName(*doc, protest->target), QStringLiteral("Kumba"));
    }
    void anActInEachPlaceOfAList()
    {
        const auto doc = analyse(
            QStringLiteral("Troops shelled the villages of Kumba, Garoua and Maroua overnight."));
        QStringList places;
        for (const Event &e : doc->events().events)
            if (e.triggerText == QLatin1String("shelled"))
                places << placeName(*doc, e.target);
        QCOMPARE(places, (QStringList{QStringLiteral("Kumba"), QStringLiteral("Garoua"),
                                      QStringLiteral("Maroua")}));
    }
    void aTakingInACountryKeepsTheCountry()
    {
        // Ground taken in a country the sentence names only as a country: that country.
        auto doc = analyse(QStringLiteral("Rebel fighters captured a third of Mali in 2012."));
        const Event *captured = told(*doc, QStringLiteral("captured"));
        QVERIFY(captured);
        QCOMPARE(placeName(*doc, captured->target), QStringLiteral("Mali"));
        for (const ControlClaim &claim : doc->events().control) // the map claims no country
            QVERIFY(claim.place != captured->target);
        // A country before the verb is who took it, not where.
        doc = analyse(QStringLiteral("Chad captured hundreds of fighters last year."));
        captured = told(*doc, QStringLiteral("captured"));
        QVERIFY(!captured || captured->target.isEmpty());
    }
    void aParticipleAfterANameDescribesThePlace()
    {
        // "the Ansar Dine held villages of X": the villages of X are the object, described.
        const auto doc = analyse(
            QStringLiteral("The army launched an assault on Monday, targeting the Ansar Dine held "
                           "villages of Kidal and Tessalit."));
        const Event *targeting = told(*doc, QStringLiteral("targeting"));
        QVERIFY(targeting);
        const QString place = placeName(*doc, targeting->target);
        QVERIFY2(place == QStringLiteral("Kidal") || place == QStringLiteral("Tessalit"),
                 qPrintable(place));
        // A long telling is its verb's: "the attack against <a long name> occurred".
        const auto occurred = analyse(QStringLiteral(
            "The attack against Amadou Toumani Toure occurred on a main street in Gao."));
        const Event *attack = told(*occurred, QStringLiteral("occurred"));
        QVERIFY(attack);
        QCOMPARE(attack->triggerText, QStringLiteral("occurred"));
        QCOMPARE(placeName(*occurred, attack->target), QStringLiteral("Gao"));
    }
    void whereTheVictimWasAndAnAdverbedPassive()
    {
        // A building of the town after a victim's verb: where the victim was, not an origin.
        auto doc = analyse(
            QStringLiteral("The mayor was shot while walking home from a Mopti movie theater."));
        const Event *shot = told(*doc, QStringLiteral("shot"));
        QVERIFY(shot);
        QCOMPARE(placeName(*doc, shot->target), QStringLiteral("Mopti"));
        // "X is still patrolled": the passive subject, past an adverb.
        doc = analyse(QStringLiteral("Kidal is still patrolled by French troops."));
        const Event *patrol = told(*doc, QStringLiteral("patrolled"));
        QVERIFY(patrol);
        QCOMPARE(placeName(*doc, patrol->target), QStringLiteral("Kidal"));
    }
    void aTakingOfAPrizeIsNoAct()
    {
        auto doc = analyse(QStringLiteral("Keita captured her fifth career title in Bamako."));
        QVERIFY(!told(*doc, QStringLiteral("captured")));
        doc = analyse(QStringLiteral("The raid on Gao was captured on camera by a resident."));
        QVERIFY(!told(*doc, QStringLiteral("captured")));
        doc = analyse(QStringLiteral("Rebels captured the town of Gao on Monday."));
        QVERIFY(told(*doc, QStringLiteral("captured")));
    }
    void whatAProtestIsAgainstAndOtherSenses()
    {
        // What a protest is against is not where it is.
        auto doc = analyse(QStringLiteral(
            "Students protested against the shelling of Gao outside parliament in Bamako."));
        const Event *protest = told(*doc, QStringLiteral("protested"));
        QVERIFY(protest);
        QCOMPARE(placeName(*doc, protest->target), QStringLiteral("Bamako"));
        // Showing, not protesting; prices, not shooting.
        doc = analyse(QStringLiteral("The army has demonstrated that it can hold Gao."));
        QVERIFY(!told(*doc, QStringLiteral("demonstrated")));
        doc = analyse(QStringLiteral("Fuel prices shot up in Bamako on Monday."));
        QVERIFY(!told(*doc, QStringLiteral("shot")));
    }
    void theRegionAPlaceNamesBeforeTheLargerPlace()
    {
        // "the X region of Y": X is the region named, Y only the larger place around it.
        const auto doc = analyse(QStringLiteral(
            "Gunmen shot dead a trader in the Menaka region of northern Mali on Friday."));
        const Event *shot = told(*doc, QStringLiteral("shot"));
        QVERIFY(shot);
        QCOMPARE(placeName(*doc, shot->target), QString::fromUtf8("M\xc3\xa9naka"));
    }
    void aNegatedActIsNoEvent()
    {
        const auto doc = analyse(QStringLiteral("The rebels have not captured Gao."));
        QVERIFY(!told(*doc, QStringLiteral("captured")));
    }
    void thePartAPlaceNamesAndHowAnActCameAbout()
    {
        // "Y's capital, X": the capital, named after the apposition.
        auto doc = analyse(QStringLiteral(
            "Police patrolled the streets of Gabon's capital, Libreville, on Sunday."));
        const Event *patrol = told(*doc, QStringLiteral("patrolled"));
        QVERIFY(patrol);
        QCOMPARE(placeName(*doc, patrol->target), QStringLiteral("Libreville"));
        QCOMPARE(patrol->actorNames, QStringList{QStringLiteral("Police")});
        // "killed when a bomb went off near X": the place of how it came about.
        doc = analyse(QStringLiteral(
            "Three traders were killed when a bomb went off near a market in Maroua."));
        const Event *killed = told(*doc, QStringLiteral("killed"));
        QVERIFY(killed);
        QCOMPARE(placeName(*doc, killed->target), QStringLiteral("Maroua"));
        QCOMPARE(killed->fatalities.min, std::optional<qint64>(3));
    }
    void aParticipleTellsTheMainClausesPlace()
    {
        // Each verb keeps its own event, all where the main clause's act was.
        const auto doc = analyse(QStringLiteral("Two car bombs struck the town of Garoua, killing "
                                                "five people and wounding 64 others."));
        for (const QString &verb :
             {QStringLiteral("struck"), QStringLiteral("killing"), QStringLiteral("wounding")}) {
            const Event *e = told(*doc, verb);
            QVERIFY2(e, qPrintable(verb));
            QCOMPARE(placeName(*doc, e->target), QStringLiteral("Garoua"));
            QCOMPARE(e->fatalities.min, std::optional<qint64>(5));
            QCOMPARE(e->injured.min, std::optional<qint64>(64));
        }
    }
    void aSentenceWithoutThePlaceOfItsActGivesNone()
    {
        // The place is where the victims came from, not where they were killed.
        const auto doc =
            analyse(QStringLiteral("Three traders from Garoua were killed on Monday."));
        const Event *killed = told(*doc, QStringLiteral("killed"));
        QVERIFY(!killed || killed->target.isEmpty());
    }
    void theDeadAndTheWoundedAsTheTextGivesThem()
    {
        auto doc = analyse(QStringLiteral("A suicide bomber struck a market in Gao, killing at "
                                          "least 12 people and wounding dozens."));
        const Event *bomb = told(*doc, QStringLiteral("suicide bomber"));
        QVERIFY(bomb);
        QCOMPARE(bomb->subtype, QStringLiteral("Suicide bomb"));
        QCOMPARE(bomb->actorNames, QStringList{QStringLiteral("suicide bomber")});
        QCOMPARE(bomb->fatalities.min, std::optional<qint64>(12));
        QCOMPARE(bomb->fatalities.max, std::optional<qint64>());
        QCOMPARE(bomb->fatalities.text, QStringLiteral("at least 12"));
        QCOMPARE(bomb->injured.min, std::optional<qint64>()); // "dozens": words only
        QCOMPARE(bomb->injured.text, QStringLiteral("dozens"));
        // A number too large to be a count is kept as words only; none is never invented.
        doc = analyse(QStringLiteral("A blast in Kayes killed 10000000000 people."));
        const Event *blast = told(*doc, QStringLiteral("blast"));
        QVERIFY(blast);
        QCOMPARE(blast->fatalities.text, QStringLiteral("10000000000"));
        QVERIFY(!blast->fatalities.min && !blast->fatalities.max);
        QVERIFY(blast->injured.isEmpty());
        doc = analyse(
            QStringLiteral("Gunmen killed more than 30 villagers near Ségou, officials said."));
        const Event *killed = told(*doc, QStringLiteral("killed"));
        QVERIFY(killed);
        QCOMPARE(killed->fatalities.min, std::optional<qint64>(31));
        // A range before its verb: "between 5 and 8", whichever end is found first.
        doc = analyse(QStringLiteral("Between 5 and 8 people were killed in Mopti on Monday."));
        const Event *range = told(*doc, QStringLiteral("killed"));
        QVERIFY(range);
        QCOMPARE(range->fatalities.min, std::optional<qint64>(5));
        QCOMPARE(range->fatalities.max, std::optional<qint64>(8));
        QCOMPARE(range->fatalities.text, QStringLiteral("Between 5 and 8"));
    }
    void latestClaimWinsAndTwoLiveClaimsAreContested()
    {
        std::vector<ControlClaim> claims(3);
        claims[0] = {QStringLiteral("p1"),
                     {},
                     {},
                     QStringLiteral("a"),
                     ControlStatus::Held,
                     {QDate(2020, 1, 1), QDate(2020, 1, 1), {}, {}},
                     {},
                     0,
                     0,
                     1};
        claims[1] = {QStringLiteral("p1"),
                     {},
                     {},
                     QStringLiteral("b"),
                     ControlStatus::Captured,
                     {QDate(2021, 1, 1), QDate(2021, 1, 1), {}, {}},
                     {},
                     0,
                     1,
                     1};
        claims[2] = {QStringLiteral("p2"),
                     {},
                     {},
                     QStringLiteral("a"),
                     ControlStatus::Held,
                     {},
                     {},
                     0,
                     2,
                     1};
        std::vector<ControlClaim> contested = claims;
        contested.push_back({QStringLiteral("p2"),
                             {},
                             {},
                             QStringLiteral("c"),
                             ControlStatus::Contested,
                             {},
                             {},
                             0,
                             3,
                             1});
        for (const PlaceControl &state : currentControl(contested)) {
            if (state.place == QLatin1String("p1")) {
                QCOMPARE(state.factions, QStringList{QStringLiteral("b")});
                QCOMPARE(state.status, ControlStatus::Held);
            } else {
                QCOMPARE(state.status, ControlStatus::Contested);
                QCOMPARE(state.factions.size(), 2);
            }
        }
    }

    void seedAcceptance()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        ArticleReadResult read = readArticle(seed);
        QVERIFY(read.ok());
        read.article.date = QDate(2016, 6, 29);
        Document document;
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        document.addArticle(read.article, Geoparser(*m_gazetteer), &extractor);
        const EventsResult &events = document.events();
        const auto named = [&](const QString &id) { return placeName(document, id); };

        // The NSA's offensive from al-Tanaf toward Albu Kamal on Tuesday, and Iraq's at noon.
        bool nsa = false, iraqi = false, sdf = false;
        for (const Event &e : events.events) {
            if (e.type != EventType::Offensive || e.status == EventStatus::Planned)
                continue;
            if (e.actors.contains(QLatin1String("syrian-rebels")) &&
                named(e.target) == QString::fromUtf8("Ālbū Kamāl") &&
                named(e.origin).startsWith(QLatin1String("At Tanf")) &&
                e.time.start == QDate(2016, 6, 28))
                nsa = true;
            if (e.actors.contains(QLatin1String("iraqi-government")) &&
                e.time.text == QLatin1String("at noon"))
                iraqi = true;
            if (e.actors.contains(QLatin1String("sdf")) &&
                named(e.target) == QLatin1String("Ar Raqqah"))
                sdf = true;
        }
        QVERIFY(nsa);
        QVERIFY(iraqi);
        QVERIFY(sdf);
        // Backed by coalition airstrikes; no capture of Albu Kamal told as done.
        QVERIFY(std::any_of(events.events.begin(), events.events.end(), [](const Event &e) {
            return e.type == EventType::Airstrike && e.actors.contains(QLatin1String("coalition"));
        }));
        for (const Event &e : events.events)
            if (e.type == EventType::Capture &&
                named(e.target) == QString::fromUtf8("Ālbū Kamāl") &&
                e.actors.contains(QLatin1String("syrian-rebels")))
                QCOMPARE(e.status, EventStatus::Planned);
        // Nothing attributed to the wrong faction: IS never acts against itself, the coalition
        // never takes ground.
        for (const Event &e : events.events)
            QVERIFY(
                !(e.type == EventType::Capture && e.actors.contains(QLatin1String("coalition"))));

        // Control: Albu Kamal IS since mid-2014, al-Tanaf NSA this year, Fallujah Iraq as of the
        // weekend, Raqa contested, IS in Anbar's far west as an area.
        QHash<QString, PlaceControl> control;
        for (const PlaceControl &state : currentControl(events.control))
            control.insert(named(state.place), state);
        QCOMPARE(control.value(QString::fromUtf8("Ālbū Kamāl")).factions,
                 QStringList{QStringLiteral("is")});
        QCOMPARE(control.value(QStringLiteral("At Tanf border crossing")).factions,
                 QStringList{QStringLiteral("syrian-rebels")});
        QCOMPARE(control.value(QString::fromUtf8("Al Fallūjah")).factions,
                 QStringList{QStringLiteral("iraqi-government")});
        QCOMPARE(control.value(QStringLiteral("Ar Raqqah")).status, ControlStatus::Contested);
        bool midYear = false, weekend = false, area = false;
        for (const ControlClaim &claim : events.control) {
            midYear = midYear || (claim.faction == QLatin1String("is") &&
                                  claim.asOf.start == QDate(2014, 5, 1));
            weekend = weekend || (claim.faction == QLatin1String("iraqi-government") &&
                                  claim.asOf.end == QDate(2016, 6, 26));
            area = area || (claim.faction == QLatin1String("is") && !claim.area.empty() &&
                            claim.place.isEmpty());
        }
        QVERIFY(midYear);
        QVERIFY(weekend);
        QVERIFY(area);

        // Three arrows: NSA from al-Tanaf, Iraqi forces from the Iraqi side, SDF into Raqa.
        QCOMPARE(events.arrows.size(), std::size_t(3));
        for (const Arrow &arrow : events.arrows) {
            const QGeoCoordinate head = arrow.path.back(), tail = arrow.path.front();
            if (arrow.faction == QLatin1String("syrian-rebels")) {
                QVERIFY(!arrow.originInferred);
                QVERIFY(greatCircleKm(head.latitude(), head.longitude(), 34.452, 40.918) < 5);
            } else if (arrow.faction == QLatin1String("iraqi-government")) {
                QVERIFY(arrow.originInferred);
                QVERIFY(tail.longitude() > 41.0); // on the Iraqi side of the border
                QVERIFY(std::abs(greatCircleKm(tail.latitude(), tail.longitude(), head.latitude(),
                                               head.longitude()) -
                                 40) < 1);
            } else {
                QCOMPARE(arrow.faction, QStringLiteral("sdf"));
                QVERIFY(arrow.originInferred);
                QVERIFY(greatCircleKm(head.latitude(), head.longitude(), 35.95, 39.01) < 5);
            }
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FrontlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Events"));
    EventsTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_events.moc"
