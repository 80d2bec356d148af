// The model's messages by id: every id has an English template whose placeholders are the ones
// its callers fill, the English rendering is what the command line printed before the ids, and
// each kind of argument is written as the parameter table writes it.
#include "modelmessage.h"
#include "parametertable.h"
#include "scenarioeventrules.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace pledgecheck;

namespace {

// The %1 ... %9 a template holds, as indexes from 0.
std::set<std::size_t> placeholdersOf(std::string_view pattern)
{
    std::set<std::size_t> found;
    splitTemplate(pattern, [](std::size_t, std::size_t) {}, [&](std::size_t index) { found.insert(index); });
    return found;
}

} // namespace

TEST(ModelMessage, EveryIdHasATemplateNumberedFromOneWithoutGaps)
{
    for (int i = 0; i < static_cast<int>(MessageId::Count); ++i) {
        const std::string_view pattern = messageTemplate(static_cast<MessageId>(i));
        EXPECT_FALSE(pattern.empty()) << "id " << i << " has no template";
        const auto found = placeholdersOf(pattern);
        // %1 to %n, each there: a template that skips one would drop an argument unseen.
        EXPECT_TRUE(found.empty() || *found.rbegin() + 1 == found.size()) << pattern;
    }
    EXPECT_STREQ(messageTemplate(MessageId::Count), "");
}

TEST(ModelMessage, SplitsATemplateAtItsPlaceholdersOnly)
{
    // Pieces of "a %1 b %2 c %x %" are "a ", 0, " b ", 1, " c %x %": a "%" before no digit is text.
    std::string pieces;
    const std::string_view pattern = "a %1 b %2 c %x %";
    splitTemplate(
        pattern, [&](std::size_t from, std::size_t length) { pieces += "[" + std::string(pattern.substr(from, length)) + "]"; },
        [&](std::size_t index) { pieces += std::to_string(index); });
    EXPECT_EQ(pieces, "[a ]0[ b ]1[ c %x %]");
}

TEST(ModelMessage, WritesEachArgumentAsTheParameterTableDoes)
{
    using namespace messagearg;
    // Growth 20 is 2,000 %: the file's number, the key and the range as describeRange() writes it.
    EXPECT_EQ(ModelMessage(MessageId::ValueOutOfRange,
                           {Parameter{ParameterId::AnnualGrowthRate}, Value{ParameterId::AnnualGrowthRate, 20},
                            Range{ParameterId::AnnualGrowthRate}})
                  .text(),
              "annual_growth_rate = 20 is not valid: the valid range is -0.5 to 10");
    // A whole choice index in range by its name; a fraction or an index past the names as a number.
    EXPECT_EQ(ModelMessage(MessageId::FitMovesNothing,
                           {Parameter{ParameterId::GrowthModel}, Value{ParameterId::GrowthModel, 1}})
                  .text(),
              "growth_model does not move the reported figures in this scenario: left at logistic");
    EXPECT_EQ(ModelMessage(MessageId::FitMovesNothing,
                           {Parameter{ParameterId::GrowthModel}, Value{ParameterId::GrowthModel, 7}})
                  .text(),
              "growth_model does not move the reported figures in this scenario: left at 7");
    EXPECT_EQ(ModelMessage(MessageId::FitNotConverged, {Count{400}}).text(),
              "the fit did not converge in 400 projections: the values are the last tried");
    EXPECT_EQ(ModelMessage(MessageId::ReportedFigure, {Metric{ObservedMetric::Jobs}, Month{{2019, 3}}}).text(),
              "a reported jobs figure in 2019-03");
    EXPECT_EQ(ModelMessage(MessageId::ObservationNotPositive,
                           {nested(ModelMessage(MessageId::ReportedFigure,
                                                {Metric{ObservedMetric::Sellers}, Month{{2019, 3}}})),
                            Number{-0.5}})
                  .text(),
              "a reported sellers figure in 2019-03 is -0.5: a reported count must be above 0");
    const std::string changeable = ModelMessage(MessageId::EventParameterFixed,
                                                {Parameter{ParameterId::Start}, ChangeableParameters{}})
                                       .text();
    EXPECT_EQ(changeable, "an event may not change start; it may change " + eventrules::changeableParameterKeys());
}

TEST(ModelMessage, AMissingArgumentLeavesItsPlaceEmptyRatherThanFailing)
{
    EXPECT_EQ(ModelMessage(MessageId::FitNamedTwice).text(), " is named twice");
}

TEST(ModelMessage, TheFitWarnsOfOneReportInTheSingular)
{
    using namespace messagearg;
    EXPECT_EQ(ModelMessage(MessageId::FitFewerReportsThanParametersOne, {Count{2}, Count{1}}).text(),
              "2 parameters fitted to 1 reported figure: other values fit as well; fit fewer or add reports");
    EXPECT_EQ(ModelMessage(MessageId::FitFewerReportsThanParametersMany, {Count{3}, Count{2}}).text(),
              "3 parameters fitted to 2 reported figures: other values fit as well; fit fewer or add reports");
}
