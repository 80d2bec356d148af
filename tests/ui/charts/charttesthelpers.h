#pragma once

// Scenarios, readings of charts and of exported pictures shared by the charts' tests.
#include "chartpanel.h"
#include "yearmonth.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

namespace charttest {

using namespace pledgecheck;

inline constexpr double kPledge = 4000;

// Shows @p panel at 1100x700 with its labels as an English-speaking reader sees them; true once
// it is on screen.
inline bool showInEnglish(ChartPanel &panel)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    panel.resize(1100, 700);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

inline Parameters doublingScenario()
{
    // 1000 sellers doubling yearly, one hire each, 200 service jobs per 1000 sellers, a quarter
    // displaced: J(t) = 1.2 x 0.75 x 1000 x 2^(t/12) = 900 x 2^(t/12), five years from 2017-01,
    // every job linked counted (900 x (2^(t/12) - 1) of them created: createdScenario()).
    Parameters p;
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Exponential));
    p.set(ParameterId::AnnualGrowthRate, 1.0);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::HiringLagMonths, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 200);
    p.set(ParameterId::DisplacementShare, 0.25);
    p.set(ParameterId::TargetJobs, kPledge);
    p.set(ParameterId::Start, YearMonth{2017, 1}.toIndex());
    p.set(ParameterId::HorizonYears, 5);
    return p;
}

// The same, counting the jobs created since 2017-01: J(t) = 900 x (2^(t/12) - 1).
inline Parameters createdScenario()
{
    Parameters p = doublingScenario();
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    return p;
}

// The month J = 900 x 2^(t/12) first reaches the pledge.
inline int monthPledgeIsMet()
{
    return static_cast<int>(std::ceil(12 * std::log2(kPledge / 900)));
}

inline QList<double> yValues(QXYSeries *series)
{
    QList<double> values;
    for (const QPointF &point : series->points())
        values << point.y();
    return values;
}

inline QList<double> xValues(QXYSeries *series)
{
    QList<double> values;
    for (const QPointF &point : series->points())
        values << point.x();
    return values;
}

inline QList<double> valuesOf(const Eigen::ArrayXd &array)
{
    return QList<double>(array.data(), array.data() + array.size());
}

inline QList<double> monthsFrom(int first, int count)
{
    QList<double> months;
    for (int i = 0; i < count; ++i)
        months << first + i;
    return months;
}

// The texts of the chart's own items (legend, callout), as a reader sees them.
inline QStringList textsIn(QChart *chart)
{
    QStringList texts;
    for (QGraphicsItem *item : chart->scene()->items()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
            if (text->isVisible() && chart->isAncestorOf(text))
                texts << text->text();
        }
    }
    return texts;
}

// The sentence a chart shows in place of its plot, or empty.
inline QString messageIn(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->objectName() == QLatin1String("chartMessage") && text->isVisible())
            return text->toPlainText();
    }
    return {};
}

// The (label, value) pairs of a category axis, in order.
inline QList<std::pair<QString, double>> ticksOf(QCategoryAxis *axis)
{
    QList<std::pair<QString, double>> ticks;
    for (const QString &label : axis->categoriesLabels())
        ticks.append({label, axis->endValue(label)});
    return ticks;
}

inline bool isNiceStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / magnitude;
    for (const double nice : {1.0, 2.0, 2.5, 5.0}) {
        if (std::abs(mantissa - nice) < 1e-9)
            return true;
    }
    return false;
}

// Share of an image's pixels that are not the white background.
inline double inkedShare(const QImage &image)
{
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            inked += (line[x] & 0xFFFFFF) != 0xFFFFFF;
    }
    return static_cast<double>(inked) / (static_cast<double>(image.width()) * image.height());
}

inline bool hasColourNear(const QImage &image, QColor colour)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) < 10
                && std::abs(qGreen(line[x]) - colour.green()) < 10
                && std::abs(qBlue(line[x]) - colour.blue()) < 10)
                return true;
        }
    }
    return false;
}

inline QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline double largestFontSizeIn(const QByteArray &svg)
{
    double largest = 0;
    const QRegularExpression fontSize(QStringLiteral("font-size=\"([0-9.]+)\""));
    for (auto match = fontSize.globalMatch(QString::fromUtf8(svg)); match.hasNext();)
        largest = std::max(largest, match.next().captured(1).toDouble());
    return largest;
}


} // namespace charttest
