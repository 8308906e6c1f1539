#pragma once

#include "RecordedEdit.h"

#include <QUndoStack>
#include <memory>
#include <vector>

namespace frontline {

class Document;

// The edits of an undo stack, oldest first, those undone included (the stack's index tells
// where the analyst stands among them).
std::vector<EditRecord> recordedEdits(const QUndoStack &stack);

// The command that makes a recorded edit again on `document`, with its author and time; none,
// and why in `error`, for a kind this version does not know or data that does not read.
std::unique_ptr<RecordedEdit> commandFromRecord(Document &document, const EditRecord &record,
                                                QString *error);

// Makes the edits again in order on `stack`, then undoes those after `undoIndex`: the document
// and its undo history as they were saved. False, and why, on the first that cannot be made.
bool replayEdits(Document &document, const std::vector<EditRecord> &records, int undoIndex,
                 QString *error);

} // namespace frontline
