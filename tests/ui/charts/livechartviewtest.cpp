// The chart as the window shows it during a drag: its still lines (grid, axes, ticks) drawn from
// pixmaps must give the picture they give stroked afresh, also after the legend's texts and the
// window's layout have moved things mid-drag (a pixmap cache of the axes' texts once lost them
// all when the plausibility banner appeared during a drag in the sceptic preset).
#include "charttesthelpers.h"
#include "documentcontroller.h"
#include "livechartview.h"
#include "mainwindow.h"
#include "scenarioresults.h"

#include <QGraphicsLineItem>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>

using namespace pledgecheck;
using namespace charttest;

class LiveChartViewTest : public QObject
{
    Q_OBJECT

    QWidget m_window;
    QLabel *m_banner = nullptr; ///< stands in for the plausibility banner above the charts
    ChartPanel *m_panel = nullptr;
    ScenarioResults m_baseline = ScenarioResults::of(doublingScenario());

    ChartPanel *m_shown = nullptr; ///< the panel whose chart is compared
    LiveChartView *view() const { return dynamic_cast<LiveChartView *>(m_shown->currentWidget()); }

    // One step of a drag of hires per seller.
    void step(double hires)
    {
        Parameters p = doublingScenario();
        p.set(ParameterId::HiresPerSeller, hires);
        m_panel->showResults(QStringLiteral("Doubling"), ScenarioResults::of(p), m_baseline);
        QCoreApplication::processEvents(); // the layout, then the repaint
    }

    int cachedLines() const
    {
        int cached = 0;
        for (QGraphicsItem *item : view()->scene()->items())
            cached += item->type() == QGraphicsLineItem::Type
                      && item->cacheMode() == QGraphicsItem::DeviceCoordinateCache;
        return cached;
    }

    // Pixels of @p a and @p b whose colours differ by more than @p tolerance in a channel (a
    // pixmap's premultiplied alpha can round a line's edge one step away).
    static int differingPixels(const QImage &a, const QImage &b, int tolerance)
    {
        if (a.size() != b.size())
            return a.width() * a.height();
        int differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                differing += std::abs(qRed(p) - qRed(q)) > tolerance
                             || std::abs(qGreen(p) - qGreen(q)) > tolerance
                             || std::abs(qBlue(p) - qBlue(q)) > tolerance;
            }
        }
        return differing;
    }

    QImage picture() const { return view()->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    // Pixels that differ between the chart as the drag left it (its lines' pixmaps made where
    // they were drawn, and kept since) and the chart stroked afresh.
    int differingFromStroked()
    {
        const QImage cached = picture();
        [&] { QVERIFY2(cachedLines() >= 15, qPrintable(QString::number(cachedLines()))); }();
        view()->setStillLinesCached(false);
        const QImage stroked = picture();
        [&] { QCOMPARE(cachedLines(), 0); }();
        view()->setStillLinesCached(true);
        QCoreApplication::processEvents();
        return differingPixels(cached, stroked, 2);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto *layout = new QVBoxLayout(&m_window);
        m_banner = new QLabel(QStringLiteral("\u26a0 Sellers: 12.3 million against 10.7 million, from 2020-03"));
        m_banner->setMinimumHeight(40);
        m_banner->hide();
        layout->addWidget(m_banner);
        m_panel = new ChartPanel;
        m_shown = m_panel;
        layout->addWidget(m_panel, 1);
        m_panel->setCurrentChart(ChartKind::Jobs);
        m_window.resize(1100, 700);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QVERIFY(view());
    }

    void shouldDrawTheStillLinesFromPixmapsAsTheyAreStroked()
    {
        // Each step changes the legend's figures, and so the widths of its texts.
        for (double hires : {1.0, 1.2, 1.4, 3.7, 11.3})
            step(hires);
        QCOMPARE(differingFromStroked(), 0);
    }

    void shouldDrawThemAfterTheLayoutMovesTheChartMidDrag()
    {
        view()->setStillLinesCached(true);
        for (double hires : {1.0, 1.3})
            step(hires);
        const QPoint before = view()->mapTo(&m_window, QPoint());
        // The banner appears mid-drag: the chart moves down and loses height.
        m_banner->show();
        step(1.6);
        QVERIFY(view()->mapTo(&m_window, QPoint()).y() > before.y());
        step(1.9);
        QCOMPARE(differingFromStroked(), 0);
        // And the window made narrower mid-drag: the plot and its grid change width.
        m_window.resize(900, 650);
        step(2.1);
        QCOMPARE(differingFromStroked(), 0);
        m_banner->hide();
    }

    void shouldDrawThemWhenThePlausibilityBannerAppearsMidDrag()
    {
        // The real window and the case where the whole-item cache lost the axes' texts: the
        // sceptic's preset, its growth dragged up until the plausibility banner appears above
        // the charts and moves them, the legend's figures changing on every step.
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        QSettings().clear();
        MainWindow window;
        window.setWindowState(Qt::WindowNoState);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.controller()->newFromPreset(QStringLiteral("sceptic")));
        QCoreApplication::processEvents();
        m_shown = window.charts();
        auto *banner = window.findChild<QWidget *>(QStringLiteral("plausibilityWarnings"));
        QVERIFY(banner && !banner->isVisible());
        auto *slider = window.findChild<QSlider *>(QStringLiteral("slider_annual_growth_rate"));
        const QPoint before = view()->mapTo(&window, QPoint());
        slider->setSliderDown(true);
        const int span = slider->maximum() - slider->minimum();
        for (int step = 1; step <= 12; ++step) {
            slider->setValue(slider->value() + std::max(1, span / 30));
            QCoreApplication::processEvents(); // each step painted, pixmaps kept
        }
        QVERIFY(banner->isVisible());
        QVERIFY(view()->mapTo(&window, QPoint()).y() > before.y());
        QCOMPARE(differingFromStroked(), 0);
        slider->setSliderDown(false);
        m_shown = m_panel;
    }
};

QTEST_MAIN(LiveChartViewTest)
#include "livechartviewtest.moc"
