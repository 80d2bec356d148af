#include "commandlineoptions.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace pledgecheck;

namespace {

std::optional<CommandLineOptions> parse(QStringList arguments, QString *error = nullptr)
{
    QString ignored;
    arguments.prepend("pledgecheck");
    return CommandLineOptions::parse(arguments, error ? error : &ignored);
}

QString refusal(const QStringList &arguments)
{
    QString error;
    EXPECT_FALSE(parse(arguments, &error)) << arguments.join(' ').toStdString();
    return error;
}

} // namespace

TEST(CommandLineOptions, NoArgumentsOpenTheWindowOnTheDefaultPreset)
{
    const auto options = parse({});
    ASSERT_TRUE(options);
    EXPECT_FALSE(options->headless());
    EXPECT_TRUE(options->preset.isEmpty());
    EXPECT_TRUE(options->scenarioFile.isEmpty());
}

TEST(CommandLineOptions, AFileArgumentIsTheScenarioToOpen)
{
    const auto options = parse({"mine.json"});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->scenarioFile, "mine.json");
    EXPECT_TRUE(options->moreScenarioFiles.isEmpty());
    EXPECT_FALSE(options->headless());
}

TEST(CommandLineOptions, SeveralFileArgumentsAreForTheWindow)
{
    // As the desktop's Exec=pledgecheck %F starts it with three files chosen.
    const auto options = parse({"a.pledgecheck", "b.json", "c.pledgecheck"});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->scenarioFile, "a.pledgecheck");
    EXPECT_EQ(options->moreScenarioFiles, QStringList({"b.json", "c.pledgecheck"}));
    EXPECT_FALSE(options->headless());
}

TEST(CommandLineOptions, AChartWithoutAnOutputFlagIsTheTabTheWindowOpensOn)
{
    const auto options = parse({"--preset", "sceptic", "--chart", "uncertainty"});
    ASSERT_TRUE(options);
    EXPECT_FALSE(options->headless());
    EXPECT_EQ(options->chart, ChartKind::Uncertainty);
    // The other picture flags still need a picture; an unknown chart is refused as with --png.
    EXPECT_EQ(refusal({"--chart", "uncertainty", "--size", "800x600"}), "--size needs --png");
    EXPECT_EQ(refusal({"--chart", "pie"}),
              "--chart pie: unknown chart; the charts are jobs, sellers, sources, uncertainty, sensitivity, frontier, compare");
}

TEST(CommandLineOptions, OutputAndListFlagsRunHeadless)
{
    for (const QStringList &arguments :
         {QStringList{"--summary"}, QStringList{"--csv", "a.csv"}, QStringList{"--save", "a.json"},
          QStringList{"--png", "a.png"}, QStringList{"--frontier-csv", "f.csv"},
          QStringList{"--list-presets"}, QStringList{"--list-parameters"}}) {
        const auto options = parse(arguments);
        ASSERT_TRUE(options);
        EXPECT_TRUE(options->headless()) << arguments.join(' ').toStdString();
    }
}

TEST(CommandLineOptions, ReadsRepeatedOverridesInOrder)
{
    const auto options = parse({"--set", "hires_per_seller=2", "--set=start=2018-06",
                                "--set", "growth_model=logistic", "--set", "hires_per_seller=3"});
    ASSERT_TRUE(options);
    ASSERT_EQ(options->overrides.size(), 4);
    EXPECT_EQ(options->overrides[0].id, ParameterId::HiresPerSeller);
    EXPECT_EQ(options->overrides[0].value, 2);
    EXPECT_EQ(options->overrides[1].value, 2018 * 12 + 5);
    EXPECT_EQ(options->overrides[2].value, 1);
    EXPECT_EQ(options->overrides[3].value, 3);
}

TEST(CommandLineOptions, RefusesAnUnknownParameter)
{
    EXPECT_EQ(refusal({"--set", "hires=2"}),
              "--set hires=2: unknown parameter \"hires\" (--list-parameters lists them)");
}

TEST(CommandLineOptions, RefusesAValueThatIsNotANumber)
{
    EXPECT_EQ(refusal({"--set", "hires_per_seller=two"}),
              "--set hires_per_seller=two: \"two\" is not a value of hires_per_seller; the valid "
              "range is 0 to 100");
    EXPECT_EQ(refusal({"--set", "start=June"}),
              "--set start=June: \"June\" is not a value of start; the valid range is 1990-01 to "
              "2100-12");
}

TEST(CommandLineOptions, RefusesAValueOutOfRange)
{
    EXPECT_EQ(refusal({"--set", "annual_churn_rate=1.5"}),
              "--set annual_churn_rate=1.5: annual_churn_rate = 1.5 is not valid: the valid range "
              "is 0 to 0.9");
    EXPECT_EQ(refusal({"--set", "hires_per_seller=nan"}),
              "--set hires_per_seller=nan: hires_per_seller = nan is not valid: the valid range is 0 "
              "to 100");
    EXPECT_EQ(refusal({"--set", "hires_per_seller=inf"}).left(40),
              "--set hires_per_seller=inf: hires_per_se");
}

TEST(CommandLineOptions, RefusesAnOverrideWithoutEquals)
{
    EXPECT_EQ(refusal({"--set", "hires_per_seller"}),
              "--set hires_per_seller: expected ID=VALUE, e.g. --set hires_per_seller=2");
}

TEST(CommandLineOptions, RefusesTwoStartingPoints)
{
    EXPECT_EQ(refusal({"--preset", "sceptic", "--scenario", "a.json"}),
              "give either --preset or a scenario file, not both");
    EXPECT_EQ(refusal({"--scenario", "a.json", "b.json"}),
              "give the scenario either as FILE or with --scenario, not both");
    // Several files are for the window alone (the desktop's %F); a command reads one.
    const QString several = "more than one scenario file given (a.json, b.json); give one (only the "
                            "window opens several, each as it is)";
    EXPECT_EQ(refusal({"a.json", "b.json", "--summary"}), several);
    EXPECT_EQ(refusal({"a.json", "b.json", "--set", "hires_per_seller=2"}), several);
    EXPECT_EQ(refusal({"--csv", "a.csv", "--csv", "b.csv"}), "--csv is given 2 times; give it once");
}

TEST(CommandLineOptions, RefusesUnknownFlagsAndMissingValues)
{
    EXPECT_EQ(refusal({"--sumary"}), "Unknown option 'sumary'.");
    EXPECT_EQ(refusal({"--csv"}), "Missing value after '--csv'.");
    EXPECT_EQ(refusal({"--csv="}), "--csv needs a value");
    EXPECT_EQ(refusal({"--frontier-csv"}), "Missing value after '--frontier-csv'.");
}

TEST(CommandLineOptions, ReadsTheFrontierCsvFile)
{
    const auto options = parse({"--frontier-csv", "f.csv"});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->frontierCsvFile, "f.csv");
    EXPECT_TRUE(options->csvFile.isEmpty());
    EXPECT_FALSE(options->rendersChart());
}

TEST(CommandLineOptions, ReadsTheChartAndItsSize)
{
    const auto defaults = parse({"--png", "a.png"});
    ASSERT_TRUE(defaults);
    EXPECT_TRUE(defaults->rendersChart());
    EXPECT_EQ(defaults->chart, ChartKind::Jobs);
    EXPECT_EQ(defaults->imageSize, QSize(1920, 1080));
    const auto chosen = parse({"--png", "a.png", "--chart", "sources", "--size", "3840x2160"});
    ASSERT_TRUE(chosen);
    EXPECT_EQ(chosen->chart, ChartKind::Sources);
    EXPECT_EQ(chosen->imageSize, QSize(3840, 2160));
}

TEST(CommandLineOptions, RefusesABadChartOrSize)
{
    EXPECT_EQ(refusal({"--png", "a.png", "--chart", "pie"}),
              "--chart pie: unknown chart; the charts are jobs, sellers, sources, uncertainty, sensitivity, frontier, compare");
    for (const char *size : {"0x5", "big", "1920", "1920x", "x1080", "99999x10", "1920x1080x2", "-16x16", "19.5x10",
                             "+800x+600", "800x+600", " 800x600", "800x600 ", "800 x 600"})
        EXPECT_EQ(refusal({"--png", "a.png", "--size", size}),
                  QString("--size %1: width and height must be whole numbers from 16 to 8192, e.g. "
                          "1920x1080").arg(size));
    EXPECT_EQ(refusal({"--summary", "--chart", "jobs"}), "--chart needs --png");
    EXPECT_EQ(refusal({"--summary", "--size", "800x600"}), "--size needs --png");
}

TEST(CommandLineOptions, TakesImageSidesFrom16To8192)
{
    for (const char *size : {"16x16", "8192x8192", "16x8192", "800X450"}) {
        const auto options = parse({"--png", "a.png", "--size", size});
        ASSERT_TRUE(options) << size;
        EXPECT_EQ(options->imageSize, QSize(QString(size).section(QRegularExpression("[xX]"), 0, 0).toInt(),
                                           QString(size).section(QRegularExpression("[xX]"), 1, 1).toInt()));
    }
    for (const char *size : {"15x16", "16x15", "8193x100", "100x8193", "0x0", "x", ""})
        EXPECT_FALSE(parse({"--png", "a.png", QString("--size=%1").arg(size)})) << size;
}

TEST(CommandLineOptions, ReadsEveryChartByName)
{
    const QList<std::pair<QString, ChartKind>> charts{
        {"jobs", ChartKind::Jobs},
        {"sellers", ChartKind::Sellers},
        {"sources", ChartKind::Sources},
        {"uncertainty", ChartKind::Uncertainty},
        {"sensitivity", ChartKind::Sensitivity},
        {"frontier", ChartKind::Frontier}};
    for (const auto &[name, kind] : charts) {
        const auto options = parse({"--png", "a.png", "--chart=" + name});
        ASSERT_TRUE(options) << name.toStdString();
        EXPECT_EQ(options->chart, kind);
        EXPECT_TRUE(options->headless());
        EXPECT_TRUE(options->rendersChart());
    }
    EXPECT_EQ(refusal({"--png", "a.png", "--chart", "Jobs"}),
              "--chart Jobs: unknown chart; the charts are jobs, sellers, sources, uncertainty, sensitivity, frontier, compare");
}

TEST(CommandLineOptions, OtherOutputsDrawNoChart)
{
    for (const QStringList &arguments :
         {QStringList{"--summary"}, QStringList{"--csv", "a.csv"}, QStringList{"--list-presets"}}) {
        const auto options = parse(arguments);
        ASSERT_TRUE(options);
        EXPECT_FALSE(options->rendersChart()) << arguments.join(' ').toStdString();
    }
}

TEST(CommandLineOptions, RefusesAChartOrSizeGivenTwiceOrEmpty)
{
    EXPECT_EQ(refusal({"--png", "a.png", "--chart", "jobs", "--chart", "sellers"}),
              "--chart is given 2 times; give it once");
    EXPECT_EQ(refusal({"--png", "a.png", "--size", "800x600", "--size", "800x600"}),
              "--size is given 2 times; give it once");
    EXPECT_EQ(refusal({"--png", "a.png", "--chart="}), "--chart needs a value");
    EXPECT_EQ(refusal({"--png="}), "--png needs a value");
    EXPECT_EQ(refusal({"--size", "800x600"}), "--size needs --png");
}

TEST(CommandLineOptions, HelpNamesTheChartFlags)
{
    const QString help = CommandLineOptions::helpText();
    for (const char *flag : {"--png <FILE>", "--chart <NAME>", "--size <WxH>"})
        EXPECT_TRUE(help.contains(flag)) << flag;
}

TEST(CommandLineOptions, ReadsTheSampleCountAndSeed)
{
    const auto options = parse({"--summary", "--samples", "250000", "--seed", "9007199254740991"});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->samples, 250000);
    EXPECT_EQ(options->seed, 9007199254740991u);
    EXPECT_FALSE(parse({"--summary"})->samples);
    EXPECT_EQ(refusal({"--seed", "9007199254740992"}),
              "--seed 9007199254740992: must be a whole number from 0 to 9007199254740991");
    EXPECT_EQ(refusal({"--samples", "+5"}), "--samples +5: must be a whole number from 1 to 1000000");
}

TEST(CommandLineOptions, ReadsTheJobsAxis)
{
    EXPECT_EQ(parse({"--png", "a.png"})->jobsAxis, JobsAxis::Auto);
    const QList<std::pair<QString, JobsAxis>> axes{
        {"auto", JobsAxis::Auto}, {"linear", JobsAxis::Linear}, {"log", JobsAxis::Log}};
    for (const auto &[name, axis] : axes) {
        const auto options = parse({"--png", "a.png", "--jobs-axis", name});
        ASSERT_TRUE(options) << name.toStdString();
        EXPECT_EQ(options->jobsAxis, axis);
    }
}

TEST(CommandLineOptions, RefusesABadJobsAxisNamingTheScales)
{
    for (const char *axis : {"logarithmic", "Log", "lin", "0"})
        EXPECT_EQ(refusal({"--png", "a.png", "--jobs-axis", axis}),
                  QString("--jobs-axis %1: unknown scale; the scales are auto, linear, log").arg(axis));
    EXPECT_EQ(refusal({"--png", "a.png", "--jobs-axis="}), "--jobs-axis needs a value");
    EXPECT_EQ(refusal({"--png", "a.png", "--jobs-axis", "log", "--jobs-axis", "linear"}),
              "--jobs-axis is given 2 times; give it once");
    EXPECT_EQ(refusal({"--summary", "--jobs-axis", "log"}), "--jobs-axis needs --png");
}

TEST(CommandLineOptions, ReadsTheSourceLineOnByDefault)
{
    EXPECT_TRUE(parse({"--png", "a.png"})->footer);
    EXPECT_TRUE(parse({"--png", "a.png", "--footer", "on"})->footer);
    EXPECT_FALSE(parse({"--png", "a.png", "--footer", "off"})->footer);
    EXPECT_TRUE(CommandLineOptions::helpText().contains("--footer <on|off>"));
}

TEST(CommandLineOptions, RefusesABadSourceLineSetting)
{
    for (const char *value : {"yes", "ON", "1", "of"})
        EXPECT_EQ(refusal({"--png", "a.png", "--footer", value}), QString("--footer %1: must be on or off").arg(value));
    EXPECT_EQ(refusal({"--png", "a.png", "--footer="}), "--footer needs a value");
    EXPECT_EQ(refusal({"--png", "a.png", "--footer", "on", "--footer", "off"}),
              "--footer is given 2 times; give it once");
    EXPECT_EQ(refusal({"--summary", "--footer", "off"}), "--footer needs --png");
}

TEST(CommandLineOptions, ReadsTheChartThemeLightByDefault)
{
    EXPECT_EQ(parse({"--png", "a.png"})->theme, ChartThemeName::Light);
    EXPECT_EQ(parse({"--png", "a.png", "--theme", "light"})->theme, ChartThemeName::Light);
    EXPECT_EQ(parse({"--png", "a.png", "--theme", "dark"})->theme, ChartThemeName::Dark);
    EXPECT_TRUE(CommandLineOptions::helpText().contains("--theme <light|dark>"));
}

TEST(CommandLineOptions, RefusesAnUnknownChartTheme)
{
    for (const char *value : {"Dark", "black", "white", "1", "light,dark"})
        EXPECT_EQ(refusal({"--png", "a.png", "--theme", value}),
                  QString("--theme %1: unknown theme; the themes are light, dark").arg(value));
    EXPECT_EQ(refusal({"--png", "a.png", "--theme="}), "--theme needs a value");
    EXPECT_EQ(refusal({"--png", "a.png", "--theme", "dark", "--theme", "light"}),
              "--theme is given 2 times; give it once");
    EXPECT_EQ(refusal({"--summary", "--theme", "dark"}), "--theme needs --png");
}
