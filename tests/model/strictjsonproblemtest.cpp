#include "strictjsonproblem.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace pledgecheck;

namespace {

// The problem in @p json, which QJsonDocument must accept: the check runs only on parsed text.
std::string problemOf(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    return strictJsonProblem(json).value_or(QString()).toStdString();
}

} // namespace

TEST(StrictJsonProblem, FindsNoneInOrdinaryJson)
{
    EXPECT_EQ(problemOf(R"({"a": 1, "b": {"a": 2, "c": [{"a": 3}, {"a": 4}]}, "d": "x\ty\"{,}\\"})"), "");
    EXPECT_EQ(problemOf(R"([{"a": 1}, {"a": 1}])"), "") << "the same key in two objects is no repeat";
    EXPECT_EQ(problemOf(R"({"a": "a", "b": "a"})"), "") << "a value equal to a key is no repeat";
}

TEST(StrictJsonProblem, NamesARepeatedKeyAtTheTopLevel)
{
    EXPECT_EQ(problemOf("{\n  \"name\": \"x\",\n  \"name\": \"y\"\n}"), "duplicate key \"name\" at line 3, column 3");
}

TEST(StrictJsonProblem, NamesARepeatedKeyByItsPath)
{
    const QByteArray json = "{\n"
                            "    \"parameters\": {\n"
                            "        \"hires_per_seller\": 1,\n"
                            "        \"initial_sellers\": 7000,\n"
                            "        \"hires_per_seller\": 2\n"
                            "    }\n"
                            "}\n";
    EXPECT_EQ(problemOf(json), "duplicate key \"parameters.hires_per_seller\" at line 5, column 9");
    EXPECT_EQ(problemOf(R"({"u": {"d": {"x": {"kind": "normal", "kind": "uniform"}}}})"),
              "duplicate key \"u.d.x.kind\" at line 1, column 38");
    EXPECT_EQ(problemOf(R"({"list": [{"a": 1}, {"b": 1, "b": 2}]})"), "duplicate key \"list[1].b\" at line 1, column 30");
}

TEST(StrictJsonProblem, ReportsTheRepeatThatComesFirst)
{
    EXPECT_EQ(problemOf(R"({"b": 1, "a": 1, "a": 2, "b": 2})"), "duplicate key \"a\" at line 1, column 18");
}

TEST(StrictJsonProblem, SeesThroughEscapesInKeys)
{
    EXPECT_EQ(problemOf(R"({"name": 1, "na\u006de": 2})"), "duplicate key \"name\" at line 1, column 13");
    EXPECT_EQ(problemOf(R"({"a\"": 1, "a\\": 2})"), "") << "an escaped quote does not end the key";
}

TEST(StrictJsonProblem, CountsColumnsInCharactersNotBytes)
{
    EXPECT_EQ(problemOf("{\"é\": 1, \"é\": 2}"), "duplicate key \"é\" at line 1, column 10");
}

TEST(StrictJsonProblem, EscapesARepeatedKeyThatHoldsControlCharacters)
{
    const std::string problem = problemOf(R"({"a\u001b[2J\n": 1, "a\u001b[2J\n": 2})");
    EXPECT_EQ(problem, "duplicate key \"a\\u001b[2J\\n\" at line 1, column 21");
}

TEST(StrictJsonProblem, RefusesAControlCharacterRawInAString)
{
    EXPECT_EQ(problemOf("{\"note\": \"one\ntwo\"}"),
              "control character U+000A inside a string at line 1, column 14: write it as \\n");
    EXPECT_EQ(problemOf("{\n\"note\": \"a\tb\"}"),
              "control character U+0009 inside a string at line 2, column 11: write it as \\t");
    EXPECT_EQ(problemOf("{\"na\x1b" "me\": 1}"),
              "control character U+001B inside a string at line 1, column 5: write it as \\u001b");
}

TEST(StrictJsonProblem, AllowsWhitespaceOutsideStringsAndEscapesInside)
{
    EXPECT_EQ(problemOf("{\r\n\t\"note\": \"one\\ntwo\\u0000\"\r\n}"), "");
}
