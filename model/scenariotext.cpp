#include "scenariotext.h"

#include <algorithm>

namespace pledgecheck {
namespace {

// Code points, as a person counts characters: a pair of surrogates is one.
qsizetype characters(QStringView text)
{
    return text.size() - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

std::optional<QString> lengthProblem(const char *what, QStringView text, qsizetype longest)
{
    // Fewer UTF-16 units than the limit means fewer characters too: no count needed.
    if (text.size() <= longest)
        return std::nullopt;
    const qsizetype length = characters(text);
    if (length <= longest)
        return std::nullopt;
    return QStringLiteral("the %1 is %2 characters long; the limit is %3 characters")
        .arg(QLatin1String(what))
        .arg(length)
        .arg(longest);
}

} // namespace

std::optional<QString> scenarioNameProblem(QStringView name)
{
    return lengthProblem("name", name, kLongestScenarioName);
}

std::optional<QString> scenarioNoteProblem(QStringView note)
{
    return lengthProblem("note", note, kLongestScenarioNote);
}

std::optional<QString> eventNoteProblem(QStringView note)
{
    return lengthProblem("note", note, kLongestEntryText);
}

std::optional<QString> observationSourceProblem(QStringView source)
{
    return lengthProblem("source", source, kLongestEntryText);
}

} // namespace pledgecheck
