// The chart as the window shows it during a drag: its still lines (grid, axes, ticks, legend
// swatches) drawn from pixmaps must give the picture they give stroked afresh, also after the
// window's layout has moved the chart mid-drag (a pixmap cache of the axes' texts once lost them
// all when the plausibility banner appeared during a drag in the sceptic preset).
#include "charttesthelpers.h"
#include "livechartview.h"
#include "scenarioresults.h"

#include <QGraphicsLineItem>
#include <QLabel>
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

    LiveChartView *view() const { return dynamic_cast<LiveChartView *>(m_panel->currentWidget()); }

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

    QImage picture(bool cached)
    {
        view()->setStillLinesCached(cached);
        return view()->grab().toImage().convertToFormat(QImage::Format_RGB32);
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
        layout->addWidget(m_panel, 1);
        m_panel->setCurrentChart(ChartKind::Jobs);
        m_window.resize(1100, 700);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QVERIFY(view());
    }

    void shouldDrawTheStillLinesFromPixmapsAsTheyAreStroked()
    {
        for (double hires : {1.0, 1.2, 1.4})
            step(hires);
        const QImage cached = picture(true);
        // The grid lines, ticks, axis lines and legend swatches: a jobs chart has dozens.
        QVERIFY2(cachedLines() >= 20, qPrintable(QString::number(cachedLines())));
        const QImage stroked = picture(false);
        QCOMPARE(cachedLines(), 0);
        QCOMPARE(differingPixels(cached, stroked, 2), 0);
    }

    void shouldDrawThemAfterTheLayoutMovesTheChartMidDrag()
    {
        view()->setStillLinesCached(true);
        for (double hires : {1.0, 1.3})
            step(hires);
        QVERIFY(!view()->grab().isNull()); // the pixmaps made where the chart was
        const QPoint before = view()->mapTo(&m_window, QPoint());
        // The banner appears mid-drag: the chart moves down and loses height.
        m_banner->show();
        step(1.6);
        QVERIFY(view()->mapTo(&m_window, QPoint()).y() > before.y());
        step(1.9);
        const QImage moved = picture(true);
        QVERIFY(cachedLines() >= 20);
        const QImage stroked = picture(false);
        QCOMPARE(differingPixels(moved, stroked, 2), 0);
        // And the window made narrower mid-drag: the plot and its grid change width.
        view()->setStillLinesCached(true);
        m_window.resize(900, 650);
        step(2.1);
        QCOMPARE(differingPixels(picture(true), picture(false), 2), 0);
        m_banner->hide();
    }
};

QTEST_MAIN(LiveChartViewTest)
#include "livechartviewtest.moc"
