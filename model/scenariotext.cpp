#include "scenariotext.h"

#include <algorithm>

namespace pledgecheck {
namespace {

// Code points, as a person counts characters: a pair of surrogates is one.
qsizetype characters(QStringView text)
{
    return text.size() - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

std::optional<ModelMessage> lengthProblem(const char *what, QStringView text, qsizetype longest)
{
    // Fewer UTF-16 units than the limit means fewer characters too: no count needed.
    if (text.size() <= longest)
        return std::nullopt;
    const qsizetype length = characters(text);
    if (length <= longest)
        return std::nullopt;
    return ModelMessage(MessageId::TextTooLong, {messagearg::Term{what}, messagearg::Count{length},
                                                 messagearg::Count{longest}});
}

} // namespace

std::optional<ModelMessage> scenarioNameProblem(QStringView name)
{
    return lengthProblem(QT_TRANSLATE_NOOP("ModelMessage", "name"), name, kLongestScenarioName);
}

std::optional<ModelMessage> scenarioNoteProblem(QStringView note)
{
    return lengthProblem(QT_TRANSLATE_NOOP("ModelMessage", "note"), note, kLongestScenarioNote);
}

std::optional<ModelMessage> eventNoteProblem(QStringView note)
{
    return lengthProblem(QT_TRANSLATE_NOOP("ModelMessage", "note"), note, kLongestEntryText);
}

std::optional<ModelMessage> observationSourceProblem(QStringView source)
{
    return lengthProblem(QT_TRANSLATE_NOOP("ModelMessage", "source"), source, kLongestEntryText);
}

} // namespace pledgecheck
