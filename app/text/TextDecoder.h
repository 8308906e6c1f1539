#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

// Turns the bytes of a text file into a string, detecting the encoding in the order that
// DESIGN.md gives: byte-order mark, valid UTF-8, binary (refused), else Windows-1252.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", ..., "windows-1252"
    QString error;    // set when the bytes are not text
    QString warning;  // set when the encoding was guessed
    bool ok() const { return error.isEmpty(); }
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace frontline
