// The classes of news text that geoparsing gets wrong without care (issue: places right on
// news nobody tuned for), each with sentences written for this test.
#include "TestSupport.h"
#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "text/ArticleReader.h"

#include <QTest>

using namespace frontline;
using namespace Qt::StringLiterals;

class NewsPlacesTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

    GeoparseResult parse(const QString &text)
    {
        GeoparseResult result;
        Geoparser(*m_gazetteer)
            .parse(articleFromText(text, QStringLiteral("t.txt")).article, 0, result);
        return result;
    }
    static const Mention *mentionOf(const GeoparseResult &result, const QString &text)
    {
        for (const Mention &m : result.mentions)
            if (m.text == text)
                return &m;
        return nullptr;
    }
    static const Place *placeOf(const GeoparseResult &result, const QString &text)
    {
        const Mention *m = mentionOf(result, text);
        return m ? &result.places[m->place] : nullptr;
    }
    // Where the place a mention of `name` in `text` lies: "country/province".
    QString whereIs(const QString &text, const QString &name)
    {
        const GeoparseResult result = parse(text); // the place lives in it
        const Place &found = place(result, name);
        return found.countryCode + QLatin1Char('/') + found.admin1;
    }
    // The place a text's mention names; a place with no id or country where none does, so a
    // comparison fails rather than the test crashing.
    static const Place &place(const GeoparseResult &result, const QString &text)
    {
        static const Place kMissing;
        const Place *found = placeOf(result, text);
        return found ? *found : kMissing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void initialsWithFullStopsAreAbbreviations()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Talks went on. The U.S. and the U.K. sent envoys, while U.N. staff left."));
        QVERIFY(placeOf(result, QStringLiteral("U.S.")));
        QCOMPARE(place(result, QStringLiteral("U.S.")).countryCode, QStringLiteral("US"));
        QVERIFY(placeOf(result, QStringLiteral("U.K.")));
        QVERIFY(!mentionOf(result, QStringLiteral("U.N.")));
        QVERIFY(parse(QStringLiteral("The deal was worth US$40 million.")).mentions.empty());
        const GeoparseResult congo =
            parse(QStringLiteral("Aid reached the Democratic Republic of the Congo."));
        QCOMPARE(place(congo, QStringLiteral("Democratic Republic of the Congo")).countryCode,
                 QStringLiteral("CD"));
    }
    void countriesMayOpenASentenceEvenWhenTheyAreWords()
    {
        const GeoparseResult result =
            parse(QStringLiteral("Aid arrived. Turkey closed its border. China said little."));
        QVERIFY(placeOf(result, QStringLiteral("Turkey")));
        QCOMPARE(place(result, QStringLiteral("China")).kind, PlaceKind::Country);
        QVERIFY(placeOf(parse(QStringLiteral("Rain fell. New Zealand has closed schools.")),
                        QStringLiteral("New Zealand")));
    }
    void datelinesInCapitalsAreNames()
    {
        const GeoparseResult result =
            parse(QStringLiteral("Talks resume\n\nBAGHDAD (AFP) - Officials met on Monday. KYIV, "
                                 "Ukraine - Sirens sounded."));
        QVERIFY(placeOf(result, QStringLiteral("BAGHDAD")));
        QCOMPARE(place(result, QStringLiteral("BAGHDAD")).countryCode, QStringLiteral("IQ"));
        QVERIFY(placeOf(result, QStringLiteral("KYIV")));
        QCOMPARE(place(result, QStringLiteral("KYIV")).countryCode, QStringLiteral("UA"));
    }
    void aPartOfAPlaceIsInThatPlace()
    {
        const GeoparseResult result = // the places live in it
            parse(QStringLiteral("Clashes broke out in Tripoli in northern Lebanon."));
        QVERIFY(placeOf(result, QStringLiteral("Tripoli")));
        QCOMPARE(place(result, QStringLiteral("Tripoli")).countryCode, QStringLiteral("LB"));
    }
    void anOrdinaryWordIsATownWhereTheWordsBeforeSaySo()
    {
        const GeoparseResult result =
            parse(QStringLiteral("Pilgrims travelled far and marched in Reading, south of "
                                 "Cairns, in the city of Van."));
        QVERIFY(place(result, QStringLiteral("Reading")).countryCode == QStringLiteral("GB"));
        QCOMPARE(place(result, QStringLiteral("Cairns")).countryCode, QStringLiteral("AU"));
        QCOMPARE(place(result, QStringLiteral("Van")).countryCode, QStringLiteral("TR"));
        // Without such words it stays a word, and a season or a compass point never is a town.
        QVERIFY(parse(QStringLiteral("Reading the Mobile report, we met in Spring in the North."))
                    .mentions.empty());
    }
    void countryNamesPeopleUse()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Refugees reached Burma, Ivory Coast and the Democratic Republic of Congo."));
        QCOMPARE(place(result, QStringLiteral("Burma")).countryCode, QStringLiteral("MM"));
        QCOMPARE(place(result, QStringLiteral("Ivory Coast")).countryCode, QStringLiteral("CI"));
        QCOMPARE(place(result, QStringLiteral("Democratic Republic of Congo")).countryCode,
                 QStringLiteral("CD"));
    }
    void areasThatAreNotTownsHaveKindsOfTheirOwn()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Migrants crossed the Mediterranean from Africa, and ships waited off Crete."));
        QCOMPARE(place(result, QStringLiteral("Africa")).kind, PlaceKind::Continent);
        QCOMPARE(place(result, QStringLiteral("Mediterranean")).kind, PlaceKind::Water);
        QCOMPARE(place(result, QStringLiteral("Crete")).kind, PlaceKind::Island);
        QVERIFY(!place(result, QStringLiteral("Africa")).isPoint());
    }
    void aPlaceOpeningAnotherNameIsAModifier()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Officials of the Ontario Department of Health met the Texas Governor."));
        QVERIFY(mentionOf(result, QStringLiteral("Ontario")));
        QCOMPARE(mentionOf(result, QStringLiteral("Ontario"))->role, MentionRole::Modifier);
        QVERIFY(mentionOf(result, QStringLiteral("Texas")));
        QCOMPARE(mentionOf(result, QStringLiteral("Texas"))->role, MentionRole::Modifier);
        // A surname after a place's name is a person, not a modifier.
        QVERIFY(parse(QStringLiteral("We spoke to Jordan Henderson yesterday.")).mentions.empty());
    }
    void diseasesAndNewspapersNamedAfterPlacesAreNotPlaces()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Cases of West Nile virus and Lyme disease rose, the Denver Post said, quoting the "
            "Basel University hospital. Zika spread too."));
        QVERIFY2(result.mentions.empty(),
                 qPrintable(result.mentions.empty() ? QString() : result.mentions.front().text));
    }
    void aCapitalisedCountyBelongsToTheName()
    {
        const Mention *county =
            mentionOf(parse(QStringLiteral("Floods reached Lancaster County on Monday.")),
                      QStringLiteral("Lancaster County"));
        QVERIFY(county);
    }
    void aSurnameAloneIsThePersonTheArticleNamed()
    {
        const GeoparseResult result =
            parse(QStringLiteral("The report was written by Laura Kingston, a hydrologist. "
                                 "Kingston said the dam was safe. "
                                 "Later Kingston added that more rain would come."));
        QVERIFY2(result.mentions.empty(),
                 qPrintable(result.mentions.empty() ? QString() : result.mentions.front().text));
    }
    void aSmallPlacesNameBeforeASayingVerbIsAPerson()
    {
        QVERIFY(!mentionOf(parse(QStringLiteral("The vote was close, Whitley said on Friday.")),
                           QStringLiteral("Whitley")));
        // A capital standing for its government stays a place.
        QVERIFY(mentionOf(parse(QStringLiteral("The vote was close, Moscow said on Friday.")),
                          QStringLiteral("Moscow")));
    }
    void listsOfStatesReadAsStates()
    {
        const GeoparseResult result = parse(
            QStringLiteral("Cases were found in Ohio, Oregon, Vermont and Utah, officials said."));
        for (const char *state : {"Ohio", "Oregon", "Vermont", "Utah"}) {
            const Place *place = placeOf(result, QString::fromLatin1(state));
            QVERIFY2(place, state);
            QCOMPARE(place->kind, PlaceKind::Admin1);
            QCOMPARE(place->countryCode, QStringLiteral("US"));
        }
    }
    void oneNameOneReadingAndTheTextOverrulesALooseSpelling()
    {
        // "Dorset, England" is in England: the Dutch Dorst its spelling is near is not it, in
        // either mention.
        const GeoparseResult result = parse(QStringLiteral(
            "A goose was found dead in Dorset, England. Another was found in Dorset on Friday."));
        for (const Mention &mention : result.mentions)
            if (mention.text == QLatin1String("Dorset"))
                QVERIFY2(result.places[mention.place].countryCode != QLatin1String("NL"),
                         qPrintable(result.places[mention.place].id));
    }
    void aStoryFullOfOneProvincesTownsKeepsItsNamesThere()
    {
        const GeoparseResult ontario = parse(QStringLiteral(
            "Health officials in Kitchener, Guelph and Waterloo reported cases. Cases also rose in "
            "London and Cambridge, where clinics in Brantford helped."));
        QCOMPARE(place(ontario, QStringLiteral("London")).admin1, QStringLiteral("Ontario"));
        QCOMPARE(place(ontario, QStringLiteral("Cambridge")).admin1, QStringLiteral("Ontario"));
        const GeoparseResult england = parse(
            QStringLiteral("Floods hit Cambridge, England, and London. Rain fell in Oxford."));
        QCOMPARE(place(england, QStringLiteral("London")).countryCode, QStringLiteral("GB"));
        QCOMPARE(place(england, QStringLiteral("Cambridge")).countryCode, QStringLiteral("GB"));
    }
    void aTownCommaItsStateIsInThatState()
    {
        // A list of countries is no "town, country": each stays a country.
        const GeoparseResult countries =
            parse(QStringLiteral("Cases were reported in Iran, Iraq and Turkey."));
        QCOMPARE(place(countries, QStringLiteral("Iraq")).kind, PlaceKind::Country);
        const GeoparseResult town = // the places live in it
            parse(QStringLiteral("A plant closed in Springfield, Illinois."));
        QVERIFY(placeOf(town, QStringLiteral("Springfield")));
        QCOMPARE(place(town, QStringLiteral("Springfield")).admin1, QStringLiteral("Illinois"));
    }
    // "Town, Georgia": the reading of the second name that holds the first wins with it, even
    // where that name alone means a country or a city.
    void aTownAndTheAreaAfterItAreReadTogether()
    {
        const GeoparseResult georgia =
            parse(QStringLiteral("A factory in Macon, Georgia closed on Monday."));
        QCOMPARE(place(georgia, QStringLiteral("Georgia")).kind, PlaceKind::Admin1);
        QCOMPARE(place(georgia, QStringLiteral("Georgia")).countryCode, QStringLiteral("US"));
        QCOMPARE(place(georgia, QStringLiteral("Macon")).admin1, QStringLiteral("Georgia"));
        const GeoparseResult newYork =
            parse(QStringLiteral("Schools shut in Rochester, New York after the storm."));
        QCOMPARE(place(newYork, QStringLiteral("New York")).kind, PlaceKind::Admin1);
        // The county is read in its state before the town is read in its county.
        const GeoparseResult county = parse(QStringLiteral(
            "Cases rose in Texas. Salem, in Washington County, Indiana, reported the first."));
        QCOMPARE(place(county, QStringLiteral("Salem")).admin1, QStringLiteral("Indiana"));
        // A list is not a pair: the city stays the city.
        const GeoparseResult list =
            parse(QStringLiteral("Shelling hit Tal Rifaat, Aleppo and Idlib on Sunday."));
        QCOMPARE(place(list, QStringLiteral("Aleppo")).kind, PlaceKind::PopulatedPlace);
    }
    // "Lucknow, Ontario, Canada" where the gazetteer has no Lucknow in Ontario: an unlisted
    // place at Ontario's point, not Lucknow in India.
    void aTownTheTextPutsElsewhereIsUnlistedThere()
    {
        const GeoparseResult result =
            parse(QStringLiteral("A fire broke out near Lucknow, Ontario, Canada, police said."));
        const Place &lucknow = place(result, QStringLiteral("Lucknow"));
        QVERIFY2(lucknow.id.startsWith(QLatin1String("unlisted:")), qPrintable(lucknow.id));
        QCOMPARE(lucknow.countryCode, QStringLiteral("CA"));
        QCOMPARE(lucknow.admin1, QStringLiteral("Ontario"));
    }
    void usCountiesAreSecondLevelPlacesInTheirState()
    {
        const GeoparseResult result = parse(
            QStringLiteral("Cases rose in Lancaster County, Nebraska, and in Orleans Parish."));
        const Place *county = placeOf(result, QStringLiteral("Lancaster County"));
        QVERIFY(county);
        QCOMPARE(county->kind, PlaceKind::Admin2);
        QCOMPARE(county->admin1, QStringLiteral("Nebraska"));
        QCOMPARE(place(result, QStringLiteral("Nebraska")).kind, PlaceKind::Admin1);
        QCOMPARE(place(result, QStringLiteral("Orleans Parish")).admin1,
                 QStringLiteral("Louisiana"));
    }
    void otherCountriesSubdivisionsAreSecondLevelPlaces()
    {
        // Counties and provinces that GeoNames' first-level list lacks come from the
        // subdivisions package, in the province of their nearest town.
        const GeoparseResult result = parse(
            QStringLiteral("Flooding closed roads across Gloucestershire, England, on Sunday."));
        const Place &county = place(result, QStringLiteral("Gloucestershire"));
        QCOMPARE(county.kind, PlaceKind::Admin2);
        QCOMPARE(county.countryCode, QStringLiteral("GB"));
        QCOMPARE(county.admin1, QStringLiteral("England"));
    }
    void aRegionSplitIntoDivisionsKeepsItsName()
    {
        // "North Kivu" and "South Kivu" make Kivu: a region, labelled, between the two.
        const GeoparseResult result =
            parse(QStringLiteral("Militias have displaced thousands across Kivu this year."));
        const Place &kivu = place(result, QStringLiteral("Kivu"));
        QCOMPARE(kivu.kind, PlaceKind::Region);
        QCOMPARE(kivu.countryCode, QStringLiteral("CD"));
        QVERIFY(!kivu.isPoint());
    }
    void stateAbbreviationsAfterATown()
    {
        const GeoparseResult result =
            parse(QStringLiteral("A farmer from Salem, Ore., met traders from Austin, TX, in "
                                 "Washington, D.C. on Monday."));
        QCOMPARE(place(result, QStringLiteral("Ore")).name, QStringLiteral("Oregon"));
        QCOMPARE(place(result, QStringLiteral("Salem")).admin1, QStringLiteral("Oregon"));
        QCOMPARE(place(result, QStringLiteral("Austin")).admin1, QStringLiteral("Texas"));
        QCOMPARE(place(result, QStringLiteral("D.C.")).kind, PlaceKind::Admin1);
        // Codes that are words name nothing elsewhere ("OR", "IN").
        QVERIFY(parse(QStringLiteral("Come IN or call OR write.")).mentions.empty());
    }
    void unlistedPlacesFromTheirCues()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Shells fell on the village of Tell Qarmoun. Fighting went on in the Zawiyat Nour "
            "neighbourhood of Aleppo, and the Kassar Refugee Camp was emptied."));
        const Place *village = placeOf(result, QStringLiteral("Tell Qarmoun"));
        QVERIFY(village);
        QVERIFY(village->id.startsWith(QStringLiteral("unlisted:")));
        QVERIFY(!village->hasCoordinates()); // no area named: the analyst places it
        const Place *quarter = placeOf(result, QStringLiteral("Zawiyat Nour"));
        QVERIFY(quarter);
        QCOMPARE(quarter->countryCode, QStringLiteral("SY")); // at Aleppo, the area named
        QVERIFY(quarter->hasCoordinates());
        const Place *camp = placeOf(result, QStringLiteral("Kassar Refugee Camp"));
        QVERIFY(camp);
        QCOMPARE(camp->kind, PlaceKind::Feature);
    }
    void unlistedPlacesListedWithTownsAreTowns()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Gunmen raided Kafr Tallun, Saraqib and Tell Marzouk in Idlib province. Mogadishu's "
            "Hawl Wadaag district was calm."));
        const Place *village = placeOf(result, QStringLiteral("Kafr Tallun"));
        QVERIFY(village);
        QCOMPARE(village->countryCode, QStringLiteral("SY")); // in Idlib, where the list ends
        QVERIFY(placeOf(result, QStringLiteral("Tell Marzouk")));
        QVERIFY(placeOf(result, QStringLiteral("Hawl Wadaag")));
        // A weekday after a name is not part of it.
        QVERIFY(placeOf(parse(QStringLiteral("Crowds marched in Basra Wednesday.")),
                        QStringLiteral("Basra")));
    }
    // Where the text puts an unlisted place: past a comma ("X, Kuwait City", the city's own
    // cue word is not X's), in the possessor's place ("Kuwait's capital city Kuwait City": the
    // city's province, not the country), in an apposition, after "located in", past a part of
    // a town ("North-Western Aleppo").
    void unlistedPlacesTakeTheAreaTheTextPutsThemIn()
    {
        QCOMPARE(whereIs(u"Traders were held at a market in Harat Qamar, Kuwait City."_s,
                         u"Harat Qamar"_s),
                 u"KW/Al Asimah"_s);
        QCOMPARE(whereIs(u"Clashes hit the Harat Salma district of Kuwait's capital city Kuwait "
                         u"City."_s,
                         u"Harat Salma"_s),
                 u"KW/Al Asimah"_s);
        QCOMPARE(whereIs(u"The herd was found in Tell Qarmoun, a farming community near Aleppo."_s,
                         u"Tell Qarmoun"_s),
                 u"SY/Aleppo"_s);
        QCOMPARE(whereIs(u"Two were killed in Tell Qarmoun located in the Idlib governorate."_s,
                         u"Tell Qarmoun"_s),
                 u"SY/Idlib"_s);
        const GeoparseResult part =
            parse(u"Horses fell ill in Tell Qarmoun in North-Western Aleppo."_s);
        QVERIFY(placeOf(part, u"Aleppo"_s));
        QCOMPARE(place(part, u"Tell Qarmoun"_s).countryCode, u"SY"_s);
        QCOMPARE(part.mentions.size(), std::size_t(2)); // a compass word alone is no place
    }
    // "X, in Y" and "X located in the Y" put X in Y; "X and in Y" names two places.
    void theWordsBetweenTwoNamesSayWhetherOneHoldsTheOther()
    {
        QCOMPARE(whereIs(u"Schools closed in Paris, in Texas."_s, u"Paris"_s), u"US/Texas"_s);
        QCOMPARE(whereIs(u"Six died in Paris located in the Texas panhandle."_s, u"Paris"_s),
                 u"US/Texas"_s);
        QCOMPARE(whereIs(u"Schools closed in Paris and in Texas."_s, u"Paris"_s),
                 u"FR/\u00cele-de-France"_s);
    }
    // A governor heads a province or a state: "Kirkuk Governor" is the province, "Kirkuk"
    // alone the city.
    void aGovernorsPlaceIsAProvince()
    {
        QCOMPARE(place(parse(QStringLiteral("Kirkuk Governor Rakan Saeed said roads were open.")),
                       QStringLiteral("Kirkuk"))
                     .kind,
                 PlaceKind::Admin1);
        QCOMPARE(
            place(parse(QStringLiteral("Roads into Kirkuk were open.")), QStringLiteral("Kirkuk"))
                .kind,
            PlaceKind::PopulatedPlace);
    }
    // "the Atlantic": seas and regions take the article, towns seldom do; the country the
    // article names does not make the ocean a town of that country.
    void theDefiniteArticleMarksASeaOrARegion()
    {
        QCOMPARE(place(parse(QStringLiteral("Flights from the US crossed the Atlantic on Monday.")),
                       QStringLiteral("Atlantic"))
                     .kind,
                 PlaceKind::Water);
        // ... even where the name is also an ordinary word ("pacific").
        QCOMPARE(place(parse(u"Ships sailed on the Pacific for a month."_s), u"Pacific"_s).kind,
                 PlaceKind::Water);
    }
    // A loose spelling read as a province a continent away from everything else the story
    // names, in a country it never names, is left unmapped; alone, nothing contradicts it.
    void aLooselySpeltProvinceFarFromTheStoryIsSetAside()
    {
        const GeoparseResult far =
            parse(QStringLiteral("Shelling hit Idlib, Hama and Aleppo on Monday. Aid later reached "
                                 "Orientalle province."));
        QVERIFY(placeOf(far, QStringLiteral("Hama")));
        QVERIFY(!mentionOf(far, QStringLiteral("Orientalle")));
        QCOMPARE(place(parse(QStringLiteral("Aid later reached Orientalle province.")),
                       QStringLiteral("Orientalle"))
                     .kind,
                 PlaceKind::Admin1);
    }
    void pluralCuesNameEveryPlaceOfTheirList()
    {
        const GeoparseResult result = parse(
            QStringLiteral("Gunmen raided the villages of Tell Qarmoun and Harat Salma at dawn."));
        QVERIFY(placeOf(result, QStringLiteral("Tell Qarmoun")));
        QVERIFY(placeOf(result, QStringLiteral("Harat Salma")));
    }
    void unlistedCuesDoNotTakePeopleOrOrganisations()
    {
        const GeoparseResult result =
            parse(QStringLiteral("The law passed in Parliament. Rebels in Hamas Brigades fought. "
                                 "We met in January with Maria Lopez."));
        QVERIFY2(result.mentions.empty(),
                 qPrintable(result.mentions.empty() ? QString() : result.mentions.front().text));
    }
    void divisionsSinceMergedAreStillProvinces()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Storms closed roads in Sogn og Fjordane and Nord-Trondelag, Norway, on Monday."));
        for (const QString &name : {u"Sogn og Fjordane"_s, u"Nord-Trondelag"_s}) {
            QCOMPARE(place(result, name).kind, PlaceKind::Admin1);
            QCOMPARE(place(result, name).countryCode, u"NO"_s);
        }
        // A division named by a compass word alone is named with its kind, never bare.
        QVERIFY(!mentionOf(parse(u"Rebels overran the North-Eastern Command in Lashio."_s),
                           u"North-Eastern"_s));
    }
    void namesWithAnApostropheMatchWhole()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Floods reached Prince George's County, Maryland, and L'Aquila in Italy. The People's "
            "Republic of Bangladesh sent aid."));
        QCOMPARE(place(result, u"Prince George's County"_s).kind, PlaceKind::Admin2);
        QCOMPARE(place(result, u"L'Aquila"_s).countryCode, u"IT"_s);
        QCOMPARE(place(result, u"People's Republic of Bangladesh"_s).countryCode, u"BD"_s);
    }
    void theOfficeOrBodyOfAPlaceNamesIt()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "The Interior Minister of Chile met the Mayor of Denver and the Health Ministry of "
            "Jordan. Fighters of the Islamic State of Iraq fled."));
        QCOMPARE(mentionOf(result, u"Chile"_s)->role, MentionRole::Name);
        QCOMPARE(place(result, u"Denver"_s).countryCode, u"US"_s);
        QCOMPARE(mentionOf(result, u"Jordan"_s)->role, MentionRole::Modifier);
        QVERIFY(!mentionOf(result, u"Iraq"_s)); // a faction's name
        const GeoparseResult said = parse(u"\"Stay home,\" said Ohio Governor Jane Doe."_s);
        QVERIFY(mentionOf(said, u"Ohio"_s));
        QCOMPARE(mentionOf(said, u"Ohio"_s)->role, MentionRole::Modifier);
    }
    void anOrdinaryWordOpeningASentenceIsNoPartOfTheName()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "As Lebanon's economy sank, prices rose. Neighbouring Chile closed its border. "
            "Officials said Lebanon would reopen it."));
        QVERIFY(mentionOf(result, u"Lebanon"_s));
        QVERIFY(!mentionOf(result, u"As Lebanon"_s));
        QVERIFY(mentionOf(result, u"Chile"_s));
        int lebanon = 0;
        for (const Mention &m : result.mentions)
            lebanon += m.text == u"Lebanon"_s;
        QCOMPARE(lebanon, 2); // a country after a saying verb stays a country
    }
    void initialsAndQuotationsOpenNames()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "U.S. inspectors arrived on Monday. An aide said: \"The U.S. will pay for it.\""));
        int us = 0;
        for (const Mention &m : result.mentions)
            us += m.text == u"U.S."_s;
        QCOMPARE(us, 2);
    }
    void aWordThatIsAlsoATownIsOneBeforeItsStateOrWhenTheCityIsHuge()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Reading, England, flooded. The flight went on through Phoenix. Mary Smith of "
            "Reading, England, wrote to us."));
        QCOMPARE(place(result, u"Reading"_s).countryCode, u"GB"_s);
        QCOMPARE(place(result, u"Phoenix"_s).countryCode, u"US"_s);
        int reading = 0;
        for (const Mention &m : result.mentions)
            reading += m.text == u"Reading"_s;
        QCOMPARE(reading, 2); // where Mary Smith lives, not her name
    }
    void joinedNamesContractionsAndTitles()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Tourists left Aix-en-Provence and flew from St. Louis. \"Don't go,\" I said. "
            "Senator Tulsa spoke. Later Tulsa said the Tulsa flu was mild. A study at the "
            "University of Texas found nothing."));
        QCOMPARE(place(result, u"Aix-en-Provence"_s).countryCode, u"FR"_s);
        QCOMPARE(place(result, u"St. Louis"_s).countryCode, u"US"_s);
        QVERIFY(!mentionOf(result, u"Don't"_s));
        QVERIFY(!mentionOf(result, u"Tulsa"_s)); // the senator, and a flu named after a town
        QVERIFY(!mentionOf(result, u"Texas"_s)); // a university's name
    }
    void aPlaceTakenOrStruckIsAPlace()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Rebels stormed Tel Varosh on Monday and shelled Kfar Melun, east of Homs."));
        QVERIFY(mentionOf(result, u"Tel Varosh"_s));
        QVERIFY(mentionOf(result, u"Kfar Melun"_s));
        QCOMPARE(place(result, u"Kfar Melun"_s).countryCode, u"SY"_s); // in the area after it
    }
    void aClauseQuotingSomeoneIsNoApposition()
    {
        QVERIFY(mentionOf(parse(u"Troops fought in western Moldova, a local official said."_s),
                          u"Moldova"_s));
        QVERIFY(!mentionOf(parse(u"We met Chad Morrison, an analyst at the bank."_s), u"Chad"_s));
    }
    void unlistedPlacesFromAppositionsPartsAndWaters()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Shelling hit Tel Varosh, a town 20 km south of Homs, and the Homs district of "
            "Bab Qasrun. Boats crossed Lake Varna and Mahra Bay. Ducks died in the Pine Hollow "
            "area of Scott County, Indiana."));
        for (const QString &name : {u"Tel Varosh"_s, u"Bab Qasrun"_s})
            QCOMPARE(place(result, name).countryCode, u"SY"_s);
        QCOMPARE(place(result, u"Lake Varna"_s).kind, PlaceKind::Water);
        QCOMPARE(place(result, u"Mahra Bay"_s).kind, PlaceKind::Water);
        QCOMPARE(place(result, u"Pine Hollow"_s).admin1, u"Indiana"_s);
        // A town of the name in another state is not the one the text puts in this county.
        QCOMPARE(place(parse(u"Geese died in the Eau Claire area of Peoria County, Illinois."_s),
                       u"Eau Claire"_s)
                     .admin1,
                 u"Illinois"_s);
        // "near the border with Y" puts it on the other side of that border, not in Y.
        QVERIFY(place(parse(u"Troops left Beit Arwan, a town near the border with Jordan."_s),
                      u"Beit Arwan"_s)
                    .countryCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(NewsPlacesTest)
#include "test_news_places.moc"
