#include "presetlibrary.h"

#include "keyfigures.h"
#include "parametertable.h"
#include "projection.h"
#include "scenariofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck;

namespace {

Scenario loadPreset(const char *name)
{
    QString error;
    const auto scenario = presetlibrary::load(QString::fromLatin1(name), &error);
    EXPECT_TRUE(scenario) << error.toStdString();
    return scenario.value_or(Scenario{});
}

KeyFigures figuresOf(const Scenario &s)
{
    return computeKeyFigures(s.parameters, project(s.parameters));
}

} // namespace

TEST(PresetLibrary, CompilesInEveryPresetOfTheSourceFolder)
{
    const QStringList sources = QDir(PRESET_SOURCE_DIR).entryList({"*.json"}, QDir::Files, QDir::Name);
    QStringList names;
    for (const PresetInfo &preset : presetlibrary::list())
        names << preset.name + ".json";
    EXPECT_EQ(names, sources) << "every preset file must be valid and listed in resources/CMakeLists.txt";
    EXPECT_GE(names.size(), 3);
}

TEST(PresetLibrary, EveryPresetRoundTripsThroughAFile)
{
    QTemporaryDir folder;
    for (const PresetInfo &preset : presetlibrary::list()) {
        QString error;
        const auto original = scenariofile::read(preset.path, &error);
        ASSERT_TRUE(original) << error.toStdString();
        EXPECT_FALSE(original->note.empty()) << "a preset cites its sources in its note";
        const QString copy = folder.filePath(preset.name + ".json");
        ASSERT_TRUE(scenariofile::write(copy, *original, &error)) << error.toStdString();
        const auto reread = scenariofile::read(copy, &error);
        ASSERT_TRUE(reread) << error.toStdString();
        EXPECT_EQ(*reread, *original) << preset.name.toStdString();
    }
}

TEST(PresetLibrary, EveryPresetIsWrittenAsTheAppWritesIt)
{
    for (const PresetInfo &preset : presetlibrary::list()) {
        QFile file(preset.path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto scenario = scenariofile::parse(bytes, nullptr);
        ASSERT_TRUE(scenario);
        EXPECT_EQ(scenariofile::serialize(*scenario), bytes)
            << preset.name.toStdString() << ": resave it with pledgecheck --scenario F --save F";
    }
}

TEST(PresetLibrary, EveryPresetOpensWithEverySliderOnItsTrack)
{
    // A preset is a case an analyst starts from: its values are plausible, so none is beyond the
    // track a slider spans (docs/model.md, "Slider tracks").
    for (const PresetInfo &preset : presetlibrary::list()) {
        const Scenario scenario = loadPreset(preset.name.toLatin1().constData());
        for (const ParameterDescriptor &d : parameterTable()) {
            const double value = scenario.parameters[d.id];
            EXPECT_TRUE(value >= d.sliderMinimum.value_or(d.minimum)
                        && value <= d.sliderMaximum.value_or(d.maximum))
                << preset.name.toStdString() << ": " << d.key << " = " << value;
        }
    }
}

TEST(PresetLibrary, TheDefaultPresetIsTheTableOfDefaults)
{
    EXPECT_EQ(loadPreset(presetlibrary::kDefaultPreset).parameters, Parameters());
}

TEST(PresetLibrary, TheDefaultPresetCarriesTheSourcedRanges)
{
    const Scenario central = loadPreset(presetlibrary::kDefaultPreset);
    EXPECT_EQ(central.uncertainty, Uncertainty::sourcedDefaults());
    for (ParameterId id : {ParameterId::AnnualGrowthRate, ParameterId::AnnualChurnRate,
                           ParameterId::HiresPerSeller, ParameterId::SideBusinessShare,
                           ParameterId::ServiceJobsPer1000Sellers, ParameterId::DisplacementShare}) {
        EXPECT_FALSE(central.uncertainty[id].isFixed()) << static_cast<int>(id);
        EXPECT_DOUBLE_EQ(central.uncertainty[id].centre(), central.parameters[id]);
    }
}

TEST(PresetLibrary, ThePledgeAsStatedIsMetExactlyAtTheHorizon)
{
    const Scenario pledge = loadPreset("pledge-as-stated");
    const KeyFigures f = figuresOf(pledge);
    EXPECT_NEAR(f.sellersAtHorizon, 1e6, 1e-3);
    EXPECT_NEAR(f.jobsAtHorizon, 1e6, 1e-3);
    EXPECT_EQ(f.targetMetMonth, 60);
    ASSERT_TRUE(f.requiredAnnualGrowthRate);
    EXPECT_NEAR(*f.requiredAnnualGrowthRate, pledge.parameters[ParameterId::AnnualGrowthRate], 1e-9);
    EXPECT_NEAR(1e6 / 7000, 142.857, 1e-3) << "the 142-fold increase CNNMoney describes";
    // It counts every business's hire, the 7000 already selling too: linked. Created, the same
    // arithmetic gives 1,000,000 - 7000 = 993,000 jobs, and the pledge is not met.
    EXPECT_EQ(f.basis, JobCountBasis::Linked);
    EXPECT_NEAR(f.jobsCreatedAtHorizon, 993000.0, 1e-3);
}

TEST(PresetLibrary, EveryOtherPresetCountsTheJobsCreated)
{
    // The central estimate: J(60) - J(0) = 1233.75 x (1.1745^5 - 1) = 1523.6, 0.15 % of the pledge.
    const KeyFigures central = figuresOf(loadPreset("central"));
    EXPECT_EQ(central.basis, JobCountBasis::Created);
    EXPECT_NEAR(central.jobsAtHorizon, 1523.6, 0.05);
    EXPECT_NEAR(central.jobsLinkedAtHorizon, 2757.4, 0.05);
    EXPECT_EQ(figuresOf(loadPreset("sceptic")).basis, JobCountBasis::Created);
    // Taobao Villages: 0.75 x (3 + 0.5) x (1,000,000 - 7000) = 2,606,625 created.
    const KeyFigures villages = figuresOf(loadPreset("taobao-villages"));
    EXPECT_EQ(villages.basis, JobCountBasis::Created);
    EXPECT_NEAR(villages.jobsAtHorizon, 2606625.0, 1e-3);
}

TEST(PresetLibrary, TheScepticsCaseFallsFarShort)
{
    const KeyFigures f = figuresOf(loadPreset("sceptic"));
    EXPECT_FALSE(f.targetMetMonth);
    EXPECT_LT(f.shareOfTarget, 0.01);
}

TEST(PresetLibrary, AnUnknownPresetIsRefusedListingTheNames)
{
    QString error;
    EXPECT_FALSE(presetlibrary::load("optimistic", &error));
    EXPECT_TRUE(error.startsWith("no preset called \"optimistic\"; the presets are: central, "))
        << error.toStdString();
}

TEST(PresetLibrary, ReadsAnotherFolder)
{
    QTemporaryDir folder;
    Scenario mine;
    mine.name = "Mine";
    ASSERT_TRUE(scenariofile::write(folder.filePath("mine.json"), mine, nullptr));
    const auto presets = presetlibrary::list(folder.path());
    ASSERT_EQ(presets.size(), 1);
    EXPECT_EQ(presets[0].name, "mine");
    EXPECT_EQ(presets[0].title, "Mine");
}
