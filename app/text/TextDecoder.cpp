#include "TextDecoder.h"

#include <QStringDecoder>
#include <optional>
#include <unicode/ucnv.h>

namespace frontline {
namespace {

struct ByteOrderMark
{
    QByteArray bytes;
    const char *name; // ICU's name of the encoding
};

// UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
const ByteOrderMark kMarks[] = {
    {QByteArray("\xEF\xBB\xBF", 3), "UTF-8"},
    {QByteArray("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {QByteArray("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {QByteArray("\xFF\xFE", 2), "UTF-16LE"},
    {QByteArray("\xFE\xFF", 2), "UTF-16BE"},
};

// The bytes in `encoding`, or nothing when any of them do not decode: an unpaired surrogate,
// a code point past U+10FFFF, a sequence cut short (Qt's decoders pass these as U+FFFD).
std::optional<QString> decodeStrictly(QByteArrayView bytes, const char *encoding)
{
    if (bytes.isEmpty())
        return QString();
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(encoding, &status);
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size(), Qt::Uninitialized); // no encoding takes fewer bytes a code unit
    const int32_t length =
        ucnv_toUChars(converter, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.data(), int32_t(bytes.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return true;
    // Counted without branches, which the compiler turns into vector instructions: every byte
    // of every article passes here.
    qsizetype controls = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        controls += (u < 0x20) & (u != '\n') & (u != '\r') & (u != '\t') & (u != '\f');
    }
    return controls * 100 > bytes.size() * 2; // more than 2% control characters
}

QString decodeWindows1252(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    QString out(bytes.size(), Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    out.truncate(length);
    return out;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    for (const ByteOrderMark &mark : kMarks) {
        if (!bytes.startsWith(mark.bytes))
            continue;
        const std::optional<QString> text =
            decodeStrictly(QByteArrayView(bytes).sliced(mark.bytes.size()), mark.name);
        result.encoding = QString::fromLatin1(mark.name);
        if (text)
            result.text = *text;
        else
            result.error = QStringLiteral("the file is not valid %1 text").arg(result.encoding);
        return result;
    }
    if (looksBinary(bytes)) {
        result.error = QStringLiteral("the file is binary, not text");
        return result;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    result.text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    result.text = decodeWindows1252(bytes);
    result.encoding = QStringLiteral("windows-1252");
    result.warning = QStringLiteral("the file is not UTF-8; read it as Windows-1252");
    return result;
}

} // namespace frontline
