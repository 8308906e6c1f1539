#include "JsonWriter.h"

#include <charconv>
#include <cmath>

namespace frontline {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.back())
        m_out.append(',');
    m_first.back() = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_first.push_back(true);
}

void JsonWriter::close(char bracket)
{
    m_first.pop_back();
    m_out.append(bracket);
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    appendEscaped(name);
    m_out.append(':');
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscaped(std::string_view utf8)
{
    m_out.append('"');
    for (char c : utf8) {
        switch (c) {
        case '"': m_out.append("\\\""); break;
        case '\\': m_out.append("\\\\"); break;
        case '\n': m_out.append("\\n"); break;
        case '\r': m_out.append("\\r"); break;
        case '\t': m_out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                m_out.append(escape);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::value(QStringView text)
{
    separate();
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
        m_out.append("null");
        return;
    }
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
}

void JsonWriter::value(long long number)
{
    separate();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

QByteArray JsonWriter::take()
{
    m_out.append('\n');
    return std::move(m_out);
}

} // namespace frontline
