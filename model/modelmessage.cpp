#include "modelmessage.h"

#include "parametertable.h"
#include "scenarioeventrules.h"

#include <QtGlobal>

#include <array>
#include <ostream>
#include <cmath>
#include <utility>

namespace pledgecheck {

namespace {

struct MessageTemplate {
    MessageId id;
    const char *text;
};

// Every id's English template, in MessageId order (tests/model/modelmessagetest.cpp checks the
// order and that every id has one; tests/ui/translationstest.cpp that the window translates each).
constexpr std::array<MessageTemplate, static_cast<std::size_t>(MessageId::Count)> kTemplates{{
    {MessageId::ValueOutOfRange, QT_TRANSLATE_NOOP("ModelMessage", "%1 = %2 is not valid: the valid range is %3")},
    {MessageId::NetGrowthNotAboveMinusOne,
     QT_TRANSLATE_NOOP("ModelMessage",
                       "net yearly growth (1 + annual_growth_rate)(1 - annual_churn_rate) - 1 must be above -1")},
    {MessageId::MarketBelowInitialSellers,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 = %2 is below %3 = %4: under logistic growth the market must hold at "
                                       "least the starting sellers")},
    {MessageId::EventParameterFixed, QT_TRANSLATE_NOOP("ModelMessage", "an event may not change %1; it may change %2")},
    {MessageId::EventOutsideScenario,
     QT_TRANSLATE_NOOP("ModelMessage",
                       "an event on %1 in %2 falls outside the scenario: events fall from %3 to %4")},
    {MessageId::EventSetsInvalidValue, QT_TRANSLATE_NOOP("ModelMessage", "an event in %1 sets %2")},
    {MessageId::TwoEventsInOneMonth, QT_TRANSLATE_NOOP("ModelMessage", "two events change %1 in %2; keep one")},
    {MessageId::ReportedFigure, QT_TRANSLATE_NOOP("ModelMessage", "a reported %1 figure in %2")},
    {MessageId::ObservationOutsideScenario,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 falls outside the scenario: reports fall from %2 to %3")},
    {MessageId::ObservationNotPositive, QT_TRANSLATE_NOOP("ModelMessage", "%1 is %2: a reported count must be above 0")},
    {MessageId::ObservationBadLow,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 has low %2: low must be above 0 and at most the value %3")},
    {MessageId::ObservationBadHigh,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 has high %2: high must be at least the value %3")},
    {MessageId::FitNoParameters, QT_TRANSLATE_NOOP("ModelMessage", "name at least one parameter to fit")},
    {MessageId::FitNotRealValued,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 is not a real-valued parameter: only those may be fitted")},
    {MessageId::FitNamedTwice, QT_TRANSLATE_NOOP("ModelMessage", "%1 is named twice")},
    {MessageId::FitNoObservations,
     QT_TRANSLATE_NOOP("ModelMessage", "the scenario holds no reported figures (observations) to fit to")},
    {MessageId::FitNoObservationInside,
     QT_TRANSLATE_NOOP("ModelMessage", "none of the scenario's reported figures falls inside it: nothing to fit to")},
    {MessageId::FitLeftOut, QT_TRANSLATE_NOOP("ModelMessage", "left out: %1")},
    {MessageId::FitMovesNothing,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 does not move the reported figures in this scenario: left at %2")},
    {MessageId::FitFewerReportsThanParametersOne,
     QT_TRANSLATE_NOOP("ModelMessage",
                       "%1 parameters fitted to %2 reported figure: other values fit as well; fit fewer or add reports")},
    {MessageId::FitFewerReportsThanParametersMany,
     QT_TRANSLATE_NOOP("ModelMessage",
                       "%1 parameters fitted to %2 reported figures: other values fit as well; fit fewer or add reports")},
    {MessageId::FitNotConverged,
     QT_TRANSLATE_NOOP("ModelMessage", "the fit did not converge in %1 projections: the values are the last tried")},
    {MessageId::FitAtRangeEdge,
     QT_TRANSLATE_NOOP("ModelMessage",
                       "%1 = %2 is at the edge of its valid range %3: the reports would push it further")},
    {MessageId::UncertainNotRealValued, QT_TRANSLATE_NOOP("ModelMessage", "%1: only real-valued parameters can be uncertain")},
    {MessageId::DistributionNotFinite, QT_TRANSLATE_NOOP("ModelMessage", "%1: the distribution's numbers must be finite")},
    {MessageId::UniformLowAboveHigh, QT_TRANSLATE_NOOP("ModelMessage", "%1: uniform low %2 is above high %3")},
    {MessageId::UniformLeavesRange, QT_TRANSLATE_NOOP("ModelMessage", "%1: uniform(%2, %3) leaves the valid range %4")},
    {MessageId::TriangularOutOfOrder,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: triangular needs low <= mode <= high, got %2, %3, %4")},
    {MessageId::TriangularLeavesRange,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: triangular(%2, %3, %4) leaves the valid range %5")},
    {MessageId::NormalSdNotPositive, QT_TRANSLATE_NOOP("ModelMessage", "%1: normal sd must be above 0, got %2")},
    {MessageId::NormalSdLostInRounding,
     QT_TRANSLATE_NOOP("ModelMessage",
                       "%1: normal sd %2 is lost in rounding next to the mean %3; make the parameter fixed instead")},
    {MessageId::NormalMeanOutsideRange,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: normal mean %2 is outside the valid range %3")},
    {MessageId::LogNormalOutOfOrder,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: lognormal needs 0 < median < p90, got median %2, p90 %3")},
    {MessageId::LogNormalMedianTooSmall,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: lognormal median %2 is below the least allowed, %3")},
    {MessageId::LogNormalNoSpread,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: lognormal p90 %2 is within rounding of the median %3, so there is no "
                                       "spread; make the parameter fixed instead")},
    {MessageId::LogNormalMedianOutsideRange,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: lognormal median %2 is outside the valid range %3")},
    {MessageId::PledgeNotUncertain,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: the pledge is a fixed number and cannot be uncertain")},
    {MessageId::SamplesOutOfRange,
     QT_TRANSLATE_NOOP("ModelMessage", "samples = %1 is not valid: the valid range is 1 to %2")},
    {MessageId::StrandsEntry,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 = %2 is not valid: %3; move or remove the entry first")},
    {MessageId::StrandsEntryWithRange,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 = %2 is not valid: %3; with the events and reports as they are, "
                                       "the valid range is %4 to %5; move or remove the entry first")},    {MessageId::AtPlace, QT_TRANSLATE_NOOP("ModelMessage", "%1: %2")},
    {MessageId::LineColumn, QT_TRANSLATE_NOOP("ModelMessage", "line %1, column %2")},
    {MessageId::MalformedJson, QT_TRANSLATE_NOOP("ModelMessage", "malformed JSON at %1: %2")},
    {MessageId::NotAJsonObject,
     QT_TRANSLATE_NOOP("ModelMessage", "not a PledgeCheck scenario: the top level is not a JSON object")},
    {MessageId::NotAScenario, QT_TRANSLATE_NOOP("ModelMessage", "not a PledgeCheck scenario: \"%1\" must be \"%2\"")},
    {MessageId::VersionNotWhole, QT_TRANSLATE_NOOP("ModelMessage", "\"%1\" must be a whole number from 1, found %2")},
    {MessageId::NewerFormatVersion,
     QT_TRANSLATE_NOOP("ModelMessage", "written in format version %1 by a newer PledgeCheck; this version reads "
                                       "format version %2 and older")},
    {MessageId::MissingKey, QT_TRANSLATE_NOOP("ModelMessage", "missing key \"%1\"")},
    {MessageId::UnknownKey, QT_TRANSLATE_NOOP("ModelMessage", "unknown key \"%1\"")},
    {MessageId::WrongType, QT_TRANSLATE_NOOP("ModelMessage", "%1: expected %2, found %3")},
    {MessageId::ExpectedType, QT_TRANSLATE_NOOP("ModelMessage", "%1: expected %2")},
    {MessageId::NameNotValid, QT_TRANSLATE_NOOP("ModelMessage", "%1: \"%2\" is not valid: the valid range is %3")},
    {MessageId::NotAMonth, QT_TRANSLATE_NOOP("ModelMessage", "%1: \"%2\" is not a month \"YYYY-MM\"")},
    {MessageId::TextTooLong,
     QT_TRANSLATE_NOOP("ModelMessage", "the %1 is %2 characters long; the limit is %3 characters")},
    {MessageId::DuplicateKey, QT_TRANSLATE_NOOP("ModelMessage", "duplicate key \"%1\" at %2")},
    {MessageId::ControlCharacter,
     QT_TRANSLATE_NOOP("ModelMessage", "control character U+%1 inside a string at %2: write it as %3")},
    {MessageId::PathNotRegularFile,
     QT_TRANSLATE_NOOP("ModelMessage", "not a scenario file: the path is %1, not a regular file")},
    {MessageId::CannotOpen, QT_TRANSLATE_NOOP("ModelMessage", "cannot open: %1")},
    {MessageId::CannotRead, QT_TRANSLATE_NOOP("ModelMessage", "cannot read: %1")},
    {MessageId::ScenarioTooLarge,
     QT_TRANSLATE_NOOP("ModelMessage", "not a PledgeCheck scenario: larger than %1 bytes (16 MiB), the most a "
                                       "scenario file may hold")},
    {MessageId::CannotWrite, QT_TRANSLATE_NOOP("ModelMessage", "cannot write %1: %2")},
    {MessageId::WriteNotRegularFile, QT_TRANSLATE_NOOP("ModelMessage", "it is %1, not a regular file")},
    {MessageId::TooManyEntries, QT_TRANSLATE_NOOP("ModelMessage", "%1: %2 entries; a scenario holds at most %3 %1")},
    {MessageId::UnknownEventParameter,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: unknown parameter \"%2\"; an event may change %3")},
    {MessageId::UnknownMetric, QT_TRANSLATE_NOOP("ModelMessage", "%1: unknown metric \"%2\"; the metrics are %3 or %4")},
    {MessageId::SameReportTwice, QT_TRANSLATE_NOOP("ModelMessage", "%1[%2]: the same report as %1[%3]; keep one")},
    {MessageId::NotADistribution,
     QT_TRANSLATE_NOOP("ModelMessage", "%1.kind: \"%2\" is not a distribution; the kinds are %3")},
    {MessageId::UnknownDistributionKey,
     QT_TRANSLATE_NOOP("ModelMessage", "unknown key \"%1.%2\" for a %3 distribution")},
    {MessageId::UnknownKeyNotParameter, QT_TRANSLATE_NOOP("ModelMessage", "unknown key \"%1\": not a parameter")},
    {MessageId::WholeNumberFromTo, QT_TRANSLATE_NOOP("ModelMessage", "%1: must be a whole number from %2 to %3")},
    {MessageId::CentreNotValue,
     QT_TRANSLATE_NOOP("ModelMessage", "%1: its centre %2 must equal the parameter's value %3 (the mode of a "
                                       "triangular, mean of a normal, median of a lognormal, midpoint of a "
                                       "uniform)")},
    {MessageId::ObjectSuchAs, QT_TRANSLATE_NOOP("ModelMessage", "an object such as %1")},
    {MessageId::FitJobsCreatedAtStart,
     QT_TRANSLATE_NOOP("ModelMessage", "%1 is in the start month, where no job has yet been created (jobs counted as "
                                       "created are 0 there, whatever the values): count jobs as linked to fit to it")},
}};

// Every id has its template, at its own index: a gap or a swap fails the build.
constexpr bool everyIdInOrder()
{
    for (std::size_t i = 0; i < kTemplates.size(); ++i) {
        if (static_cast<std::size_t>(kTemplates[i].id) != i || kTemplates[i].text == nullptr)
            return false;
    }
    return true;
}
static_assert(everyIdInOrder(), "kTemplates lists every MessageId once, in order");

std::string shortestNumber(double value)
{
    return formatValue(descriptor(ParameterId::InitialSellers), value); // a real parameter: shortest round trip
}

// A month or a choice by its name when the value is one; anything else, a bad index or a fraction
// included, as the number it is.
std::string valueText(const messagearg::Value &arg)
{
    const ParameterDescriptor &d = descriptor(arg.id);
    const bool whole = std::isfinite(arg.value) && arg.value == std::floor(arg.value);
    const bool named = d.kind == ParameterKind::Month
                       || (d.kind == ParameterKind::Choice && arg.value >= 0
                           && arg.value < static_cast<double>(d.choices.size()));
    return whole && named ? formatValue(d, arg.value) : shortestNumber(arg.value);
}

struct EnglishArg {
    std::string operator()(const messagearg::Number &a) const { return shortestNumber(a.value); }
    std::string operator()(const messagearg::Count &a) const { return std::to_string(a.value); }
    std::string operator()(const messagearg::Month &a) const { return a.month.toString(); }
    std::string operator()(const messagearg::Parameter &a) const { return std::string(descriptor(a.id).key); }
    std::string operator()(const messagearg::Value &a) const { return valueText(a); }
    std::string operator()(const messagearg::Range &a) const { return describeRange(descriptor(a.id)); }
    std::string operator()(const messagearg::ChangeableParameters &) const
    {
        return eventrules::changeableParameterKeys();
    }
    std::string operator()(const messagearg::Metric &a) const { return std::string(eventrules::metricKey(a.metric)); }
    std::string operator()(const messagearg::Nested &a) const { return a ? a->text() : std::string(); }
    std::string operator()(const messagearg::Text &a) const { return a.text; }
    std::string operator()(const messagearg::Term &a) const { return a.english ? a.english : ""; }
    std::string operator()(const messagearg::SystemReason &a) const { return a.text; }
};

} // namespace

ModelMessage::ModelMessage(MessageId id, std::vector<MessageArg> args)
    : m_id(id), m_args(std::move(args))
{
}

std::string ModelMessage::text() const
{
    const std::string_view pattern = messageTemplate(m_id);
    std::string out;
    splitTemplate(
        pattern, [&](std::size_t from, std::size_t length) { out += pattern.substr(from, length); },
        [&](std::size_t index) {
            if (index < m_args.size())
                out += std::visit(EnglishArg{}, m_args[index]);
        });
    return out;
}

std::ostream &operator<<(std::ostream &out, const ModelMessage &message)
{
    return out << message.text();
}

messagearg::Nested nested(ModelMessage message)
{
    return std::make_shared<const ModelMessage>(std::move(message));
}

messagearg::Text verbatim(const QString &text)
{
    return {text.toStdString()};
}

ModelMessage atPlace(const QString &place, ModelMessage problem)
{
    return ModelMessage(MessageId::AtPlace, {verbatim(place), nested(std::move(problem))});
}

const char *messageTemplate(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    return index < kTemplates.size() && kTemplates[index].text ? kTemplates[index].text : "";
}

} // namespace pledgecheck
