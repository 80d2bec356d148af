// Charts ready to publish: one text size for every chart of a picture, growing with it; the
// baseline only where it differs; the source line; the provenance inside PNG and SVG files; the
// pledge and the export lens told apart in colour, line and grey.
#include "charttesthelpers.h"

#include "chartpicture.h"
#include "chartprovenance.h"
#include "chartrenderer.h"
#include "montecarlo.h"
#include "version.h"
#include "scenariochart.h"

#include <QAbstractAxis>
#include <QFontMetricsF>
#include <QImageReader>

using namespace charttest;

namespace {

const QString kBaselineEntry = QStringLiteral("Baseline (as opened or saved)");

// Growth and displacement uncertain, 2,000 draws with seed 7: every chart has a plot to draw.
std::shared_ptr<const UncertaintyResults> drawsOf(const Parameters &parameters)
{
    Uncertainty uncertainty;
    uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::uniform(0.5, 1.5));
    uncertainty.set(ParameterId::DisplacementShare, Distribution::triangular(0.1, 0.25, 0.5));
    uncertainty.samples = 2000;
    uncertainty.seed = 7;
    MonteCarloEngine engine;
    return std::make_shared<const UncertaintyResults>(UncertaintyResults::of(parameters, uncertainty, engine));
}

ChartInputs inputsOf(const QString &name, const Parameters &parameters, bool uncertain)
{
    ChartInputs inputs;
    inputs.scenarioName = name;
    inputs.current = ScenarioResults::of(parameters);
    inputs.baseline = inputs.current;
    if (uncertain)
        inputs.uncertainty = drawsOf(parameters);
    return inputs;
}

// The point sizes of every axis's tick labels in @p picture, over all its charts.
QList<double> labelSizes(const ChartPicture &picture)
{
    QList<double> sizes;
    for (const auto &chart : picture.charts()) {
        for (QAbstractAxis *axis : chart->chart()->axes())
            sizes << axis->labelsFont().pointSizeF();
    }
    return sizes;
}

// The texts an SVG draws (its <text> elements), and its <title> and <desc>.
struct SvgTexts {
    QStringList drawn;
    QString title;
    QString desc;
};

SvgTexts svgTextsOf(const QByteArray &svg)
{
    SvgTexts texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("text"))
            texts.drawn << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("title"))
            texts.title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc"))
            texts.desc = xml.readElementText();
    }
    if (xml.hasError())
        qWarning("the SVG does not parse: %s", qPrintable(xml.errorString()));
    return texts;
}

// CIE L*a*b* of an sRGB colour (D65), for colour differences as the eye sees them.
std::array<double, 3> labOf(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(colour.redF()), g = linear(colour.greenF()), b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

QLineSeries *lineNamed(QChart *chart, const QString &prefix)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name().startsWith(prefix))
            return qobject_cast<QLineSeries *>(series);
    }
    qFatal("no series %s", qPrintable(prefix));
}

} // namespace

class ChartPictureTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;

private slots:
    void initTestCase() { QVERIFY(showInEnglish(m_panel)); }

    // Issue 12: at 1920x1080 the Uncertainty chart's tick labels were half the jobs chart's, each
    // of its two charts scaled by its own half width. Now 9 pt at 1280x720, three times that at
    // 3840x2160 (the scale is the picture's: min(3840 / 1280, 2160 / 720) = 3), on every chart.
    void shouldDrawEveryChartsLabelsAtOneSizeThatGrowsWithThePicture()
    {
        const ChartInputs inputs = inputsOf("Doubling", doublingScenario(), true);
        for (const auto &[size, points] : {std::pair{QSize(1280, 720), 9.0}, std::pair{QSize(3840, 2160), 27.0}}) {
            for (const ChartEntry &entry : chartRegistry()) {
                const ChartPicture picture(entry.kind, inputs, size, ExportOptions{});
                QVERIFY2(!picture.problem(), qPrintable(picture.problem().value_or(QString())));
                const QList<double> sizes = labelSizes(picture);
                QVERIFY(sizes.size() >= 2);
                for (const double each : sizes)
                    QVERIFY2(std::abs(each - points) < 1e-9,
                             qPrintable(QString("%1 at %2x%3: %4 pt").arg(entry.name).arg(size.width())
                                            .arg(size.height()).arg(each)));
            }
        }
        QCOMPARE(ChartPicture::scaleFor(QSize(1920, 1080)), 1.5);
        QCOMPARE(ChartPicture::scaleFor(QSize(3840, 720)), 1.0); // the smaller ratio rules
        QCOMPARE(ChartPicture::scaleFor(QSize(320, 180)), 0.7);  // never below legible
    }

    void shouldShowTheBaselineInTheWindowOnlyWhereItDiffers()
    {
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        Parameters moved = doublingScenario();
        moved.set(ParameterId::HiresPerSeller, 2);
        const ScenarioResults changed = ScenarioResults::of(moved);
        for (const char *view : {"jobsChart", "sellersChart"}) {
            auto *chartView = m_panel.findChild<QChartView *>(view);
            QVERIFY(chartView);
            m_panel.setCurrentWidget(chartView);
            m_panel.showResults("Doubling", current, current); // as opened
            QCoreApplication::processEvents();
            QVERIFY2(!textsIn(chartView->chart()).contains(kBaselineEntry), view);
            QVERIFY(!lineNamed(chartView->chart(), kBaselineEntry)->isVisible());
            m_panel.showResults("Doubling", changed, current); // a value moved since
            QCoreApplication::processEvents();
            QVERIFY2(textsIn(chartView->chart()).contains(kBaselineEntry), view);
            QVERIFY(lineNamed(chartView->chart(), kBaselineEntry)->isVisible());
            m_panel.showResults("Doubling", current, current); // and moved back: gone again
            QCoreApplication::processEvents();
            QVERIFY2(!textsIn(chartView->chart()).contains(kBaselineEntry), view);
        }
    }

    void shouldShowTheBaselineInAnExportOnlyWhereItDiffers()
    {
        ChartInputs inputs = inputsOf("Doubling", doublingScenario(), false);
        for (const ChartKind kind : {ChartKind::Jobs, ChartKind::Sellers}) {
            const ChartPicture same(kind, inputs, QSize(1280, 720), ExportOptions{});
            QVERIFY(!textsIn(same.charts().front()->chart()).contains(kBaselineEntry));
        }
        inputs.baseline = ScenarioResults::of(Parameters());
        for (const ChartKind kind : {ChartKind::Jobs, ChartKind::Sellers}) {
            const ChartPicture differs(kind, inputs, QSize(1280, 720), ExportOptions{});
            QVERIFY(textsIn(differs.charts().front()->chart()).contains(kBaselineEntry));
        }
    }

    // Every parameter of the central estimate at its default: each short source once, in the
    // parameter table's order (CNNMoney for the sellers, judgement for the curve, Balding for
    // growth, ...); a value moved from its default drops its source and is counted instead.
    void shouldWriteTheSourcesOfTheDefaultsInPlayUnderTheChart()
    {
        const QString version = QString::fromLatin1(version::text);
        // A source's words are never parted by a line break: joined by no-break spaces.
        const auto glued = [](QString text) { return text.replace(' ', QChar::Nbsp); };
        const QString shared = QStringList{"CNNMoney 2017", "judgement", "Balding 2017", "SBA Advocacy", "SBA Advocacy 2020",
                                           "Digital Commerce 360 2017", "Wired 2015", "Jack Ma at Davos 2017",
                                           "Alizila 2024"}
                                   .replaceInStrings(" ", QString(QChar::Nbsp))
                                   .join("; ");
        ChartInputs inputs = inputsOf("Central estimate", Parameters(), false);
        QCOMPARE(footerText(inputs), "Central estimate \u00b7 PledgeCheck " + version
                                         + " \u00b7 Sources of the defaults: " + shared + "; "
                                         + glued("US Commerce Dept 2017") + "; " + glued("UK HCA 2014"));
        Parameters moved;
        moved.set(ParameterId::JobsPerBillionExports, 6000);
        inputs.current = ScenarioResults::of(moved);
        QCOMPARE(footerText(inputs), "Central estimate \u00b7 PledgeCheck " + version
                                         + " \u00b7 Sources of the defaults: " + shared + "; " + glued("UK HCA 2014")
                                         + " \u00b7 1 value set by the scenario");
    }

    void shouldFitTheSourceLineInTwoLinesAcrossThePicture_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("chart");
        QTest::newRow("1280x720 jobs") << "Central estimate" << QSize(1280, 720) << int(ChartKind::Jobs);
        QTest::newRow("1920x1080 uncertainty") << "Central estimate" << QSize(1920, 1080) << int(ChartKind::Uncertainty);
        QTest::newRow("narrow 640x720") << "Central estimate" << QSize(640, 720) << int(ChartKind::Sources);
        QTest::newRow("long name") << QString(200, QChar('N')) << QSize(1280, 720) << int(ChartKind::Jobs);
    }

    void shouldFitTheSourceLineInTwoLinesAcrossThePicture()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QFETCH(int, chart);
        const ChartInputs inputs = inputsOf(name, Parameters(), true);
        const ChartPicture picture(ChartKind(chart), inputs, size, ExportOptions{});
        const QStringList lines = picture.footerLines();
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() <= 2);
        const QFontMetricsF metrics(picture.footerFont());
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= picture.footerWidth(), qPrintable(line));
        QCOMPARE(picture.footerFont().pointSizeF(), 9 * ChartPicture::scaleFor(size));
        // Whole where it fits; else cut at the end of the second line, never in the first.
        const QString joined = lines.join(' ');
        if (joined == footerText(inputs))
            return;
        QVERIFY2(lines.size() == 2 && lines.last().endsWith(QChar(0x2026)), qPrintable(joined));
        QVERIFY(footerText(inputs).startsWith(lines.first()));
    }

    void shouldDrawTheSourceLineOnlyWhenAskedAndWhereItFits()
    {
        const ChartInputs inputs = inputsOf("Central estimate", Parameters(), false);
        QTemporaryDir folder;
        QString error;
        const QString on = folder.filePath("on.svg"), off = folder.filePath("off.svg");
        QVERIFY(renderChart(ChartKind::Jobs, inputs, on, QSize(1920, 1080), &error));
        ExportOptions noFooter;
        noFooter.footer = false;
        QVERIFY(renderChart(ChartKind::Jobs, inputs, off, QSize(1920, 1080), &error, noFooter));
        const QString software = "PledgeCheck " + QString::fromLatin1(version::text);
        QVERIFY(!svgTextsOf(contentsOf(on)).drawn.filter(software).isEmpty());
        QVERIFY(svgTextsOf(contentsOf(off)).drawn.filter(software).isEmpty());
        QVERIFY(ChartPicture(ChartKind::Jobs, inputs, QSize(1920, 1080), noFooter).footerLines().isEmpty());
        // An icon has no room for it: the chart keeps the picture, and the file its provenance.
        const ChartPicture icon(ChartKind::Jobs, inputs, QSize(64, 64), ExportOptions{});
        QVERIFY(icon.footerLines().isEmpty());
        QVERIFY(renderChart(ChartKind::Jobs, inputs, folder.filePath("icon.png"), QSize(64, 64), &error));
        QCOMPARE(QImageReader(folder.filePath("icon.png")).text("Software"), software);
    }

    void shouldWriteItsProvenanceIntoEveryPng()
    {
        QTemporaryDir folder;
        QString error;
        const QString uncertain = folder.filePath("uncertain.png"), certain = folder.filePath("certain.png");
        QVERIFY2(renderChart(ChartKind::Uncertainty, inputsOf("Doubling", doublingScenario(), true), uncertain,
                             QSize(1280, 720), &error),
                 qPrintable(error));
        QVERIFY2(renderChart(ChartKind::Jobs, inputsOf("Doubling", doublingScenario(), false), certain,
                             QSize(1280, 720), &error),
                 qPrintable(error));
        QImageReader png(uncertain);
        QCOMPARE(png.text("Title"), "Doubling: Uncertainty");
        QCOMPARE(png.text("Software"), "PledgeCheck " + QString::fromLatin1(version::text));
        const QString description = png.text("Description");
        QVERIFY2(description.startsWith("Scenario: Doubling; parameters: initial_sellers=1000, growth_model=exponential, "
                                        "annual_growth_rate=1, annual_churn_rate=0, "),
                 qPrintable(description));
        for (const char *value : {"hires_per_seller=1", "target_jobs=4000", "job_count_basis=linked", "start=2017-01",
                                  "horizon_years=5", "jobs_per_billion_exports=5744", "displacement_share=0.25"})
            QVERIFY2(description.contains(value), value);
        QVERIFY(description.endsWith(", horizon_years=5; Monte Carlo: 2000 draws, seed 7"));
        const QString source = png.text("Source");
        QVERIFY2(source.startsWith("Sources of the defaults, cited in full in PledgeCheck's docs/model.md: "
                                   "initial_sellers: set by the scenario; growth_model: judgement; "),
                 qPrintable(source));
        QVERIFY(source.contains("; jobs_per_billion_exports: US Commerce Dept 2017; "));
        QVERIFY(source.contains("; hires_per_seller: Digital Commerce 360 2017, CNNMoney 2017; "));
        // Every input fixed: no draws to name.
        QImageReader fixed(certain);
        QCOMPARE(fixed.text("Title"), "Doubling: Jobs against the pledge");
        QVERIFY(!fixed.text("Description").contains("Monte Carlo"));
        QCOMPARE(fixed.text("Source"), source);
    }

    void shouldWriteTheSameProvenanceIntoAnSvgThatParses()
    {
        // A name with XML's own characters still parses, and reads back as it was.
        const QString name = "Tom & Jerry's <draft>";
        const ChartInputs inputs = inputsOf(name, doublingScenario(), true);
        QTemporaryDir folder;
        QString error;
        const QString path = folder.filePath("jobs.SVG");
        QVERIFY2(renderChart(ChartKind::Jobs, inputs, path, QSize(1280, 720), &error), qPrintable(error));
        const QByteArray svg = contentsOf(path);
        QXmlStreamReader check(svg);
        while (!check.atEnd())
            check.readNext();
        QVERIFY2(!check.hasError(), qPrintable(check.errorString()));
        const SvgTexts texts = svgTextsOf(svg);
        const ChartProvenance provenance = ChartProvenance::of(ChartKind::Jobs, inputs);
        QCOMPARE(texts.title, name + ": Jobs against the pledge");
        QCOMPARE(texts.desc, "Software: PledgeCheck " + QString::fromLatin1(version::text) + "\nDescription: "
                                 + provenance.description + "\nSource: " + provenance.source);
        QVERIFY(texts.desc.contains("Description: Scenario: " + name + "; parameters: "));
        QVERIFY(texts.desc.contains("Monte Carlo: 2000 draws, seed 7"));
    }

    // Vermilion and reddish purple (Okabe-Ito): far apart in colour (CIE76 ΔE*ab 74 by hand from
    // their L*a*b*, 54/43/63 and 61/39/-11; orange, the lens's old colour, was 33), a solid line
    // against a dash-dot one, and apart in grey too (Qt's qGray: 120 against 156).
    void shouldDrawThePledgeAndTheExportLensClearlyApart()
    {
        const ChartPicture picture(ChartKind::Jobs, inputsOf("Doubling", doublingScenario(), false),
                                   QSize(1280, 720), ExportOptions{});
        QChart *chart = picture.charts().front()->chart();
        const QPen pledge = lineNamed(chart, "Pledge")->pen();
        const QPen lens = lineNamed(chart, "Export-supported jobs")->pen();
        const auto a = labOf(pledge.color()), b = labOf(lens.color());
        const double difference = std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        QVERIFY2(difference > 50, qPrintable(QString::number(difference)));
        QCOMPARE(pledge.style(), Qt::SolidLine);
        QCOMPARE(lens.style(), Qt::CustomDashLine);
        const QList<qreal> pattern = lens.dashPattern();
        QVERIFY(pattern.size() >= 4); // a dash and a dot: not the baseline's even dashes
        QVERIFY(std::abs(qGray(pledge.color().rgb()) - qGray(lens.color().rgb())) >= 30);
    }
};

QTEST_MAIN(ChartPictureTest)
#include "chartpicturetest.moc"
