// Reading articles: encodings, binary refusal, titles and dates, HTML, sentences.
#include "text/ArticleReader.h"
#include "text/HtmlText.h"
#include "text/SentenceSplitter.h"
#include "text/TextDecoder.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace frontline;

class TextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void utf16WithByteOrderMarkDecodes()
    {
        const QString text = QStringLiteral("Raqqa, Deir ez-Zōr");
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray bytes = QByteArray("\xFF\xFE", 2) + QByteArray(encoder.encode(text));
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(decoded.text, text);
    }
    void utf32BigEndianDecodes()
    {
        QStringEncoder encoder(QStringConverter::Utf32BE);
        const QByteArray bytes =
            QByteArray("\x00\x00\xFE\xFF", 4) + QByteArray(encoder.encode(u"Kyiv"));
        QCOMPARE(decodeText(bytes).text, QStringLiteral("Kyiv"));
    }
    void windows1252IsTheFallbackWithAWarning()
    {
        const QByteArray bytes("Caf\xE9 \x93quoted\x94");
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.text, QString::fromUtf8("Café “quoted”"));
        QVERIFY(!decoded.warning.isEmpty());
    }
    void binaryIsRefused()
    {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 256);
        QVERIFY(!decodeText(bytes).ok());
        QVERIFY(!decodeText(QByteArray("text\0with nul", 13)).ok());
    }
    void abbreviationsDoNotEndSentences()
    {
        const QString text = QStringLiteral(
            "U.S. officials met Gen. Smith in Kabul. He left on Monday.\nA new line starts here");
        const auto sentences = splitSentences(text);
        QCOMPARE(sentences.size(), std::size_t(3));
        QCOMPARE(text.mid(sentences[0].start, sentences[0].length()),
                 QStringLiteral("U.S. officials met Gen. Smith in Kabul."));
        QCOMPARE(text.mid(sentences[2].start, sentences[2].length()),
                 QStringLiteral("A new line starts here"));
    }
    void anAcronymInCapitalsEndsASentence()
    {
        const QString text = QStringLiteral(
            "Aid came from the WHO. In Mali, St. Louis donors and the U.S. Army helped.");
        const auto sentences = splitSentences(text);
        QCOMPARE(sentences.size(), std::size_t(2));
        QCOMPARE(text.mid(sentences[1].start, sentences[1].length()),
                 QStringLiteral("In Mali, St. Louis donors and the U.S. Army helped."));
        QCOMPARE(splitSentences(QStringLiteral("Aid went to the U.S. The rest stayed.")).size(),
                 std::size_t(2));
    }
    // A line break always ends a sentence, even after an abbreviation: a long text is split on
    // all cores in parts cut after line breaks, and finds the sentences each line alone has.
    void longTextsSplitInPartsAsLineByLine()
    {
        const QString lines[] = {QStringLiteral("Troops met Gen.\r\n"),
                                 QStringLiteral("Smith in Kabul. U.S. officials said so.\n"),
                                 QStringLiteral("\n"),
                                 QStringLiteral("Shelling hit the town on Sept.\n"),
                                 QStringLiteral("3, killing 12 people. \"We left,\" he said.\n")};
        for (const QString &line : {lines[0], lines[3]})
            QCOMPARE(splitSentences(line).size(), std::size_t(1));
        QString text;
        std::vector<TextRange> lineByLine;
        constexpr int kCharactersOverTwoParts = 3 << 20; // past kCharactersPerPart twice
        for (int i = 0; text.size() < kCharactersOverTwoParts; ++i) {
            const QString &line = lines[i % std::size(lines)];
            for (const TextRange &range : splitSentences(line))
                lineByLine.push_back(
                    {int(text.size()) + range.start, int(text.size()) + range.end});
            text += line;
        }
        QVERIFY(splitSentences(text) == lineByLine);
    }
    void plainTextTitleAndDateLine()
    {
        const ArticleReadResult read =
            articleFromText(QStringLiteral("# Fighting near Gao\nDate: 2024-03-02\n\nBody text."),
                            QStringLiteral("a.md"));
        QCOMPARE(read.article.title, QStringLiteral("Fighting near Gao"));
        QCOMPARE(read.article.date, QDate(2024, 3, 2));
        QVERIFY(read.article.text.startsWith(QLatin1String("# Fighting")));
    }
    void htmlIsReducedToTextWithoutScripts()
    {
        const QString html = QStringLiteral(
            "<html><head><title>Clashes in Tripoli</title>"
            "<meta property=\"article:published_time\" content=\"2022-08-27T10:00:00Z\">"
            "<script>document.write('Benghazi')</script><style>p{color:red}</style></head>"
            "<body><p>Militias clashed in Tripoli.</p><img src=\"http://example.invalid/x.png\">"
            "<p>Calm returned.</p></body></html>");
        const HtmlContent content = htmlToText(html);
        QCOMPARE(content.title, QStringLiteral("Clashes in Tripoli"));
        QCOMPARE(content.date, QDate(2022, 8, 27));
        QVERIFY(content.text.contains(QLatin1String("Militias clashed in Tripoli.")));
        QVERIFY(!content.text.contains(QLatin1String("Benghazi")));
        QVERIFY(!content.text.contains(QLatin1String("color")));
    }
    // HTML is read in one pass, whatever its nesting: entities decoded, comments and inert
    // elements skipped, blocks kept apart, white space collapsed as a browser shows it.
    void htmlOfAnyNestingReadsAsABrowserShowsIt()
    {
        const QString deep = QStringLiteral("<div>").repeated(20000) +
                             QStringLiteral("Shelling hit Kharkiv.") +
                             QStringLiteral("</div>").repeated(20000);
        QCOMPARE(htmlToText(deep).text, QStringLiteral("Shelling hit Kharkiv."));
        const HtmlContent content = htmlToText(QStringLiteral(
            "<title>Army &amp; rebels</title><p>Fighting   raged\n near <b>Saraqib</b>,&nbsp;"
            "officials said.<br>The army&#8217;s push &#x2014; stalled.</p><!-- <p>Homs</p> -->"
            "<script>var s = '</p>Benghazi';</script><p>A &unknown; sign &amp more</p>"));
        QCOMPARE(content.title, QStringLiteral("Army & rebels"));
        QCOMPARE(content.text, QStringLiteral("Army & rebels\n\nFighting raged near Saraqib, "
                                              "officials said.\n\nThe army\u2019s push \u2014 "
                                              "stalled.\n\nA &unknown; sign & more"));
    }
    void missingEmptyAndOversizedFiles()
    {
        QVERIFY(!readArticle(QStringLiteral("/nonexistent/article.txt")).ok());
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const ArticleReadResult read = readArticle(empty);
        QVERIFY(read.ok());
        QVERIFY(read.article.sentences.empty());
        QVERIFY(!read.warnings.isEmpty());

        const QString huge = dir.filePath(QStringLiteral("huge.txt"));
        QFile big(huge);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(kMaxArticleBytes + 1)); // sparse: costs no disk
        big.close();
        const ArticleReadResult refused = readArticle(huge);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QLatin1String("too large")));
    }
    void sentenceLookupAndCodePoints()
    {
        ArticleReadResult read =
            articleFromText(QStringLiteral("A 😀 b. Second one."), QStringLiteral("x.txt"));
        const Article &article = read.article;
        QCOMPARE(article.sentenceAt(article.text.indexOf(QLatin1String("Second"))), 1);
        // The emoji is two UTF-16 units but one code point.
        QCOMPARE(article.toCodePoint(article.text.indexOf(QLatin1String("b."))), 4);
    }
};

QTEST_GUILESS_MAIN(TextTest)
#include "test_text.moc"
