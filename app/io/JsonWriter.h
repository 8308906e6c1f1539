#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringView>
#include <cstring>
#include <string_view>
#include <vector>

namespace frontline {

// Writes compact JSON straight into a byte array: no document tree, so a result with a million
// mentions costs what its text costs. Commas and nesting are handled here.
class JsonWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member's name: one of the program's own ("place", "lat"), never text read from an
    // article, so written as it is, without looking for characters to escape.
    JsonWriter &key(std::string_view name);
    void value(QStringView text);
    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void value(double number);
    void value(long long number);
    void value(int number) { value(static_cast<long long>(number)); }
    void value(bool flag);
    // A day as QDate::toString(Qt::ISODate) writes it ("2024-10-22"), null when not valid;
    // without Qt's locale machinery, since every event has a few.
    void value(QDate day);
    void null();

    QByteArray take();

private:
    void separate();
    void open(char bracket);
    void close(char bracket);
    void appendEscaped(std::string_view utf8);
    void appendEscape(unsigned char c);

    // A large result is millions of small appends: each is a store into room made ahead
    // (QByteArray's own append is a library call each). The bytes written are m_out's first
    // m_size; the rest is room.
    char *room(qsizetype bytes)
    {
        if (m_size + bytes > m_out.size())
            grow(bytes);
        char *at = m_out.data() + m_size;
        m_size += bytes;
        return at;
    }
    void grow(qsizetype bytes);
    void put(char c) { *room(1) = c; }
    void put(std::string_view text)
    {
        std::memcpy(room(qsizetype(text.size())), text.data(), text.size());
    }

    QByteArray m_out;
    qsizetype m_size = 0;
    // Per nesting level: nothing written in it yet. Bytes, not std::vector<bool>'s bits: it is
    // read before every key and value.
    std::vector<char> m_first{true};
    bool m_afterKey = false;
};

} // namespace frontline
