#include "TextDecoder.h"

#include <QStringDecoder>
#include <unicode/ucnv.h>

namespace frontline {
namespace {

struct ByteOrderMark
{
    QByteArray bytes;
    QStringConverter::Encoding encoding;
    const char *name;
};

// UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
const ByteOrderMark kMarks[] = {
    {QByteArray("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
    {QByteArray("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArray("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArray("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArray("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
};

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
        QStringDecoder decoder(mark.encoding, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(QByteArrayView(bytes).sliced(mark.bytes.size()));
        result.encoding = QString::fromLatin1(mark.name);
        if (decoder.hasError())
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
