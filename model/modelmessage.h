#pragma once

#include "yearmonth.h"

#include <QString>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pledgecheck {

/// Every message the model gives the analyst, by a stable id. Its English template ("%1 = %2 is
/// not valid: ...") is in modelmessage.cpp's table, the one place the ids are listed, marked for
/// the window's catalogue in the "ModelMessage" context. Append new ids before Count.
enum class MessageId : int {
    ValueOutOfRange,
    NetGrowthNotAboveMinusOne,
    MarketBelowInitialSellers,
    EventParameterFixed,
    EventOutsideScenario,
    EventSetsInvalidValue,
    TwoEventsInOneMonth,
    ReportedFigure,
    ObservationOutsideScenario,
    ObservationNotPositive,
    ObservationBadLow,
    ObservationBadHigh,
    FitNoParameters,
    FitNotRealValued,
    FitNamedTwice,
    FitNoObservations,
    FitNoObservationInside,
    FitLeftOut,
    FitMovesNothing,
    FitFewerReportsThanParametersOne,
    FitFewerReportsThanParametersMany,
    FitNotConverged,
    FitAtRangeEdge,
    UncertainNotRealValued,
    DistributionNotFinite,
    UniformLowAboveHigh,
    UniformLeavesRange,
    TriangularOutOfOrder,
    TriangularLeavesRange,
    NormalSdNotPositive,
    NormalSdLostInRounding,
    NormalMeanOutsideRange,
    LogNormalOutOfOrder,
    LogNormalMedianTooSmall,
    LogNormalNoSpread,
    LogNormalMedianOutsideRange,
    PledgeNotUncertain,
    SamplesOutOfRange,
    StrandsEntry,
    StrandsEntryWithRange,
    // Reading and writing files (docs/scenario-format.md): what the window says of a file it
    // cannot open or save.
    AtPlace,
    LineColumn,
    MalformedJson,
    NotAJsonObject,
    NotAScenario,
    VersionNotWhole,
    NewerFormatVersion,
    MissingKey,
    UnknownKey,
    WrongType,
    ExpectedType,
    NameNotValid,
    NotAMonth,
    TextTooLong,
    DuplicateKey,
    ControlCharacter,
    PathNotRegularFile,
    CannotOpen,
    CannotRead,
    ScenarioTooLarge,
    CannotWrite,
    WriteNotRegularFile,
    TooManyEntries,
    UnknownEventParameter,
    UnknownMetric,
    SameReportTwice,
    NotADistribution,
    UnknownDistributionKey,
    UnknownKeyNotParameter,
    WholeNumberFromTo,
    CentreNotValue,
    ObjectSuchAs,
    FitJobsCreatedAtStart,
    Count
};

class ModelMessage;
// Declared here, defined in parameterdescriptor.h and scenarioevents.h, which include this header
// through distribution.h.
enum class ParameterId : int;
enum class ObservedMetric : int;

/// What a message's placeholders are filled with. Each kind is written in plain English for the
/// command line and files (text()), and in the window's language by the ui (ui/text/messagetext.h).
namespace messagearg {
struct Number { double value; };               ///< shortest form that reads back: "0.5", "100000"
struct Count { long long value; };             ///< a whole count: "3"
struct Month { YearMonth month; };             ///< "2018-09"
struct Parameter { ParameterId id; };          ///< its key, "annual_growth_rate"; the window: its label
struct Value { ParameterId id; double value; }; ///< as the parameter writes it: "2018-09", "logistic", "0.36"
struct Range { ParameterId id; };              ///< describeRange(): "-0.5 to 10"
struct ChangeableParameters {};                ///< the keys an event may change, joined by ", "
struct Metric { ObservedMetric metric; };      ///< "sellers" or "jobs"
struct Text { std::string text; };             ///< as it is in every language: a path, a key, a name in a file
struct Term { const char *english; };          ///< a word marked QT_TRANSLATE_NOOP("ModelMessage", ...): "a number"
struct SystemReason { int error; std::string text; }; ///< errno and the system's words: "No space left on device"
using Nested = std::shared_ptr<const ModelMessage>; ///< a message inside another
} // namespace messagearg

using MessageArg = std::variant<messagearg::Number, messagearg::Count, messagearg::Month, messagearg::Parameter,
                                messagearg::Value, messagearg::Range, messagearg::ChangeableParameters,
                                messagearg::Metric, messagearg::Nested, messagearg::Text, messagearg::Term,
                                messagearg::SystemReason>;

/// One message: an id and the values for its template's %1, %2, ... in order.
class ModelMessage
{
public:
    ModelMessage(MessageId id, std::vector<MessageArg> args = {});

    MessageId id() const { return m_id; }
    const std::vector<MessageArg> &args() const { return m_args; }
    /// The message in English, as the command line prints it and files hold it.
    std::string text() const;

private:
    MessageId m_id;
    std::vector<MessageArg> m_args;
};

/// Whether @p message reads @p english on the command line: what the tests that pin a wording ask.
inline bool operator==(const ModelMessage &message, std::string_view english)
{
    return message.text() == english;
}
/// Writes the English text (a test's failure report).
std::ostream &operator<<(std::ostream &out, const ModelMessage &message);

/// @p message as an argument of another ("an event in 2018-09 sets %2").
messagearg::Nested nested(ModelMessage message);

/// @p text as an argument the same in every language (a path, a key of a file).
messagearg::Text verbatim(const QString &text);

/// Sets @p error, when given, to @p problem's English: the QString forms of the file readers.
inline void setEnglish(QString *error, const std::optional<ModelMessage> &problem)
{
    if (error && problem)
        *error = QString::fromStdString(problem->text());
}

/// "@p place: @p problem", the place in a file as its keys ("parameters.annual_growth_rate").
ModelMessage atPlace(const QString &place, ModelMessage problem);

/// The English template of @p id, a literal marked QT_TRANSLATE_NOOP("ModelMessage", ...): what
/// the window looks up in its catalogue. Empty for an id outside the table.
const char *messageTemplate(MessageId id);

/// Calls @p literal with each stretch of @p pattern between placeholders and @p placeholder with
/// each placeholder's index from 0 (%1 is 0); a "%" followed by no digit 1 to 9 is text.
/// Shared by text() and the window, so that both read a template alike.
template <typename Text, typename Literal, typename Placeholder>
void splitTemplate(const Text &pattern, Literal literal, Placeholder placeholder)
{
    std::size_t from = 0;
    for (std::size_t i = 0; i + 1 < static_cast<std::size_t>(pattern.size()); ++i) {
        const auto next = pattern[i + 1];
        if (pattern[i] != '%' || next < '1' || next > '9')
            continue;
        literal(from, i - from);
        placeholder(static_cast<std::size_t>(next - '1'));
        from = i + 2;
        ++i;
    }
    literal(from, static_cast<std::size_t>(pattern.size()) - from);
}

} // namespace pledgecheck
