#pragma once

#include "Document.h"
#include "EventCorrection.h"
#include "NameDecisions.h"

#include <QJsonObject>
#include <optional>

namespace frontline {

// The values edits carry, as a project's edit records keep them: enums by their names, dates
// as ISO text, so that a later version reads them whatever it adds. A value that does not read
// back is none (std::nullopt), never a default.
QJsonObject toJson(const EventCorrection &correction);
std::optional<EventCorrection> correctionFromJson(const QJsonObject &json);

QJsonObject toJson(const PlaceCandidate &candidate);
std::optional<PlaceCandidate> candidateFromJson(const QJsonObject &json);

QJsonObject toJson(const NameInArticle &name);
std::optional<NameInArticle> nameFromJson(const QJsonObject &json);

QJsonObject toJson(const ArticleInfo &info);
ArticleInfo articleInfoFromJson(const QJsonObject &json);

} // namespace frontline
