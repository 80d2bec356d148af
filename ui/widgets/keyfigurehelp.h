#pragma once

#include <QString>

namespace pledgecheck {

/// What's This of a key figure, its caption or the verdict, found by the widget's object name in
/// KeyFiguresView ("figureJobs", "figureJobsCaption", "verdictHeadline", "plausibility_..."): what
/// the figure is and how it is computed, naming its section of docs/model.md. Empty for a name
/// that is not a key figure's.
QString keyFigureWhatsThis(const QString &objectName);

} // namespace pledgecheck
