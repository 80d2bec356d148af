// The charts under a dark palette: every text, grid line and series against the plot's background
// at WCAG's contrast ratios, the window following a palette changed at run time, and exports on
// white unless the dark theme is asked. The light theme's greys are pinned by hand to those the
// charts had before they followed the palette.
#include "charttesthelpers.h"
#include "charttheme.h"

#include <QApplication>
#include <QScatterSeries>
#include <QStyle>

using namespace charttest;

namespace {

// Every chart view of the panel, by the object names the registry gives them.
QList<QChartView *> viewsOf(ChartPanel &panel)
{
    QList<QChartView *> views;
    for (const ChartEntry &entry : chartRegistry()) {
        for (const char *name : entry.viewNames) {
            if (name)
                views << panel.findChild<QChartView *>(QString::fromLatin1(name));
        }
    }
    return views;
}

QString describe(const QColor &colour)
{
    return colour.name();
}

} // namespace

class ChartThemeTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;
    Parameters m_parameters = doublingScenario();

    void showEveryChart()
    {
        // Two uncertain inputs, so that the bands, the median, the histogram, the odds and the
        // tornado are all drawn.
        Uncertainty u;
        u.set(ParameterId::AnnualGrowthRate, Distribution::uniform(0.5, 1.5));
        u.set(ParameterId::DisplacementShare, Distribution::triangular(0.1, 0.25, 0.5));
        u.samples = 2000;
        MonteCarloEngine engine;
        m_panel.setUncertainty(std::make_shared<const UncertaintyResults>(UncertaintyResults::of(m_parameters, u, engine)));
        const ScenarioResults current = ScenarioResults::of(m_parameters);
        // A baseline of other values, so that the ghost is drawn too.
        Parameters other = m_parameters;
        other.set(ParameterId::HiresPerSeller, 2);
        m_panel.showResults(QStringLiteral("Dark"), current, ScenarioResults::of(other));
        openEveryTab();
    }

    void openEveryTab()
    {
        for (int tab = 0; tab < m_panel.count(); ++tab) {
            m_panel.setCurrentIndex(tab); // a chart is drawn when its tab is opened
            QCoreApplication::processEvents();
        }
    }

    // The share of @p image's pixels that are exactly @p colour.
    static double shareOf(const QImage &image, QColor colour)
    {
        qint64 count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == colour.rgb();
        }
        return static_cast<double>(count) / (static_cast<double>(image.width()) * image.height());
    }

    // Checks every colour a chart of the panel draws against @p theme and its background.
    void checkChartsFollow(const ChartTheme &theme)
    {
        for (QChartView *view : viewsOf(m_panel)) {
            QVERIFY(view);
            const QString name = view->objectName();
            QChart *chart = view->chart();
            QCOMPARE(view->backgroundBrush().color(), theme.background);
            QCOMPARE(chart->titleBrush().color(), theme.text);
            for (QAbstractAxis *axis : chart->axes()) {
                QCOMPARE(axis->labelsBrush().color(), theme.text);
                QCOMPARE(axis->titleBrush().color(), theme.text);
                QCOMPARE(axis->gridLineColor(), theme.grid);
                QCOMPARE(axis->linePenColor(), theme.axisLine);
                // The grid is faint on purpose, but must still be seen.
                QVERIFY2(contrastRatio(theme.grid, theme.background) > 1.1, qPrintable(name));
            }
            // Every line (legend swatches take the series' pens) stands out from the background.
            for (QAbstractSeries *series : chart->series()) {
                // On white the ghost is faint on purpose (#A8A8A8, 2.4:1; docs/model.md).
                const bool faintGhost = !theme.darkBackground && series->name().startsWith("Baseline");
                if (auto *line = qobject_cast<QLineSeries *>(series); line && line->pen().style() != Qt::NoPen && !faintGhost) {
                    const double ratio = contrastRatio(line->pen().color(), theme.background);
                    QVERIFY2(ratio >= kLineContrast, qPrintable(QStringLiteral("%1: %2 is %3 on %4")
                                                                    .arg(name, line->name(), describe(line->pen().color()))
                                                                    .arg(describe(theme.background))));
                }
                if (auto *dots = qobject_cast<QScatterSeries *>(series)) {
                    QVERIFY2(contrastRatio(dots->color(), theme.background) >= kLineContrast, qPrintable(name));
                    if (dots->pointLabelsVisible())
                        QVERIFY2(contrastRatio(dots->pointLabelsColor(), theme.background) >= kTextContrast, qPrintable(name));
                }
            }
            // Every text item of the chart's own (legend, labels beside the lines, callouts, the
            // sentence in place of the plot) is readable on it.
            for (QGraphicsItem *item : chart->childItems()) {
                QList<QGraphicsItem *> items{item};
                items << item->childItems();
                for (QGraphicsItem *child : items) {
                    if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child); text && text->isVisible()) {
                        const QColor colour = text->brush().color();
                        QVERIFY2(contrastRatio(colour, theme.background) >= kTextContrast,
                                 qPrintable(QStringLiteral("%1: \"%2\" is %3 on %4")
                                                .arg(name, text->text(), describe(colour), describe(theme.background))));
                    }
                    if (auto *rich = dynamic_cast<QGraphicsTextItem *>(child))
                        QCOMPARE(rich->defaultTextColor(), theme.text);
                }
            }
        }
    }

    static QRgb cornerOf(const QString &path)
    {
        return QImage(path).pixel(2, 2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(showInEnglish(m_panel));
    }

    void cleanup()
    {
        QApplication::setPalette(QPalette());
        QApplication::setPalette(QApplication::style()->standardPalette());
        QCoreApplication::processEvents();
    }

    void contrastRatioIsWcags()
    {
        // WCAG 2: (L1 + 0.05) / (L2 + 0.05) with the relative luminance of sRGB: black on white
        // (1 + 0.05) / (0 + 0.05) = 21; a colour on itself 1; #767676, the lightest grey with
        // 4.5:1 on white, has L = ((0x76/255 + 0.055) / 1.055)^2.4 = 0.1812, so 1.05 / 0.2312 = 4.54.
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        QVERIFY(std::abs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void lightThemeKeepsTheGreysOfTheWhiteCharts()
    {
        // Black text mixed over white: 255 x (1 - share), rounded. Text 255 x 0.25 = 63.75 ->
        // #404040; grid 255 x 0.895 = 228.2 -> #E4E4E4; axis line 255 x 0.647 = 165.0 -> #A5A5A5;
        // displaced 255 x 0.824 = 210.1 -> #D2D2D2; presets 255 x 0.44 = 112.2 -> #707070.
        const ChartTheme light = ChartTheme::light();
        QVERIFY(!light.darkBackground);
        QCOMPARE(light.background, QColor(Qt::white));
        QCOMPARE(light.text, QColor(0x40, 0x40, 0x40));
        QCOMPARE(light.grid, QColor(0xE4, 0xE4, 0xE4));
        QCOMPARE(light.axisLine, QColor(0xA5, 0xA5, 0xA5));
        QCOMPARE(light.displaced, QColor(0xD2, 0xD2, 0xD2));
        QCOMPARE(light.preset, QColor(0x70, 0x70, 0x70));
        QCOMPARE(light.median, QColor(Qt::black));
        // The Okabe-Ito colours of the lines reach 3:1 on white as they are: unchanged (the
        // orange is a bar's fill, and kept as it is).
        QCOMPARE(light.orange, QColor(0xE6, 0x9F, 0x00));
        QCOMPARE(light.exportLens, QColor(0xCC, 0x79, 0xA7));
        QCOMPARE(light.jobs, QColor(0x00, 0x72, 0xB2));
        QCOMPARE(light.pledge, QColor(0xD5, 0x5E, 0x00));
        QCOMPARE(light.service, QColor(0x00, 0x9E, 0x73));
        // The bands: blue #0072B2 at 14 % over white: 255 x 0.86 = 219.3 -> 219, 114 x 0.14 +
        // 219.3 = 235.3 -> 235, 178 x 0.14 + 219.3 = 244.2 -> 244; at 30 %: 178.5 -> 179 (to
        // even is not used: lround rounds halves away from zero), 212.7 -> 213, 231.9 -> 232.
        QCOMPARE(light.bandOuter, QColor(219, 235, 244));
        QCOMPARE(light.bandInner, QColor(179, 213, 232));
        // The ghost keeps its faint grey on white: 255 x 0.659 = 168.0 -> #A8A8A8.
        QCOMPARE(light.baseline, QColor(0xA8, 0xA8, 0xA8));
    }

    void darkThemeKeepsTheHuesAndReachesTheContrasts()
    {
        const QPalette palette = ChartTheme::darkPalette();
        const ChartTheme dark = ChartTheme::fromPalette(palette);
        QVERIFY(dark.darkBackground);
        QCOMPARE(dark.background, palette.color(QPalette::Base));
        QCOMPARE(dark.median, palette.color(QPalette::Text)); // black on white becomes the text colour
        for (const QColor &text : {dark.text, dark.jobsLabel, dark.exportLabel, dark.presetLabel})
            QVERIFY2(contrastRatio(text, dark.background) >= kTextContrast, qPrintable(describe(text)));
        for (const QColor &line : {dark.jobs, dark.orange, dark.pledge, dark.exportLens, dark.service,
                                   dark.median, dark.baseline, dark.preset})
            QVERIFY2(contrastRatio(line, dark.background) >= kLineContrast, qPrintable(describe(line)));
        // Each series keeps its hue (mixed with a near-white grey only as much as it needs): the
        // blue stays blue, the vermillion and orange stay red-yellow, the green stays green.
        QCOMPARE(dark.jobs.hue() / 20, QColor(0x00, 0x72, 0xB2).hue() / 20);
        QVERIFY(dark.jobs.blue() > dark.jobs.red());
        QVERIFY(dark.pledge.red() > dark.pledge.blue());
        QVERIFY(dark.service.green() > dark.service.red());
        QVERIFY(dark.exportLens.red() > dark.exportLens.green());
        // The vermillion already reaches 3:1 on the dark grey: exactly the Okabe-Ito colour.
        QCOMPARE(dark.pledge, QColor(0xD5, 0x5E, 0x00));
        // The bands lie between the background and the blue, the inner one nearer the blue.
        QVERIFY(contrastRatio(dark.bandOuter, dark.background) > 1.1);
        QVERIFY(contrastRatio(dark.bandInner, dark.background) > contrastRatio(dark.bandOuter, dark.background));
        QCOMPARE(ChartTheme::dark(), dark);
    }

    void namesTheThemesForTheCommandLine()
    {
        QCOMPARE(chartThemeKeys(), QStringList({"light", "dark"}));
        QCOMPARE(chartThemeNamed("dark"), ChartThemeName::Dark);
        QCOMPARE(chartThemeNamed("light"), ChartThemeName::Light);
        QVERIFY(!chartThemeNamed("Dark"));
        QVERIFY(!chartThemeNamed(""));
        QCOMPARE(ChartTheme::named(ChartThemeName::Light), ChartTheme::light());
        QCOMPARE(ChartTheme::named(ChartThemeName::Dark), ChartTheme::dark());
    }

    void everyChartIsReadableUnderADarkPalette()
    {
        QApplication::setPalette(ChartTheme::darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(m_panel.chartTheme(), ChartTheme::dark());
        showEveryChart();
        checkChartsFollow(ChartTheme::dark());
    }

    void followsAPaletteChangedWhileRunning()
    {
        showEveryChart();
        checkChartsFollow(ChartTheme::light());
        QApplication::setPalette(ChartTheme::darkPalette());
        QCoreApplication::processEvents();
        openEveryTab(); // the labels beside the lines of a tab out of sight follow when it is opened
        checkChartsFollow(ChartTheme::dark());
        QApplication::setPalette(QApplication::style()->standardPalette());
        QCoreApplication::processEvents();
        openEveryTab();
        checkChartsFollow(ChartTheme::fromPalette(QApplication::style()->standardPalette()));
    }

    void exportsStayOnWhiteUnderADarkPaletteUnlessAsked()
    {
        QApplication::setPalette(ChartTheme::darkPalette());
        QCoreApplication::processEvents();
        showEveryChart();
        QTemporaryDir folder;
        QString error;
        const QString light = folder.filePath("light.png"), dark = folder.filePath("dark.png");
        QVERIFY2(m_panel.exportChart(ChartKind::Jobs, light, QSize(640, 360), &error), qPrintable(error));
        ExportOptions asked;
        asked.theme = ChartTheme::dark();
        QVERIFY2(m_panel.exportChart(ChartKind::Jobs, dark, QSize(640, 360), &error, asked), qPrintable(error));
        QCOMPARE(cornerOf(light), qRgb(255, 255, 255));
        QCOMPARE(cornerOf(dark), ChartTheme::dark().background.rgb());
        // The dark picture holds the text colour (its legend) and the light one the light
        // theme's: each picture drew itself in one theme.
        QVERIFY(hasColourNear(QImage(dark), ChartTheme::dark().text));
        QVERIFY(hasColourNear(QImage(light), ChartTheme::light().text));
        // Most of the dark picture is its background; none of the light one (antialiased black
        // may pass through that grey, one pixel in a thousand at most).
        QVERIFY(shareOf(QImage(dark), ChartTheme::dark().background) > 0.5);
        QVERIFY(shareOf(QImage(light), ChartTheme::dark().background) < 0.001);
        QVERIFY(shareOf(QImage(light), Qt::white) > 0.5);
        // The window's charts are left in the window's theme.
        checkChartsFollow(ChartTheme::dark());
    }
};

QTEST_MAIN(ChartThemeTest)
#include "chartthemetest.moc"
