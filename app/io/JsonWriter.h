#pragma once

#include <QByteArray>
#include <QStringView>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// Writes compact JSON straight into a buffer: no document tree, so a result with a million
// mentions costs what its text costs. Commas and nesting are handled here.
class JsonWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter &key(std::string_view name);
    void value(QStringView text);
    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void value(double number);
    void value(long long number);
    void value(int number) { value(static_cast<long long>(number)); }
    void value(bool flag);
    void null();

    QByteArray take();

private:
    void separate();
    void open(char bracket);
    void close(char bracket);
    void appendEscaped(std::string_view utf8);
    void appendEscape(unsigned char c);

    // A std::string, not a QByteArray: its appends are inlined, and a large result makes
    // millions of them.
    std::string m_out;
    std::vector<bool> m_first{true}; // per nesting level: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace frontline
