#include "EditReplay.h"

#include "ChoosePlaceCommand.h"
#include "EditArticleCommand.h"
#include "EditEventCommand.h"
#include "EditJson.h"
#include "MovePlaceCommand.h"
#include "NotAPlaceCommand.h"
#include "SplitEventCommand.h"

#include <QJsonArray>

namespace frontline {
namespace {

std::unique_ptr<RecordedEdit> placeCommand(Document &document, const EditRecord &record)
{
    const QJsonObject &data = record.data;
    if (record.kind == QLatin1String("move-place")) {
        if (data["place"].toString().isEmpty() || !data["latitude"].isDouble() ||
            !data["longitude"].isDouble())
            return nullptr;
        return std::make_unique<MovePlaceCommand>(document, data["place"].toString(),
                                                  data["latitude"].toDouble(),
                                                  data["longitude"].toDouble(), record.stamp);
    }
    const auto name = nameFromJson(data["name"].toObject());
    if (!name)
        return nullptr;
    if (record.kind == QLatin1String("not-a-place"))
        return std::make_unique<NotAPlaceCommand>(document, *name, data["place_name"].toString(),
                                                  record.stamp);
    const auto candidate = candidateFromJson(data["candidate"].toObject());
    if (!candidate)
        return nullptr;
    return std::make_unique<ChoosePlaceCommand>(document, *name, *candidate, record.stamp);
}

std::unique_ptr<RecordedEdit> eventCommand(Document &document, const EditRecord &record)
{
    const QJsonObject &data = record.data;
    if (record.kind == QLatin1String("split-event")) {
        const QString event = data["event"].toString();
        return event.isEmpty() ? nullptr
                               : std::make_unique<SplitEventCommand>(document, event, record.stamp);
    }
    QStringList events;
    for (const QJsonValue &id : data["events"].toArray())
        events << id.toString();
    const auto correction = correctionFromJson(data["correction"].toObject());
    if (events.isEmpty() || !correction)
        return nullptr;
    return std::make_unique<EditEventCommand>(document, events, *correction, record.stamp);
}

std::unique_ptr<RecordedEdit> articleCommand(Document &document, const EditRecord &record)
{
    const int article = record.data["article"].toInt(-1);
    if (article < 0 || article >= int(document.articles().size()))
        return nullptr;
    return std::make_unique<EditArticleCommand>(
        document, article, articleInfoFromJson(record.data["info"].toObject()), record.stamp);
}

} // namespace

std::vector<EditRecord> recordedEdits(const QUndoStack &stack)
{
    std::vector<EditRecord> records;
    for (int i = 0; i < stack.count(); ++i)
        if (const auto *edit = dynamic_cast<const RecordedEdit *>(stack.command(i)))
            records.push_back(edit->record());
    return records;
}

std::unique_ptr<RecordedEdit> commandFromRecord(Document &document, const EditRecord &record,
                                                QString *error)
{
    static const QStringList placeKinds{"move-place", "choose-place", "not-a-place"};
    static const QStringList eventKinds{"edit-event", "split-event"};
    std::unique_ptr<RecordedEdit> command;
    if (placeKinds.contains(record.kind))
        command = placeCommand(document, record);
    else if (eventKinds.contains(record.kind))
        command = eventCommand(document, record);
    else if (record.kind == QLatin1String("edit-article"))
        command = articleCommand(document, record);
    else {
        *error =
            QStringLiteral("an edit of a kind this version does not know (%1)").arg(record.kind);
        return nullptr;
    }
    if (!command)
        *error = QStringLiteral("a %1 edit whose details do not read").arg(record.kind);
    return command;
}

bool replayEdits(Document &document, const std::vector<EditRecord> &records, int undoIndex,
                 QString *error)
{
    QUndoStack &stack = *document.undoStack();
    for (const EditRecord &record : records) {
        std::unique_ptr<RecordedEdit> command = commandFromRecord(document, record, error);
        if (!command)
            return false;
        stack.push(command.release()); // made again: its redo() runs
    }
    stack.setIndex(std::clamp(undoIndex, 0, stack.count()));
    stack.setClean();
    return true;
}

} // namespace frontline
