#include "JsonWriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace frontline {
namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

// Most text written is ASCII with nothing to escape: it is copied as it is, with no UTF-8
// conversion of its own.
bool isPlainAscii(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x80 || needsEscape(c.unicode()))
            return false;
    return true;
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.back())
        m_out += ',';
    m_first.back() = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first.push_back(true);
}

void JsonWriter::close(char bracket)
{
    m_first.pop_back();
    m_out += bracket;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    appendEscaped(name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscape(unsigned char c)
{
    switch (c) {
    case '"':
        m_out += "\\\"";
        break;
    case '\\':
        m_out += "\\\\";
        break;
    case '\n':
        m_out += "\\n";
        break;
    case '\r':
        m_out += "\\r";
        break;
    case '\t':
        m_out += "\\t";
        break;
    default: {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", c);
        m_out += escape;
    }
    }
}

// Runs of characters that need no escape are appended whole.
void JsonWriter::appendEscaped(std::string_view utf8)
{
    m_out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (!needsEscape(c))
            continue;
        m_out.append(utf8.substr(runStart, i - runStart));
        appendEscape(c);
        runStart = i + 1;
    }
    m_out.append(utf8.substr(runStart));
    m_out += '"';
}

void JsonWriter::value(QStringView text)
{
    separate();
    if (isPlainAscii(text)) {
        m_out += '"';
        for (QChar c : text)
            m_out += char(c.unicode());
        m_out += '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendEscaped(std::string_view(utf8.constData(), std::size_t(utf8.size())));
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
        m_out += "null";
        return;
    }
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr);
}

void JsonWriter::value(long long number)
{
    separate();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    QByteArray result = QByteArray::fromStdString(m_out);
    m_out = std::string();
    return result;
}

} // namespace frontline
