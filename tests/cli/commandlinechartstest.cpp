// The command line's charts, rendered by the real binary with no display: the images it writes,
// the axis it is asked for, and every refusal of a bad chart, size or output.
#include "binaryrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace pledgecheck::testing;

TEST(CommandLine, RendersEachChartToPngWithNoDisplay)
{
    QTemporaryDir folder;
    for (const char *chart : {"jobs", "sellers", "sources", "uncertainty", "sensitivity", "frontier", "compare"}) {
        const QString path = folder.filePath(QString("%1.png").arg(chart));
        const ProcessResult result = run({"--preset", "sceptic", "--png", path, "--chart", chart,
                                          "--size", "800x450"});
        ASSERT_EQ(result.exitCode, 0) << chart << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
        const QImage image(path);
        EXPECT_EQ(image.size(), QSize(800, 450)) << chart;
        // Not a blank page: the chart drew something other than its white background.
        int inked = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                inked += image.pixel(x, y) != qRgb(255, 255, 255);
        EXPECT_GT(inked, 500) << chart;
    }
}

// Pixels of exactly @p colour in @p image: the tornado's bars are flat fills of their colours.
int pixelsOf(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour;
    return count;
}

TEST(CommandLine, DrawsTheTornadoOfTheScenariosOwnUncertainty)
{
    // The central preset carries sourced ranges: the tornado has bars at both ends (orange for
    // the 10th percentile, blue for the 90th). The pledge as stated has none: no bars at all.
    const QRgb lowEnd = qRgb(0xE6, 0x9F, 0x00), highEnd = qRgb(0x00, 0x72, 0xB2);
    QTemporaryDir folder;
    const QString central = folder.filePath("central.png");
    const QString certain = folder.filePath("certain.png");
    for (const auto &[preset, path] : {std::pair{"central", central}, std::pair{"pledge-as-stated", certain}}) {
        const ProcessResult result = run({"--preset", preset, "--png", path, "--chart",
                                          "sensitivity", "--size", "800x450"});
        ASSERT_EQ(result.exitCode, 0) << preset << ": " << result.err.toStdString();
    }
    EXPECT_GT(pixelsOf(QImage(central), lowEnd), 1000);
    EXPECT_GT(pixelsOf(QImage(central), highEnd), 1000);
    EXPECT_EQ(pixelsOf(QImage(certain), lowEnd), 0);
    EXPECT_EQ(pixelsOf(QImage(certain), highEnd), 0);
}

TEST(CommandLine, RefusesABadJobsAxisWithTheStatusOfEveryBadFlag)
{
    EXPECT_EQ(refusal({"--png", "x.png", "--jobs-axis", "logarithmic"}),
              "pledgecheck: --jobs-axis logarithmic: unknown scale; the scales are auto, linear, log (see "
              "pledgecheck --help)");
    EXPECT_FALSE(QFile::exists("x.png"));
}

TEST(CommandLine, DrawsTheJobsChartOnTheAxisAskedFor)
{
    // The central case lies far under the pledge: auto draws it on the logarithmic axis, so auto
    // and log give one picture, linear another.
    QTemporaryDir folder;
    QByteArray pictures[3];
    int i = 0;
    for (const char *axis : {"auto", "log", "linear"}) {
        const QString path = folder.filePath(QString("%1.png").arg(axis));
        const ProcessResult result = run({"--preset", "central", "--png", path, "--jobs-axis", axis,
                                          "--size", "800x450"});
        ASSERT_EQ(result.exitCode, 0) << axis << ": " << result.err.toStdString();
        pictures[i++] = contentsOf(path);
    }
    EXPECT_FALSE(pictures[0].isEmpty());
    EXPECT_EQ(pictures[0], pictures[1]);
    EXPECT_NE(pictures[0], pictures[2]);
}

TEST(CommandLine, SaysEveryInputIsFixedOnlyInAPictureThatHoldsTheSentence)
{
    // Taobao Villages fixes every input: the uncertainty views render their sentences (exit 0);
    // at a size that cannot hold them, nothing is written and the status says so.
    QTemporaryDir folder;
    for (const char *chart : {"uncertainty", "sensitivity"}) {
        for (const char *size : {"1280x720", "1920x1080"}) {
            const QString path = folder.filePath(QString("%1-%2.png").arg(chart, size));
            const ProcessResult result = run({"--preset", "taobao-villages", "--png", path, "--chart", chart,
                                              "--size", size});
            ASSERT_EQ(result.exitCode, 0) << chart << " " << size << ": " << result.err.toStdString();
            EXPECT_TRUE(QImage(path).size().isValid());
        }
    }
    const QString tiny = folder.filePath("tiny.png");
    const ProcessResult result = run({"--preset", "taobao-villages", "--png", tiny, "--chart", "uncertainty",
                                      "--size", "40x40"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("does not fit")) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(tiny));
}

TEST(CommandLine, RendersAt1920x1080UnlessToldOtherwise)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("jobs.png");
    const ProcessResult result = run({"--png", path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QImage(path).size(), QSize(1920, 1080));
}

TEST(CommandLine, RendersTheSizeAskedForAtEitherEnd)
{
    QTemporaryDir folder;
    for (const char *size : {"16x16", "8192x64", "1000x1000"}) {
        const QString path = folder.filePath(QString("%1.png").arg(size));
        const ProcessResult result = run({"--preset", "central", "--png", path, "--size", size});
        ASSERT_EQ(result.exitCode, 0) << size << ": " << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        const QStringList sides = QString(size).split('x');
        EXPECT_EQ(QImage(path).size(), QSize(sides[0].toInt(), sides[1].toInt())) << size;
    }
}

TEST(CommandLine, DrawsTheScenarioAfterOverrides)
{
    // Two pictures of the same chart differ when an override changes the jobs.
    QTemporaryDir folder;
    const QString plain = folder.filePath("plain.png");
    const QString more = folder.filePath("more.png");
    ASSERT_EQ(run({"--preset", "pledge-as-stated", "--png", plain, "--size", "640x360"}).exitCode, 0);
    ASSERT_EQ(run({"--preset", "pledge-as-stated", "--set", "hires_per_seller=3", "--png", more,
                   "--size", "640x360"}).exitCode, 0);
    EXPECT_NE(QImage(plain), QImage(more));
    EXPECT_EQ(QImage(plain).size(), QImage(more).size());
}

TEST(CommandLine, DrawsAChartAndPrintsTheSummaryTogether)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("jobs.png");
    const ProcessResult result = run({"--summary", "--png", path, "--size", "640x360"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QImage(path).size(), QSize(640, 360));
    EXPECT_TRUE(QJsonDocument::fromJson(result.out).isObject()) << result.out.toStdString();
}

TEST(CommandLine, RefusesEveryBadChartOrSizeOnOneLine)
{
    const std::string sizeRule = "width and height must be whole numbers from 16 to 8192, e.g. 1920x1080";
    for (const char *size : {"0x5", "big", "99999x10", "1920", "1920x1080x2", "-16x16", "15x15", "16x8193",
                             "+800x+600", "800x+600", " 800x600", "800x600 ", "800 x 600"}) {
        EXPECT_EQ(refusal({"--png", "x.png", "--size", size}),
                  "pledgecheck: --size " + std::string(size) + ": " + sizeRule + " (see pledgecheck --help)");
    }
    for (const char *chart : {"pie", "Jobs", "job", "all"}) {
        EXPECT_EQ(refusal({"--png", "x.png", "--chart", chart}),
                  "pledgecheck: --chart " + std::string(chart)
                      + ": unknown chart; the charts are jobs, sellers, sources, uncertainty, sensitivity, frontier, compare (see pledgecheck --help)");
    }
    EXPECT_EQ(refusal({"--csv", "x.csv", "--chart", "jobs"}),
              "pledgecheck: --chart needs --png (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--size", "800x600"}), "pledgecheck: --size needs --png (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--summary", "--chart", "jobs"}),
              "pledgecheck: --chart needs --png (see pledgecheck --help)");
    EXPECT_FALSE(QFile::exists("x.png"));
    EXPECT_FALSE(QFile::exists("x.csv"));
}

TEST(CommandLine, RefusesABadChartNameOrSize)
{
    EXPECT_EQ(refusal({"--png", "x.png", "--chart", "pie"}),
              "pledgecheck: --chart pie: unknown chart; the charts are jobs, sellers, sources, uncertainty, sensitivity, frontier, compare (see "
              "pledgecheck --help)");
    EXPECT_TRUE(contains(refusal({"--png", "x.png", "--size", "99999x10"}),
                         "--size 99999x10: width and height must be whole numbers from 16 to 8192"));
    EXPECT_TRUE(contains(refusal({"--png", "x.png", "--size", "big"}), "--size big:"));
    EXPECT_TRUE(contains(refusal({"--save", "x.json", "--chart", "sellers"}), "--chart needs --png"));
}

TEST(CommandLine, RefusesAPngItCannotWrite)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("missing/jobs.png");
    EXPECT_TRUE(contains(refusal({"--png", path}), "cannot write " + path.toStdString()));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CommandLine, WritesSvgWhenThePathEndsInSvgInAnyCase)
{
    QTemporaryDir folder;
    for (const char *name : {"jobs.svg", "jobs.SVG", "jobs.Svg"}) {
        const QString path = folder.filePath(name);
        const ProcessResult result = run({"--preset", "sceptic", "--png", path, "--size", "800x450"});
        ASSERT_EQ(result.exitCode, 0) << name << ": " << result.err.toStdString();
        const QByteArray svg = contentsOf(path);
        EXPECT_TRUE(svg.startsWith("<?xml")) << name;
        EXPECT_TRUE(svg.contains("viewBox=\"0 0 800 450\"")) << name;
        EXPECT_FALSE(svg.startsWith("\x89PNG")) << name;
    }
    // Still one file written whole: a folder that is not there leaves nothing and says why.
    const QString missing = folder.filePath("missing/jobs.svg");
    EXPECT_TRUE(contains(refusal({"--png", missing}), "cannot write " + missing.toStdString() + ": "));
    EXPECT_FALSE(QFile::exists(missing));
}

TEST(CommandLine, WritesWhereThePictureComesFromIntoTheFile)
{
    QTemporaryDir folder;
    const QString png = folder.filePath("jobs.png");
    ASSERT_EQ(run({"--preset", "sceptic", "--set", "hires_per_seller=2", "--seed", "11", "--samples", "500",
                   "--png", png, "--size", "800x450"}).exitCode, 0);
    QImageReader reader(png);
    EXPECT_TRUE(reader.text("Title").endsWith(": Jobs against the pledge")) << reader.text("Title").toStdString();
    EXPECT_TRUE(reader.text("Software").startsWith("PledgeCheck "));
    const QString description = reader.text("Description");
    EXPECT_TRUE(description.contains("hires_per_seller=2, ")) << description.toStdString();
    EXPECT_TRUE(description.endsWith("; Monte Carlo: 500 draws, seed 11")) << description.toStdString();
    EXPECT_TRUE(reader.text("Source").contains("hires_per_seller: set by the scenario"));
}

TEST(CommandLine, DrawsTheSourceLineUnlessToldOff)
{
    // The source line is drawn text in an SVG; the baseline is the scenario itself, so the
    // legend never names it.
    QTemporaryDir folder;
    const QString on = folder.filePath("on.svg"), off = folder.filePath("off.svg");
    ASSERT_EQ(run({"--preset", "central", "--png", on}).exitCode, 0);
    ASSERT_EQ(run({"--preset", "central", "--png", off, "--footer", "off"}).exitCode, 0);
    const auto drawn = [](const QString &path) {
        QString texts;
        QXmlStreamReader xml(contentsOf(path));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts += xml.readElementText() + '\n';
        }
        return texts;
    };
    // A source's no-break spaces may be written as plain ones: the SVG's text is what is drawn.
    EXPECT_TRUE(drawn(on).replace(QChar::Nbsp, ' ').contains("Sources of the defaults: CNNMoney 2017;"))
        << drawn(on).toStdString();
    EXPECT_FALSE(drawn(off).contains("Sources of the defaults"));
    EXPECT_TRUE(drawn(off).contains("jobs created against the pledge"));
    EXPECT_FALSE(drawn(on).contains("Baseline"));
}

TEST(CommandLine, DrawsOnWhiteUnlessTheDarkThemeIsAsked)
{
    // The picture's corner is its background: white by default and when asked light, the dark
    // theme's grey (#232527, ChartTheme::darkPalette()'s Base) when asked dark.
    QTemporaryDir folder;
    const auto corner = [&](const QStringList &theme) {
        const QString path = folder.filePath(theme.join('-') + ".png");
        const ProcessResult result = run(QStringList{"--preset", "sceptic", "--png", path, "--size", "640x360"} + theme);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return QImage(path).pixel(1, 1);
    };
    EXPECT_EQ(corner({}), qRgb(255, 255, 255));
    EXPECT_EQ(corner({"--theme", "light"}), qRgb(255, 255, 255));
    EXPECT_EQ(corner({"--theme", "dark"}), qRgb(0x23, 0x25, 0x27));

    const QString refused = folder.filePath("refused.png");
    const ProcessResult bad = run({"--preset", "sceptic", "--png", refused, "--theme", "grey"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err.trimmed(),
              "pledgecheck: --theme grey: unknown theme; the themes are light, dark (see pledgecheck --help)");
    EXPECT_FALSE(QFile::exists(refused));
}
