#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace frontline {
namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.back())
        put(',');
    m_first.back() = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    put(bracket);
    m_first.push_back(true);
}

void JsonWriter::close(char bracket)
{
    m_first.pop_back();
    put(bracket);
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    char *out = room(qsizetype(name.size()) + 3); // "name":
    *out++ = '"';
    out = std::copy(name.begin(), name.end(), out);
    out[0] = '"';
    out[1] = ':';
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscape(unsigned char c)
{
    switch (c) {
    case '"':
        put("\\\"");
        break;
    case '\\':
        put("\\\\");
        break;
    case '\n':
        put("\\n");
        break;
    case '\r':
        put("\\r");
        break;
    case '\t':
        put("\\t");
        break;
    default: {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", c);
        put(escape);
    }
    }
}

// Runs of characters that need no escape are appended whole.
void JsonWriter::appendEscaped(std::string_view utf8)
{
    put('"');
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (!needsEscape(c))
            continue;
        put(utf8.substr(runStart, i - runStart));
        appendEscape(c);
        runStart = i + 1;
    }
    put(utf8.substr(runStart));
    put('"');
}

// Most text written is ASCII with nothing to escape: it is copied as it is, in one pass; other
// text is written again over it, converted to UTF-8 and escaped.
void JsonWriter::value(QStringView text)
{
    separate();
    const qsizetype start = m_size;
    char *out = room(text.size() + 2);
    *out++ = '"';
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || needsEscape(u)) {
            m_size = start;
            const QByteArray utf8 = text.toUtf8();
            appendEscaped(std::string_view(utf8.constData(), std::size_t(utf8.size())));
            return;
        }
        *out++ = char(u);
    }
    *out = '"';
}

void JsonWriter::value(std::string_view text)
{
    separate();
    appendEscaped(text);
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        put("null");
        return;
    }
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    put(std::string_view(digits, std::size_t(result.ptr - digits)));
}

void JsonWriter::value(long long number)
{
    separate();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    put(std::string_view(digits, std::size_t(result.ptr - digits)));
}

void JsonWriter::value(bool flag)
{
    separate();
    put(flag ? "true" : "false");
}

void JsonWriter::value(QDate day)
{
    if (!day.isValid()) {
        null();
        return;
    }
    int year = 0, month = 0, dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    constexpr int kLastFourDigitYear = 9999;
    if (year < 0 || year > kLastFourDigitYear) { // no ISO text for it: Qt's is empty too
        value(std::string_view());
        return;
    }
    separate();
    char *out = room(12); // "YYYY-MM-DD"
    const auto twoDigits = [](char *at, int number) {
        at[0] = char('0' + number / 10);
        at[1] = char('0' + number % 10);
    };
    out[0] = '"';
    twoDigits(out + 1, year / 100);
    twoDigits(out + 3, year % 100);
    out[5] = '-';
    twoDigits(out + 6, month);
    out[8] = '-';
    twoDigits(out + 9, dayOfMonth);
    out[11] = '"';
}

void JsonWriter::null()
{
    separate();
    put("null");
}

void JsonWriter::grow(qsizetype bytes)
{
    constexpr qsizetype kFirstRoom = 4096;
    m_out.resize(std::max({2 * m_out.size(), m_size + bytes, kFirstRoom}));
}

QByteArray JsonWriter::take()
{
    put('\n');
    m_out.truncate(m_size);
    m_size = 0;
    return std::move(m_out);
}

} // namespace frontline
